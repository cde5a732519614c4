export * from './widget.js';
export * from './validate-rows.js';
