/**
 * @outcome-kit/driver-diagram — <outcome-driver-diagram> (being built).
 * @packageDocumentation
 */
export {};
