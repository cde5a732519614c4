export * from './data-table.js';
