import { defineElement } from '@outcome-kit/elements';
import { OutcomeGapChart } from './gap-chart.js';

defineElement('outcome-gap-chart', OutcomeGapChart);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-gap-chart': OutcomeGapChart;
  }
}
