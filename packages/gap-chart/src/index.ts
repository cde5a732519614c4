/**
 * @outcome-kit/gap-chart — `<outcome-gap-chart>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeGapChart } from './gap-chart.js';
import './outcome-gap-chart.js';
