import type { Lang } from './i18n/lang.js';
import { MESSAGES, type MessageCatalogue } from './i18n/messages.js';

/** What went wrong, as plain data: safe to put in an event's detail or log. */
export interface Problem {
  /** A stable code (`not-number`, `http-status`, …) for programs. */
  code: string;
  /** The field (column) at fault, when there is one. */
  field?: string;
  /** The row as the user counts it in their file (CSV: header = row 1), when there is one. */
  row?: number;
  /** The offending value, when there is one. */
  value?: unknown;
  /** The message in English and Spanish. */
  message: Record<Lang, string>;
}

/** Builds a problem whose message comes from the shared catalogue in both languages. */
export function problem(
  code: string,
  render: (m: MessageCatalogue) => string,
  where: { field?: string; row?: number; value?: unknown } = {},
): Problem {
  const p: Problem = { code, message: { en: render(MESSAGES.en), es: render(MESSAGES.es) } };
  if (where.field !== undefined) p.field = where.field;
  if (where.row !== undefined) p.row = where.row;
  if ('value' in where) p.value = where.value;
  return p;
}

/**
 * The one error type Outcome Kit throws from its pipeline: it carries one or more problems,
 * the first of which is the headline. Elements catch it and show it; nothing reaches the page.
 */
export class OutcomeError extends Error {
  readonly problems: Problem[];
  /** How many problems were found in all (may exceed `problems.length` when capped). */
  readonly total: number;

  constructor(problems: Problem | Problem[], total?: number) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list[0]?.message.en ?? 'Unknown problem');
    this.name = 'OutcomeError';
    this.problems = list;
    this.total = total ?? list.length;
  }

  /** The headline problem. */
  get first(): Problem {
    return this.problems[0]!;
  }
}

/** True for an `OutcomeError`, even one from another copy of core on the same page. */
export function isOutcomeError(error: unknown): error is OutcomeError {
  return (
    error instanceof OutcomeError ||
    (error instanceof Error && error.name === 'OutcomeError' && Array.isArray((error as OutcomeError).problems))
  );
}

/** Turns anything thrown into problems, so no unexpected exception escapes as-is. */
export function toProblems(error: unknown): { problems: Problem[]; total: number } {
  if (isOutcomeError(error)) return { problems: error.problems, total: error.total };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    problems: [{ code: 'unexpected', message: { en: `Unexpected problem: ${detail}`, es: `Problema inesperado: ${detail}` } }],
    total: 1,
  };
}
