export * from './types.js';
export * from './load.js';
export * from './url.js';
export { parseCsv, sniffDelimiter, isCspEvalError } from './csv.js';
export { parseJson, looksLikeJson, looksLikeHtml } from './json.js';
