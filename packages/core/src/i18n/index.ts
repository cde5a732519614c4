export * from './lang.js';
export * from './format.js';
export * from './messages.js';
export * from './registry.js';
export * from './bidi.js';
