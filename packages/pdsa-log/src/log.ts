import { html, nothing, type TemplateResult } from 'lit';
import { PDSA_MESSAGES, PDSA_SCALES, cycleDates, groupParts, pdsaGroupName, scaleText, type Lang, type PdsaCycle, type PdsaGroup, type PdsaLogModel } from '@outcome-kit/core';
import { decisionIcon, metIcon } from './icons.js';

/** What the log's templates need from the element. */
export interface LogContext {
  lang: Lang;
  headingLevel: number;
  /** A prefix for ids, unique to the element. */
  ids: string;
}

const level = (n: number) => String(Math.min(6, Math.max(1, Math.round(n) || 2)));

/**
 * The ramp: each cycle a numbered mark in the row of the scale it was tried at, so a change that
 * grows from one classroom to the district climbs the grid. Decorative (the list says the same).
 */
function ramp(group: PdsaGroup, lang: Lang): TemplateResult | typeof nothing {
  const m = PDSA_MESSAGES[lang];
  const scales = PDSA_SCALES.filter((s) => group.cycles.some((c) => c.scale === s)).reverse();
  if (!scales.length || group.cycles.length < 2) return nothing;
  return html`<figure class="ramp" part="ramp" aria-hidden="true">
    <figcaption>${m.ramp}</figcaption>
    <div class="ramp-grid">
      ${scales.map(
        (scale) => html`<div class="ramp-row">
          <span class="ramp-scale">${m.scale[scale]}</span>
          ${group.cycles.map((c) =>
            c.scale === scale
              ? html`<span class="ramp-cell"><span class="ramp-mark" data-decision=${c.decision ?? 'none'}>${m.rampCycle(c.number)}</span></span>`
              : html`<span class="ramp-cell"></span>`,
          )}
        </div>`,
      )}
    </div>
  </figure>`;
}

function cycleItem(cycle: PdsaCycle, ctx: LogContext): TemplateResult {
  const m = PDSA_MESSAGES[ctx.lang];
  const meta = [cycleDates(cycle, ctx.lang), scaleText(cycle, ctx.lang)].filter(Boolean).join(' · ');
  const met = cycle.predictionMet === null ? m.predictionUnknown : cycle.predictionMet ? m.predictionMet : m.predictionNotMet;
  const field = (label: string, text: string | null) => (text ? html`<dt>${label}</dt><dd>${text}</dd>` : nothing);
  return html`<li class="cycle" part="cycle" data-cycle=${cycle.id} data-decision=${cycle.decision ?? 'none'} tabindex="-1">
    <div class="cycle-title" role="heading" aria-level=${level(ctx.headingLevel + 2)}>${m.cycle(cycle.number)}: ${cycle.title}</div>
    ${meta ? html`<p class="meta">${meta}</p>` : nothing}
    <dl>
      ${field(m.plan, cycle.plan)} ${field(m.prediction, cycle.prediction)}
      ${cycle.result || cycle.predictionMet !== null
        ? html`<dt>${m.result}</dt>
            <dd>${cycle.result ?? ''} <span class="met" data-met=${String(cycle.predictionMet)}>${metIcon(cycle.predictionMet)}${met}</span></dd>`
        : nothing}
      ${field(m.learned, cycle.learned)}
      <dt>${m.decisionLabel}</dt>
      <dd><span class="decision" data-decision=${cycle.decision ?? 'none'}>${decisionIcon(cycle.decision)}${cycle.decision ? m.decision[cycle.decision] : m.noDecision}</span></dd>
    </dl>
  </li>`;
}

function groupSection(model: PdsaLogModel, group: PdsaGroup, ctx: LogContext, k: number): TemplateResult {
  const m = PDSA_MESSAGES[ctx.lang];
  const name = pdsaGroupName(group, ctx.lang);
  const single = model.groups.length === 1;
  const parts = groupParts(group, ctx.lang);
  return html`<section class="group" part="group" data-change=${group.change ?? ''} aria-labelledby="${ctx.ids}-g${k}">
    <div class="group-name" id="${ctx.ids}-g${k}" role="heading" aria-level=${level(ctx.headingLevel + 1)}>${group.change === null && !group.changeText ? name : m.changeIdea(name)}</div>
    ${single ? nothing : html`<p class="group-summary">${parts.join('; ')}.</p>`}
    ${ramp(group, ctx.lang)}
    <ol class="cycles" part="cycles" aria-label=${m.logLabel(name)}>${group.cycles.map((c) => cycleItem(c, ctx))}</ol>
  </section>`;
}

/** The log: for each change idea, its heading, the ramp and its cycles in order. */
export function logTemplate(model: PdsaLogModel, ctx: LogContext): TemplateResult {
  // A log of one change idea read from a whole driver diagram document leaves the document's description to the diagram.
  const description = model.change === null ? model.description : null;
  return html`${description ? html`<p part="description">${description}</p>` : nothing}
    ${model.groups.map((g, k) => groupSection(model, g, ctx, k))}`;
}
