// One timed step of the publish bench, in its own process (so its peak resident memory is its own):
//   node bench/publish-run.js baseline <corpus>            DuckDB read_csv + GROUP BY cds
//   node bench/publish-run.js publish <corpus> <out> [--no-force]
// Prints one JSON line: { ms, rss (bytes, peak), summary? }.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [step, dir, out, flag] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
let summary;
if (step === 'baseline') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const glob = join(dir, '*.txt').replace(/'/g, "''");
  const result = await conn.runAndReadAll(`SELECT cds, count(*) AS n FROM read_csv('${glob}', all_varchar = true, delim = '\t', header = true, union_by_name = true) GROUP BY cds`);
  summary = { groups: result.rowCount };
} else if (step === 'publish') {
  const { publish } = await import(join(root, 'packages/cli/dist/publish/publish.js'));
  const { normalizePublishOptions } = await import(join(root, 'packages/cli/dist/publish/options.js'));
  summary = await publish(normalizePublishOptions({ input: dir, out, force: flag !== '--no-force' }));
  summary.problems = summary.problems.slice(0, 5);
} else {
  throw new Error(`unknown step ${step}`);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, summary }));
