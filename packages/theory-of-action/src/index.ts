/**
 * @outcome-kit/theory-of-action — `<outcome-theory-of-action>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeTheoryOfAction, type TheoryOfActionSelectDetail } from './theory-of-action.js';
import './outcome-theory-of-action.js';
