/**
 * The script-tag entry: defines every Outcome Kit element. Registering skips names already
 * defined, so two copies of the bundle, or the bundle next to the npm packages, do not throw.
 */
export * from '@outcome-kit/elements';
