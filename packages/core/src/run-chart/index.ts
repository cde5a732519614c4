// Filled in by the run-chart work: re-exports this widget's analysis, spec, summary and table.
export {};
