/**
 * @outcome-kit/run-chart — `<outcome-run-chart>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeRunChart } from './run-chart.js';
import './outcome-run-chart.js';
