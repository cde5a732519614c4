// `npm run build`: compiles every package (tsc -b: JS + .d.ts into each dist/), generates the
// custom-elements manifests, and builds the script-tag bundle (packages/embed/bundle/).
import { execFileSync } from 'node:child_process';

const step = (label, cmd, args) => {
  const start = performance.now();
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`✓ ${label} (${Math.round(performance.now() - start)} ms)`);
};

step('packages compiled (tsc -b)', process.execPath, ['node_modules/typescript/bin/tsc', '-b']);
step('custom-elements.json generated', process.execPath, ['scripts/manifest.js']);
step('script-tag bundle built', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'packages/embed/vite.config.ts']);
step('WordPress plugin zipped', process.execPath, ['packages/wordpress/scripts/zip.js']);
