import { OutcomeError } from '../errors.js';
import { rowsOf } from '../load/load.js';
import type { Loaded } from '../load/types.js';
import type { Schema, TypedRow } from '../validate/schema.js';
import { validate, type ValidateOptions } from '../validate/validate.js';

/**
 * The rows of loaded data validated against a schema, or an `OutcomeError` with every problem.
 * `quiet` names rows whose values no message may quote (groups too small to show).
 */
export function validatedRows(loaded: Loaded, schema: Schema, options: Pick<ValidateOptions, 'quiet'> = {}): TypedRow[] {
  const result = validate(rowsOf(loaded), schema, { firstRow: loaded.firstRow, ...options });
  if (!result.ok) throw new OutcomeError(result.problems, result.total);
  return result.rows;
}
