import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The script-tag bundle: `bundle/outcome-kit.module.js` defines every element (eager: Lit, core and
 * the widgets), and Vega/Vega-Lite/vega-embed and arquero are separate chunks fetched from beside it
 * only when a chart comes near the viewport or a CSV needs parsing. `bundle/outcome-kit.js` is the
 * classic-script loader a webmaster pastes (it works without `type="module"`).
 */
export default defineConfig({
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
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: 'outcome-kit.module.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
