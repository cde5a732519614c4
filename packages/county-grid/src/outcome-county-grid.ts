import { defineElement } from '@outcome-kit/elements';
import { OutcomeCountyGrid } from './county-grid.js';

defineElement('outcome-county-grid', OutcomeCountyGrid);

declare global {
  interface HTMLElementTagNameMap {
    'outcome-county-grid': OutcomeCountyGrid;
  }
}
