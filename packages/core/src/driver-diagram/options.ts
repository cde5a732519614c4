import { normalizeTheoryOfActionOptions } from '../theory-of-action/options.js';
import type { DriverDiagramOptions, DriverDiagramOptionsInput } from './types.js';

export { DRIVER_DIAGRAM_ATTRIBUTES } from './attributes.js';

/** The measures' run-chart options, checked as the theory of action checks them. */
export function normalizeDriverDiagramOptions(input: DriverDiagramOptionsInput | DriverDiagramOptions = {}): DriverDiagramOptions {
  return normalizeTheoryOfActionOptions(input as never);
}
