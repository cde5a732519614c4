/**
 * Writes the demo's illustrative published folder (demo/public/data/dash-sample/) in the layout
 * `outcome-kit publish` writes: index.json, counties/60.json, districts/<7 digits>.json,
 * schools/<14 digits>.json. The figures are the stories' invented Valle Verde County.
 * Run: npx tsx demo/districts/write-sample.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entityHref, type EntityDocument, type PublishIndex } from '@outcome-kit/core';
import { countyDocument, districtDocuments, schoolDocuments } from '../../stories/data/county-data.js';

const out = 'demo/public/data/dash-sample';
const docs: EntityDocument[] = [countyDocument(['ALL', 'EL', 'SWD', 'SED', 'HI', 'AA', 'FOS', 'HOM']), ...districtDocuments(), ...schoolDocuments()];
const index: PublishIndex = {
  format: 'outcome-kit/index',
  version: 1,
  entities: docs.map((d) => ({ ...d.entity, href: entityHref(d.entity) })),
  years: ['2023', '2024'],
  generated: '2026-12-01T00:00:00Z',
};
const write = (path: string, value: unknown) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), `${JSON.stringify(value)}\n`);
};
for (const doc of docs) write(entityHref(doc.entity), doc);
write('index.json', index);
console.log(`Wrote ${docs.length} documents and index.json to ${out}/`);
