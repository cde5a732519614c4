// The equity report in core (one district or school: student groups × indicators, equity counts, DA),
// and what the county grid shares with it (the entity document reader, cells, sorting).
export type { EquityCount, EquityDa, EquityGroupRow, EquityReportModel, EquityReportOptions, EquityReportOptionsInput, ResultCell } from './types.js';
export { readEntityDocument } from './document.js';
export { cellOf, compareYears, orderGroups, orderedIndicators } from './cells.js';
export { cellLabel, cellText, compactNumbersText, changeText as cellChangeText, colorName, indicatorName, levelsText, numbersText, reasonText, statusText as cellStatusText, yearText } from './format.js';
export { normalizeEquityReportOptions, EQUITY_REPORT_ATTRIBUTES } from './options.js';
export { analyzeEquityReport, documentYears, pickYear } from './analyse.js';
export { daReasonTexts, type DaReasonText } from './da.js';
export { gapChartInput, type GapChartInput } from './gap.js';
export { compareCells, nextSort, sortRows, type SortDirection, type SortKey, type SortState } from './sort.js';
export { equityReportSummary } from './summary.js';
export { equityReportTable } from './table.js';
export { COUNTY_MESSAGES, type CountyMessages } from './messages.js';
export { equityReportWidget } from './widget.js';
export { SHAPE_PATHS, swatchOf } from './shapes.js';
