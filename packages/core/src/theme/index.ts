export * from './contrast.js';
export * from './tokens.js';
