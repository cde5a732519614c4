#!/usr/bin/env node
// The `outcome-kit` command. A committed source file (not a build output), so `npm ci` links it
// into node_modules/.bin on a fresh clone; the commands themselves are compiled into dist/.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('outcome-kit: the command is not built yet. Run `npm run build` first.');
    process.exit(1);
  }
  throw error;
});
