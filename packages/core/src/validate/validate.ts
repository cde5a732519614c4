import { problem, type Problem } from '../errors.js';
import type { RawRow } from '../load/types.js';
import { isBlank, toDate, toNumber, toPercent, toText } from './coerce.js';
import type { FieldSpec, Schema, TypedRow, TypedValue } from './schema.js';

export interface ValidateOptions {
  /** The row number the user sees for the first row (2 for CSV with a header). Default 1. */
  firstRow?: number;
  /** Stop listing problems after this many (all are still counted). Default 10. */
  maxProblems?: number;
  /**
   * Rows (by index) whose values must never be quoted in a message or kept in a problem's
   * `value`: a gap chart's rows of groups too small to show. Their problems name the row and the
   * field only.
   */
  quiet?: (index: number) => boolean;
}

export type ValidateResult =
  | { ok: true; rows: TypedRow[] }
  | { ok: false; problems: Problem[]; total: number };

/** A problem that quotes nothing: the row and field only, no `value`. */
function quietProblem(code: string, name: string, row: number, count: boolean): Problem {
  return problem(code, (m) => (count ? m.notCount(row, name) : m.unreadable(row, name)), { field: name, row });
}

function checkValue(raw: unknown, name: string, spec: FieldSpec, row: number, quiet = false): { value: TypedValue } | { problem: Problem } {
  const result = checkLoud(raw, name, spec, row);
  if (!quiet || !('problem' in result)) return result;
  const p = result.problem;
  return { problem: p.code === 'required' ? problem('required', (m) => m.required(row, name), { field: name, row }) : quietProblem(p.code, name, row, spec.type === 'count') };
}

function checkLoud(raw: unknown, name: string, spec: FieldSpec, row: number): { value: TypedValue } | { problem: Problem } {
  if (isBlank(raw)) {
    return spec.required ? { problem: problem('required', (m) => m.required(row, name), { field: name, row, value: raw }) } : { value: null };
  }
  const where = { field: name, row, value: raw };
  switch (spec.type) {
    case 'number': {
      const n = toNumber(raw);
      if (n === undefined) {
        const infinite = typeof raw === 'number' || /inf/i.test(String(raw));
        return { problem: infinite ? problem('not-finite', (m) => m.notFinite(row, name, raw), where) : problem('not-number', (m) => m.notNumber(row, name, raw), where) };
      }
      return { value: n };
    }
    case 'count': {
      // A count of students quotes no value: a group's size is what suppression protects.
      const n = toNumber(raw);
      if (n === undefined || n === null || !Number.isInteger(n) || n < 0) return { problem: problem('not-count', (m) => m.notCount(row, name), { field: name, row }) };
      return { value: n };
    }
    case 'percent': {
      const n = toPercent(raw);
      return n === undefined ? { problem: problem('not-percent', (m) => m.notPercent(row, name, raw), where) } : { value: n };
    }
    case 'date': {
      const d = toDate(raw);
      return d === undefined ? { problem: problem('not-date', (m) => m.notDate(row, name, raw), where) } : { value: d };
    }
    case 'category': {
      const text = toText(raw);
      if (text === undefined) return { problem: problem('not-text', (m) => m.notText(row, name, raw), where) };
      if (!spec.values) return { value: text };
      const match = spec.values.find((v) => v.toLowerCase() === text!.toLowerCase());
      return match === undefined
        ? { problem: problem('not-allowed', (m) => m.notAllowed(row, name, raw, spec.values!.join(', ')), where) }
        : { value: match };
    }
    case 'string': {
      const text = toText(raw);
      return text === undefined ? { problem: problem('not-text', (m) => m.notText(row, name, raw), where) } : { value: text };
    }
  }
}

/**
 * Checks rows against a schema and coerces what people type ("85%", "1,234", " 12 ", "2023-24").
 * Returns typed rows, or every problem found (listed up to `maxProblems`, all counted), each
 * naming the field, the row as the user counts it, and the value, in English and Spanish.
 * A required field absent from every row is reported once, not once per row.
 */
export function validate(rows: readonly RawRow[], schema: Schema, options: ValidateOptions = {}): ValidateResult {
  const firstRow = options.firstRow ?? 1;
  const cap = options.maxProblems ?? 10;
  const quiet = options.quiet;
  const problems: Problem[] = [];
  let total = 0;
  const add = (p: Problem) => {
    total++;
    if (problems.length < cap) problems.push(p);
  };
  const fields = Object.entries(schema);
  for (const [name, spec] of fields) {
    if (spec.required && rows.length > 0 && !rows.some((r) => r && name in r)) {
      add(problem('missing-field', (m) => m.missingField(name), { field: name }));
    }
  }
  if (total > 0) return { ok: false, problems, total };
  const out: TypedRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!;
    const row = i + firstRow;
    const typed: Record<string, TypedValue> & { __row: number } = { __row: row };
    for (const [name, spec] of fields) {
      const result = checkValue(raw[name], name, spec, row, quiet?.(i) ?? false);
      if ('problem' in result) add(result.problem);
      else typed[name] = result.value;
    }
    out[i] = typed;
  }
  return total > 0 ? { ok: false, problems, total } : { ok: true, rows: out };
}
