/**
 * @outcome-kit/county-grid — <outcome-county-grid> (being built).
 * @packageDocumentation
 */
export {};
