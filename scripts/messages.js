// Writes every message catalogue as JSON for translators: one file per built-in language
// (en.json, es.json) in the folder given (default: messages/), each `{ catalogue: { key: text } }`
// with `{name}` placeholders. A translated file goes back in with
//   registerLanguage('vi', Object.fromEntries(Object.entries(json).map(([k, v]) => [k, nestTranslation(v)])))
// Run: npm run messages [-- --out folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const core = await import('../packages/core/src/index.ts');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : 'messages';

/** `MESSAGES` → core, `GAP_MESSAGES` → gap, `RUN_CHART_MESSAGES` → run-chart. */
const catalogues = Object.entries(core)
  .filter(([name, value]) => /^([A-Z_]+_)?MESSAGES$/.test(name) && value && typeof value === 'object' && 'en' in value)
  .map(([name, value]) => [name === 'MESSAGES' ? 'core' : name.replace(/_MESSAGES$/, '').toLowerCase().replace(/_/g, '-'), value])
  .sort(([a], [b]) => (a === 'core' ? -1 : b === 'core' ? 1 : a.localeCompare(b)));

mkdirSync(out, { recursive: true });
for (const lang of ['en', 'es']) {
  const doc = { $lang: lang, $note: 'Translate the texts; keep {placeholders} as they are. Keys left out fall back to English.' };
  for (const [name, record] of catalogues) doc[name] = core.exportCatalogue(record[lang]);
  writeFileSync(join(out, `${lang}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}
const count = catalogues.reduce((n, [, record]) => n + Object.keys(core.exportCatalogue(record.en)).length, 0);
console.log(`Wrote ${count} messages from ${catalogues.length} catalogues (${catalogues.map(([n]) => n).join(', ')}) to ${out}/en.json and ${out}/es.json.`);
