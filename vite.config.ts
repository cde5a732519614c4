import { defineConfig, type Connect, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const bundleDir = resolve('packages/embed/bundle');
const pagesDir = resolve('demo');

/**
 * Serves the script-tag bundle at /outcome-kit/ (dev and preview) and copies it into the built
 * demo, so the demo page loads Outcome Kit exactly as a county webmaster's page would.
 */
function outcomeKitBundle(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith('/outcome-kit/')) return next();
    const file = join(bundleDir, decodeURIComponent(url.slice('/outcome-kit/'.length).split('?')[0]!));
    if (!file.startsWith(bundleDir) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Access-Control-Allow-Origin', '*');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'outcome-kit-bundle',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
    closeBundle() {
      if (existsSync(bundleDir)) cpSync(bundleDir, resolve('demo-dist/outcome-kit'), { recursive: true });
    },
  };
}

/** The demo: a county office's "Continuous Improvement" page and the webmaster pages beside it. */
export default defineConfig({
  root: pagesDir,
  publicDir: resolve('demo/public'),
  logLevel: 'warn',
  plugins: [outcomeKitBundle()],
  build: {
    outDir: resolve('demo-dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(pagesDir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), join(pagesDir, f)]),
      ),
    },
  },
  preview: { port: 5173, strictPort: false, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
});
