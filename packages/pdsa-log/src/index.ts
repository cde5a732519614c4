/**
 * @outcome-kit/pdsa-log — <outcome-pdsa-log> (being built).
 * @packageDocumentation
 */
export {};
