/**
 * The script-tag entry: defines every Outcome Kit element. Registering skips names already
 * defined, so two copies of the bundle, or the bundle next to the npm packages, do not throw.
 */
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';

export { OutcomeRunChart } from '@outcome-kit/run-chart';
export { OutcomeGapChart } from '@outcome-kit/gap-chart';
export { OutcomeElement, defineElement } from '@outcome-kit/elements';
