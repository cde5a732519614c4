/**
 * @outcome-kit/cli — the publish pipeline (being built).
 * @packageDocumentation
 */
export {};
