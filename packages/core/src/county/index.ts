export * from './types.js';
export { DA_RULES, DA_AREA_OF, DA_GROUPS, DA_STATUS_MIN_N, daRuleFor, daYearOf, type DaReading, type DaYearRule } from './da-rules.js';
export { daEligibility, daFromRecords, daRowOf, worstStatus } from './da.js';
