/**
 * @outcome-kit/equity-report — `<outcome-equity-report>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeEquityReport, type EquityReportSelectDetail } from './equity-report.js';
import './outcome-equity-report.js';
