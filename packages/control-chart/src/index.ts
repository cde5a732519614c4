/**
 * @outcome-kit/control-chart — <outcome-control-chart> (being built).
 * @packageDocumentation
 */
export {};
