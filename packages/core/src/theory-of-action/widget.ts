import type { Loaded } from '../load/types.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { analyzeTheoryOfAction } from './analyse.js';
import { readDocument } from './document.js';
import { THEORY_OF_ACTION_MESSAGES } from './messages.js';
import { documentFromRows, isFlatRows } from './rows.js';
import { theoryOfActionSummary } from './summary.js';
import { theoryOfActionTable } from './table.js';
import { normalizeTheoryOfActionOptions } from './options.js';
import type { TheoryOfActionDocument, TheoryOfActionModel, TheoryOfActionOptions, TheoryOfActionOptionsInput } from './types.js';

/**
 * Reads loaded data as a theory-of-action document: a JSON object `{ title, description, links }`,
 * a bare array of links, or flat rows (a CSV, or JSON rows with `link` and `measure` fields).
 */
export function readTheoryOfAction(loaded: Loaded): TheoryOfActionDocument {
  const value = loaded.value;
  if (loaded.format === 'csv' || isFlatRows(value)) return documentFromRows(value as never, loaded.firstRow);
  return readDocument(Array.isArray(value) ? { links: value } : value);
}

const titleOf = (model: TheoryOfActionModel, lang: 'en' | 'es') => model.title ?? THEORY_OF_ACTION_MESSAGES[lang].title;

/**
 * The theory of action in core: validate → analyse → model, and the views drawn from it. It
 * draws no Vega chart (`spec` is null): the chain is semantic HTML, each measure a small inline
 * sparkline beside its value and verdict in words.
 */
export const theoryOfActionWidget: WidgetDefinition<TheoryOfActionOptions, TheoryOfActionModel> = {
  options: (input) => normalizeTheoryOfActionOptions(input as TheoryOfActionOptionsInput),
  analyse: (loaded, options) => analyzeTheoryOfAction(readTheoryOfAction(loaded), options),
  isEmpty: (model) => model.links.length === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: () => null,
  summary: (model, ctx) => theoryOfActionSummary(model, ctx.lang),
  table: (model, ctx) => theoryOfActionTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
