export * from './schema.js';
export * from './coerce.js';
export * from './validate.js';
