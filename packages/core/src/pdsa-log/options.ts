import { OutcomeError } from '../errors.js';
import { PDSA_MESSAGES } from './messages.js';
import type { PdsaLogOptions, PdsaLogOptionsInput } from './types.js';

export { PDSA_LOG_ATTRIBUTES } from './attributes.js';

/** Fills in defaults and checks the options; idempotent. */
export function normalizePdsaLogOptions(input: PdsaLogOptionsInput | PdsaLogOptions = {}): PdsaLogOptions {
  const raw = input.change;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { change: null };
  if (typeof raw !== 'string') {
    throw new OutcomeError({ code: 'bad-option', field: 'change', value: raw, message: { en: PDSA_MESSAGES.en.badOption(raw), es: PDSA_MESSAGES.es.badOption(raw) } });
  }
  return { change: raw.trim() };
}
