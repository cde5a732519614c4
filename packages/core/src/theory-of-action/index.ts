// The theory of action in core: validation (JSON document or flat CSV rows), analysis, and views.
export * from './types.js';
export { normalizeTheoryOfActionOptions, THEORY_OF_ACTION_ATTRIBUTES } from './options.js';
export { readDocument, jsonLocator, MAX_PROBLEMS, type Locator } from './document.js';
export { documentFromRows, isFlatRows } from './rows.js';
export { analyzeTheoryOfAction, analyzeMeasure, deriveStatus, findChainBreak, isPercentUnit, measureStatus, verdictOf } from './analyse.js';
export { theoryOfActionSummary, chainBreakSentence } from './summary.js';
export { theoryOfActionTable } from './table.js';
export { formatLatest, formatMeasureValue, formatMeasureX, statusText } from './format.js';
export { THEORY_OF_ACTION_MESSAGES, type TheoryOfActionMessages } from './messages.js';
export { theoryOfActionWidget, readTheoryOfAction } from './widget.js';
