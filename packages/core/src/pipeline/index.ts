export * from './widget.js';
export * from './validate-rows.js';
export * from './expression-text.js';
