// Browser tests in Debian's headless Chromium (no browser download). See shared toolchain notes.
import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactAsEsm } from './test/server/react-esm.js';

/** The dev server ignores package.json `browser` file maps; serve arquero's web byte stream. */
const arqueroBrowserMap = {
  name: 'arquero-browser-map',
  serve(context) {
    if (context.path.endsWith('/arquero/src/format/stream/byte-stream.js')) {
      const web = new URL('./node_modules/arquero/src/format/stream/byte-stream-web.js', import.meta.url);
      return { body: readFileSync(web, 'utf8'), type: 'js' };
    }
  },
};

/**
 * Test endpoints: /test-api/echo?body=…&type=…&status=…&ms=… answers `body` with that content
 * type and status after `ms` milliseconds (slow responses, errors, HTML pages, empty bodies).
 */
function testApi(context, next) {
  if (!context.path.startsWith('/test-api/echo')) return next();
  const q = context.query;
  return new Promise((resolve) => {
    setTimeout(() => {
      context.status = Number(q.status ?? 200);
      context.type = String(q.type ?? 'application/json');
      context.body = String(q.body ?? '');
      if (q.cors) context.set('Access-Control-Allow-Origin', '*');
      resolve();
    }, Number(q.ms ?? 0));
  });
}

/** Serves the demo data at /data/ as Storybook does (its staticDirs), so stories load the same files. */
function demoData(context, next) {
  if (!context.path.startsWith('/data/')) return next();
  const file = new URL(`./demo/public${context.path}`, import.meta.url);
  if (context.path.includes('..') || !existsSync(file)) return next();
  context.type = context.path.endsWith('.json') ? 'application/json' : context.path.endsWith('.csv') ? 'text/csv' : 'text/plain';
  context.body = readFileSync(file, 'utf8');
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // Keep timers and rendering going in pages Chromium considers backgrounded.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export default {
  files: ['test/elements/**/*.test.ts', 'test/widgets/**/*.test.ts', 'test/stories/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One test page at a time: a second page is hidden, and hidden pages get no IntersectionObserver
  // callbacks, so a chart waiting to come into view would never draw there.
  concurrency: 1,
  testsFinishTimeout: 240000,
  // One retry: these run in a real browser on a shared 2-core machine; a test that fails twice fails.
  testFramework: { config: { timeout: 20000, retries: 1 } },
  middleware: [testApi, demoData],
  plugins: [esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname, target: 'es2022' }), arqueroBrowserMap, reactAsEsm()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs } })],
};
