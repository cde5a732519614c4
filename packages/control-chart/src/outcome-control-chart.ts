import { defineElement } from '@outcome-kit/elements';
import { OutcomeControlChart } from './control-chart.js';

defineElement('outcome-control-chart', OutcomeControlChart);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-control-chart': OutcomeControlChart;
  }
}
