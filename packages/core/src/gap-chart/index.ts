// The student-group gap chart in core: Dashboard facts, levels, analysis, CDE reader and views.
export {
  DASHBOARD_CHANGE_LEVELS,
  DASHBOARD_CUT_POINTS,
  DASHBOARD_GRIDS,
  INDICATOR_IDS,
  DASHBOARD_INDICATORS,
  DASHBOARD_SIZE_RULES,
  DASHBOARD_STATUS_LEVELS,
  FILE_LEVEL_CODES,
  STUDENT_GROUPS,
  SUSPENSION_TABLES,
  type CutBounds,
  type DashboardChangeLevel,
  type CutPoints,
  type CutPointsKey,
  type IndicatorDirection,
  type DashboardGrid,
  type DashboardGridId,
  type IndicatorFacts,
  type IndicatorId,
  type FactSource,
  type DashboardStatusLevel,
  type StudentGroupFacts,
  type SuspensionTable,
  type IndicatorUnit,
} from './facts.js';
export { colorMinimum, cutPointsFor, dashboardLevels, gridColor, levelFromFileCode, roundTenth, type DashboardLevels, type LevelOptions } from './levels.js';
export {
  DASHBOARD_YEARS,
  LATEST_DASHBOARD_YEAR,
  dashboardRules,
  dashboardYear,
  sizeRule,
  type DashboardEntityType,
  type DashboardRules,
  type DashboardYear,
  type Reporting,
  type RuleContext,
  type SafetyNetRule,
  type SizeRule,
} from './facts-years.js';
export { rulesFor, rulesYear } from './levels.js';
export { resolveGroup, GROUP_PARTITIONS, type GroupIdentity } from './groups.js';
export { complementarySuppression, type SizedGroup } from './suppress.js';
export type { GapGroup, GapModel, GapOptions, GapReference, GapRow, GapSort, GapTrend, NoColorReason, ReferenceChoice } from './types.js';
export { normalizeGapOptions, GAP_CHART_ATTRIBUTES, type GapOptionsInput } from './options.js';
export { analyzeGaps } from './analyse.js';
export { isDashboardFile, normalizeCds, readDashboardFile, type DashboardFile, type DashboardFileOptions } from './cde.js';
export { GAP_ROW_HEIGHT, gapSpec } from './spec.js';
export { gapSummary } from './summary.js';
export { gapTable } from './table.js';
export { formatGap, formatGapValue } from './format.js';
export { GAP_MESSAGES, type GapMessages } from './messages.js';
export { gapChartWidget, gapSchema } from './widget.js';
