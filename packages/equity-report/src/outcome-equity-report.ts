import { defineElement } from '@outcome-kit/elements';
import { OutcomeEquityReport } from './equity-report.js';

defineElement('outcome-equity-report', OutcomeEquityReport);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-equity-report': OutcomeEquityReport;
  }
}
