import { defineElement } from '@outcome-kit/elements';
import { OutcomeTheoryOfAction } from './theory-of-action.js';

defineElement('outcome-theory-of-action', OutcomeTheoryOfAction);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-theory-of-action': OutcomeTheoryOfAction;
  }
}
