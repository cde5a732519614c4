import { defineElement } from '@outcome-kit/elements';
import { OutcomePdsaLog } from './pdsa-log.js';

defineElement('outcome-pdsa-log', OutcomePdsaLog);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-pdsa-log': OutcomePdsaLog;
  }
}
