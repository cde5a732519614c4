export * from './contrast.js';
export * from './tokens.js';
export * from './palette.js';
