import { defineElement } from '@outcome-kit/elements';
import { OutcomeDriverDiagram } from './driver-diagram.js';

defineElement('outcome-driver-diagram', OutcomeDriverDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-driver-diagram': OutcomeDriverDiagram;
  }
}
