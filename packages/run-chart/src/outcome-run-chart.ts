import { defineElement } from '@outcome-kit/elements';
import { OutcomeRunChart } from './run-chart.js';

defineElement('outcome-run-chart', OutcomeRunChart);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-run-chart': OutcomeRunChart;
  }
}
