import type { PdsaLogOptionsInput } from './types.js';

/** The element's attributes and the option each sets (read by the element and the static renderer). Its own module, so the eager element imports nothing else. */
export const PDSA_LOG_ATTRIBUTES: Readonly<Record<string, keyof PdsaLogOptionsInput>> = { change: 'change' };
