export * from './types.js';
export * from './load.js';
export * from './url.js';
export { parseCsv, sniffDelimiter, isCspEvalError, headerNames } from './csv.js';
export * from './limits.js';
export { parseJson, looksLikeJson, looksLikeHtml } from './json.js';
export { skipBlankLines, cmsTagIn, cmsMarkupProblem, curlyQuoteProblem, CURLY_QUOTES } from './cms.js';
