import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The script-tag bundle: `bundle/outcome-kit.module.js` defines every element (eager: Lit, core and
 * the widgets), and Vega/Vega-Lite/vega-embed and arquero are separate chunks fetched from beside it
 * only when a chart comes near the viewport or a CSV needs parsing. `bundle/outcome-kit.js` is the
 * classic-script loader a webmaster pastes (it works without `type="module"`).
 * Vega there is the slim runtime in packages/elements/src/vega-runtime/ (see `resolve.alias`).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The chart chunk carries a slim Vega (only the transforms Vega-Lite emits for these charts,
    // no maps, hierarchies, force, label, regression, Voronoi, word cloud or crossfilter):
    // packages/elements/src/vega-runtime/. The npm packages keep the full `vega` they depend on.
    alias: [
      { find: /^vega$/, replacement: here('../elements/src/vega-runtime/index.js') },
      { find: /^d3-geo$/, replacement: here('../elements/src/vega-runtime/geo-stub.js') },
      // vega-embed's themes and default tooltip handler: never used (no theme; our own tooltip).
      { find: /^vega-themes$/, replacement: here('../elements/src/vega-runtime/vega-embed-unused.js') },
      { find: /^vega-tooltip$/, replacement: here('../elements/src/vega-runtime/vega-embed-unused.js') },
    ],
  },
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: 'public',
  logLevel: 'warn',
  build: {
    outDir: 'bundle',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    modulePreload: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { 'outcome-kit': fileURLToPath(new URL('./src/bundle.ts', import.meta.url)) },
      // The entry may carry extra (minified) exports, so the modules it shares with the lazy chunks
      // (Lit, core's options and coerce…) are merged into it: fewer eager files and round trips.
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: 'outcome-kit.module.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
