// The county picture in core: the long Dashboard table across files, the entity hierarchy,
// differentiated assistance, equity counts, suppression and the published documents.
export * from './types.js';
export { DA_RULES, DA_AREA_OF, DA_GROUPS, DA_STATUS_MIN_N, daRuleFor, daYearOf, type DaReading, type DaYearRule } from './da-rules.js';
export { daEligibility, daFromRecords, daRowOf, worstStatus } from './da.js';
export {
  readDashboardFiles,
  createDashboardReader,
  detectIndicator,
  detectYear,
  cdsOf,
  levelOptions,
  type DashboardSource,
  type ReadDashboardOptions,
  type DashboardFileReport,
  type DashboardReadResult,
  type DashboardFileReader,
} from './read.js';
export { parseDelimited, type DelimitedText } from './delimited.js';
export { decodeDashboardBytes, type DecodedText } from './encoding.js';
export { entityHierarchy, entityKindOf, countyCdsOf, districtCdsOf, levelOfCds, STATE_CDS, type EntityHierarchy, type EntityNode } from './hierarchy.js';
export { equityCounts, type IndicatorEquityCount } from './equity.js';
export { suppressRecords, complementaryHidden, recordKey as dashboardRecordKey, SUPPRESSION_PARTITIONS, type SuppressionResult } from './suppress.js';
export { buildEntityDocuments, daByYear, entityHref, type BuildDocumentsOptions, type BuiltDocuments } from './documents.js';
export { COUNTY_DATA_MESSAGES, dashboardFileProblem, daAreaText, daReasonSentences, daVerdictSentence, studentGroupName, type CountyDataMessages, type DashboardFileProblem } from './messages.js';
