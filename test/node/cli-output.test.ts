// The CLI's output fails cleanly (issue 18): a reader that stops early (`| head`: EPIPE) and a
// full disk (/dev/full: ENOSPC) each end in one line on stderr, exit code 1, no stack trace.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const CLI = join(root, 'packages/cli/bin/outcome-kit.js');
const ARGS = ['render', 'run-chart', 'demo/public/data/chronic-absence-monthly.csv', '--x', 'month', '--y', 'rate', '--y-format', 'percent'];

function stderrOf(stdout: number | 'pipe', closeEarly: boolean): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...ARGS], { cwd: root, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    // `| head -c 0`: the reader is gone before the chart is written.
    if (closeEarly) child.stdout!.destroy();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('CLI output errors', { skip: existsSync(join(root, 'packages/cli/dist/cli.js')) ? false : 'the CLI is not built (npx tsc -b)' }, () => {
  it('EPIPE: one line, exit code 1', async () => {
    const { code, stderr } = await stderrOf('pipe', true);
    assert.equal(stderr, 'outcome-kit: the output was closed before the chart was written (EPIPE).\n');
    assert.equal(code, 1);
  });

  it('ENOSPC (/dev/full): one line, exit code 1', { skip: existsSync('/dev/full') ? false : 'no /dev/full' }, async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await stderrOf(fd, false);
      assert.equal(stderr, 'outcome-kit: the disk is full (ENOSPC).\n');
      assert.equal(code, 1);
    } finally {
      closeSync(fd);
    }
  });
});
