import type { Localized } from '../i18n/lang.js';
import type { CountyIndicator, EntityKind, EntityRef } from '../county/types.js';
import type { ResultCell } from '../equity-report/types.js';

/** One district or school of the grid: its cells for the chosen group and year, and its DA status. */
export interface GridRow {
  cds: string;
  name: string;
  kind: EntityKind;
  /** Where its own document is, relative to the published folder (from the document), or null. */
  href: string | null;
  cells: Partial<Record<CountyIndicator, ResultCell>>;
  /** DA for the year; null when the document has none for it (schools, or not published). */
  da: { eligible: boolean; qualifyingGroups: string[] } | null;
}

export interface CountyGridOptions {
  /** Dashboard year; null = the latest. */
  year: string | null;
  /** Student group shown in every row (a CDE code; default ALL). */
  group: string;
  suppressBelow: number;
}

export interface CountyGridOptionsInput {
  year?: string | number | null;
  group?: string | null;
  suppressBelow?: number | string | null;
}

/** The county grid's one model. Results of `suppressBelow` or fewer students are not in it, only their count. */
export interface CountyGridModel {
  entity: EntityRef;
  year: string | null;
  years: string[];
  group: string;
  groupName: Localized;
  /** Every student group any row has a result for this year (for a group picker), CDE order. */
  groups: string[];
  indicators: CountyIndicator[];
  /** In the document's order (the name order `publish` writes). */
  rows: GridRow[];
  /** Some row has a DA result for the year (so the grid shows a DA column). */
  hasDa: boolean;
  /** What the rows are: districts (and other LEAs) of a county, or schools of a district. */
  childKind: 'lea' | 'school';
  suppressedCount: number;
  suppressBelow: number;
  illustrative: boolean;
}

/** The grid's filters (view state, not analysis): a name or CDS search and "DA only". */
export interface GridFilter {
  query: string;
  daOnly: boolean;
}
