import type { DriverDiagramOptionsInput } from './types.js';

/** The element's attributes and the option each sets (read by the element and the static renderer). Its own module, so the eager element imports nothing else. */
export const DRIVER_DIAGRAM_ATTRIBUTES: Readonly<Record<string, keyof DriverDiagramOptionsInput>> = { rules: 'rules', 'min-points': 'minPoints' };
