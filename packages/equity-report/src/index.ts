/**
 * @outcome-kit/equity-report — <outcome-equity-report> (being built).
 * @packageDocumentation
 */
export {};
