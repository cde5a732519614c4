import { normalizeTheoryOfActionOptions } from '../theory-of-action/options.js';
import type { DriverDiagramOptions, DriverDiagramOptionsInput } from './types.js';

/** The element's attributes and the option each sets (read by the element and the static renderer). */
export const DRIVER_DIAGRAM_ATTRIBUTES: Readonly<Record<string, keyof DriverDiagramOptionsInput>> = { rules: 'rules', 'min-points': 'minPoints' };

/** The measures' run-chart options, checked as the theory of action checks them. */
export function normalizeDriverDiagramOptions(input: DriverDiagramOptionsInput | DriverDiagramOptions = {}): DriverDiagramOptions {
  return normalizeTheoryOfActionOptions(input as never);
}
