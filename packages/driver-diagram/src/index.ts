/**
 * @outcome-kit/driver-diagram — `<outcome-driver-diagram>`. Importing this module defines the element.
 * @packageDocumentation
 */
export { OutcomeDriverDiagram, type DriverDiagramSelectDetail } from './driver-diagram.js';
import './outcome-driver-diagram.js';
