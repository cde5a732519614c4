/**
 * @outcome-kit/control-chart — `<outcome-control-chart>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeControlChart } from './control-chart.js';
import './outcome-control-chart.js';
