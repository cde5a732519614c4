// Filled in by the theory-of-action work: re-exports this widget's analysis, spec, summary and table.
export {};
