import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PDSA_LOG_ATTRIBUTES, type PdsaLogModel, type PdsaLogOptions, type PdsaLogOptionsInput, type Views, type WidgetDefinition } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';
import type { logTemplate } from './log.js';
import { pdsaLogStyles } from './pdsa-log.styles.js';

let uid = 0;

/** The log's templates come with the analysis in the lazily loaded chunk. */
let log: typeof logTemplate | undefined;

/**
 * `<outcome-pdsa-log>`: what did each test of change teach? The PDSA (Plan–Do–Study–Act) cycles
 * of one change idea (`change`), or of every change idea grouped, in date order: dates, the scale
 * it was tried at (one classroom → one school → the district), the plan, the prediction against
 * what happened, what was learned, and the decision (adapt, adopt, abandon) with its own shape.
 * A ramp shows each cycle at its scale, and the summary says it in words ("3 cycles; adopted
 * after the third at 4 schools; predictions met in 2 of 3").
 *
 * Data: `{ title, cycles: [{ id, change, title, start, end, scale, sites, plan, prediction,
 * result, learned, decision, prediction-met }] }` (a driver diagram's document works, and names
 * the change ideas), a bare array of cycles, or CSV rows with those columns.
 *
 * @tagname outcome-pdsa-log
 * @summary PDSA cycles of a change idea: prediction vs result, decision, and the ramp of scale.
 * @fires outcome-render - The model was analysed and the log drawn. `detail`: the PDSA log model.
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @csspart group - One change idea's cycles.
 * @csspart cycles - The ordered list of cycles.
 * @csspart cycle - One cycle.
 * @csspart ramp - The ramp of scale.
 * @csspart description - The document's description.
 * @cssproperty [--outcome-status-achieved=#1b6b35] - Colour of "Adopt" and of a met prediction.
 * @cssproperty [--outcome-status-in-progress=#7a4d00] - Colour of "Adapt".
 * @cssproperty [--outcome-status-off-track=#b3261e] - Colour of "Abandon" and of a missed prediction.
 * @cssproperty [--outcome-card-background=#ffffff] - The cycles' background.
 */
export class OutcomePdsaLog extends OutcomeElement<PdsaLogOptions, PdsaLogModel> {
  static override styles = [...OutcomeElement.styles, pdsaLogStyles];

  /** Show only this change idea's cycles (its id); empty for every change idea, grouped. */
  @property() change = '';

  private readonly logIds = `pdsa${++uid}`;

  protected override widget(): Promise<WidgetDefinition<PdsaLogOptions, PdsaLogModel>> {
    return import('./widget.js').then((m) => {
      log = m.logTemplate;
      return m.widget;
    });
  }

  protected override analysisOptions(): PdsaLogOptionsInput {
    return optionsFromProperties(this, PDSA_LOG_ATTRIBUTES);
  }

  /** Scrolls to a cycle and moves focus to it (a run chart's annotation or a link can call it). Returns false when the log has no such cycle. */
  async showCycle(id: string): Promise<boolean> {
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-cycle="${CSS.escape(id)}"]`);
    if (!item) return false;
    item.scrollIntoView({ block: 'nearest' });
    item.focus();
    return true;
  }

  protected override renderContent(_views: Views, model: PdsaLogModel): TemplateResult | typeof nothing {
    if (!log) return nothing;
    return log(model, { lang: this.language, headingLevel: this.headingLevel, ids: this.logIds });
  }
}
