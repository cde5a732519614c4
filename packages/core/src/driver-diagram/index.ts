export * from './types.js';
export * from './messages.js';
export * from './options.js';
export * from './read.js';
export * from './analyse.js';
export * from './summary.js';
export * from './table.js';
export * from './widget.js';
