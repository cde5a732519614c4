/**
 * The script-tag entry: defines every Outcome Kit element. Registering skips names already
 * defined, so two copies of the bundle, or the bundle next to the npm packages, do not throw.
 * Each widget's analysis is a separate chunk, fetched when an element of that kind has data.
 */
import '@outcome-kit/run-chart';
import '@outcome-kit/control-chart';
import '@outcome-kit/gap-chart';
import '@outcome-kit/theory-of-action';
import '@outcome-kit/driver-diagram';
import '@outcome-kit/pdsa-log';
import '@outcome-kit/equity-report';
import '@outcome-kit/county-grid';

export { OutcomeRunChart } from '@outcome-kit/run-chart';
export { OutcomeControlChart } from '@outcome-kit/control-chart';
export { OutcomeGapChart } from '@outcome-kit/gap-chart';
export { OutcomeTheoryOfAction } from '@outcome-kit/theory-of-action';
export { OutcomeDriverDiagram } from '@outcome-kit/driver-diagram';
export { OutcomePdsaLog } from '@outcome-kit/pdsa-log';
export { OutcomeEquityReport } from '@outcome-kit/equity-report';
export { OutcomeCountyGrid } from '@outcome-kit/county-grid';
export { OutcomeElement, defineElement } from '@outcome-kit/elements';
