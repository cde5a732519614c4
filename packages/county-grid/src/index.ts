/**
 * @outcome-kit/county-grid — `<outcome-county-grid>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeCountyGrid, type CountyGridSelectDetail } from './county-grid.js';
import './outcome-county-grid.js';
