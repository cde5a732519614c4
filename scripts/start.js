// `npm start`: builds the packages, the script-tag bundle, the demo county page and Storybook
// (static, linked from the demo), then serves the demo and prints where everything is.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const node = (args, env = {}) => execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });

node(['scripts/build.js']);
node(['node_modules/vite/bin/vite.js', 'build']);
console.log('✓ demo built (demo-dist/)');
try {
  node(['node_modules/storybook/dist/bin/dispatcher.js', 'build', '-o', 'demo-dist/storybook', '--quiet'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
  console.log('✓ Storybook built (demo-dist/storybook/)');
} catch {
  console.warn('! Storybook could not be built; run `npm run storybook` to see why.');
}

const server = await preview({ preview: { port: Number(process.env.PORT ?? 5173), host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`
  Outcome Kit demo (a county office's Continuous Improvement page):  ${url}
  Embed builder for webmasters:                                       ${url}builder.html
  Storybook (static build):                                           ${url}storybook/${existsSync('demo-dist/storybook') ? '' : '  (not built)'}
  Storybook with live reload:  run \`npm run storybook\` in another terminal, then open http://localhost:6006/

  Press Ctrl+C to stop.
`);
