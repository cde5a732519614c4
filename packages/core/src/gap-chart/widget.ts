import type { Lang } from '../i18n/lang.js';
import { rowsOf } from '../load/load.js';
import type { Loaded, RawRow } from '../load/types.js';
import { validatedRows } from '../pipeline/validate-rows.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { toNumber } from '../validate/coerce.js';
import type { Schema } from '../validate/schema.js';
import { analyzeGaps } from './analyse.js';
import { isDashboardFile, readDashboardFile } from './cde.js';
import { GAP_MESSAGES } from './messages.js';
import { normalizeGapOptions, type GapOptionsInput } from './options.js';
import { gapSpec } from './spec.js';
import { gapSummary } from './summary.js';
import { gapTable } from './table.js';
import type { GapModel, GapOptions, GapRow } from './types.js';

/** The schema for plain rows, under the field names the options map. */
export function gapSchema(options: GapOptions): Schema {
  const f = options.fields;
  const measure = options.unit === 'percent' ? 'percent' : 'number';
  return {
    [f.group]: { type: 'string', required: true },
    [f.value]: { type: measure },
    [f.prior]: { type: measure },
    [f.n]: { type: 'count', required: true },
    [f.year]: { type: 'string' },
    [f.entity]: { type: 'string' },
  };
}

const starred = (v: unknown) => typeof v === 'string' && v.trim() === '*';

/**
 * Plain rows (JSON or CSV with the mapped field names), validated. A "*" in the value or n field
 * marks the group as suppressed; its values are blanked before validation reads them. A "*" in
 * the prior field alone (last year's group was too small) reads as no prior value.
 */
function plainRows(loaded: Loaded, options: GapOptions): GapRow[] {
  const f = options.fields;
  const raw = rowsOf(loaded);
  const hidden = raw.map((r) => starred(r[f.value]) || starred(r[f.n]));
  const cleaned: RawRow[] = raw.map((r, i) =>
    hidden[i] ? { ...r, [f.value]: null, [f.prior]: null, [f.n]: 0 } : starred(r[f.prior]) ? { ...r, [f.prior]: null } : r,
  );
  // A row whose group may be too small to show (n not a whole number above the threshold, or
  // "*") is never quoted in a message: its problems name the row and the field only.
  const big = raw.map((r, i) => {
    const n = toNumber(r[f.n]);
    return !hidden[i] && typeof n === 'number' && Number.isInteger(n) && n > options.suppressBelow;
  });
  return validatedRows({ ...loaded, value: cleaned }, gapSchema(options), { quiet: (i) => !big[i] }).map((t, i) => {
    const row: GapRow = {
      group: t[f.group] as string,
      value: t[f.value] as number | null,
      prior: t[f.prior] as number | null,
      n: t[f.n] as number,
      year: t[f.year] as string | null,
      entity: t[f.entity] as string | null,
    };
    if (hidden[i]) row.suppressed = true;
    return row;
  });
}

/** The default heading: "English Language Arts: student groups compared with All Students". */
const titleOf = (model: GapModel, lang: Lang) => GAP_MESSAGES[lang].title(model.indicatorName[lang], model.reference.name[lang]);

/**
 * The gap chart in core. `analyse` reads a CDE Dashboard download file when it sees its columns
 * (studentgroup and currstatus), otherwise plain rows under the mapped field names. A file's
 * `hscutpoints = Y` and suspension `type` choose the cut points over the options.
 */
export const gapChartWidget: WidgetDefinition<GapOptions, GapModel> = {
  options: (input) => normalizeGapOptions(input as GapOptionsInput),
  analyse(loaded, options) {
    const raw = rowsOf(loaded);
    if (isDashboardFile(raw)) {
      const file = readDashboardFile(raw, { cds: options.cds, firstRow: loaded.firstRow });
      return analyzeGaps(file.rows, {
        ...options,
        hsCutPoints: options.hsCutPoints || file.hsCutPoints,
        suspensionTable: file.suspensionTable ?? options.suspensionTable,
      });
    }
    return analyzeGaps(plainRows(loaded, options), options);
  },
  isEmpty: (model) => model.groups.length === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: (model, ctx) => gapSpec(model, ctx.lang, ctx.summary ?? gapSummary(model, ctx.lang), ctx.width),
  summary: (model, ctx) => gapSummary(model, ctx.lang),
  table: (model, ctx) => gapTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
