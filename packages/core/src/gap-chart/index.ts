// The student-group gap chart in core: Dashboard facts, levels, analysis, CDE reader and views.
export {
  CHANGE_LEVELS,
  CUT_POINTS,
  GRIDS,
  INDICATOR_IDS,
  INDICATORS,
  SIZE_RULES,
  STATUS_LEVELS,
  STUDENT_GROUPS,
  type Bounds,
  type ChangeLevel,
  type CutPoints,
  type CutPointsKey,
  type Direction,
  type Grid,
  type GridId,
  type IndicatorFacts,
  type IndicatorId,
  type Source,
  type StatusLevel,
  type StudentGroupFacts,
  type SuspensionTable,
  type Unit,
} from './facts.js';
export { colorMinimum, cutPointsFor, dashboardLevels, roundTenth, type DashboardLevels, type LevelOptions } from './levels.js';
export { resolveGroup, type GroupIdentity } from './groups.js';
export type { GapGroup, GapModel, GapOptions, GapReference, GapRow, GapSort, GapTrend, NoColorReason, ReferenceChoice } from './types.js';
export { normalizeGapOptions, type GapOptionsInput } from './options.js';
export { analyzeGaps } from './analyse.js';
export { isDashboardFile, normalizeCds, readDashboardFile, type DashboardFile } from './cde.js';
export { gapSpec } from './spec.js';
export { gapSummary } from './summary.js';
export { gapTable } from './table.js';
export { formatGap, formatValue } from './format.js';
export { GAP_MESSAGES, type GapMessages } from './messages.js';
export { gapChartWidget, gapSchema } from './widget.js';
