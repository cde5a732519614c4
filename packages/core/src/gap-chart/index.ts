// Filled in by the gap-chart work: re-exports this widget's analysis, spec, summary and table.
export {};
