/**
 * @outcome-kit/pdsa-log — `<outcome-pdsa-log>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomePdsaLog } from './pdsa-log.js';
import './outcome-pdsa-log.js';
