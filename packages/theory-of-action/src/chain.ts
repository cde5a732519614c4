import { html, nothing, type TemplateResult } from 'lit';
import {
  formatLatest,
  formatMeasureValue,
  formatMeasureX,
  signalSentence,
  THEORY_OF_ACTION_MESSAGES,
  type Lang,
  type Link,
  type Measure,
  type Signal,
  type TheoryOfActionModel,
} from '@outcome-kit/core';
import { arrowIcon, sparkline, statusIcon, verdictIcon } from './icons.js';

/** What the chain's templates need from the element. */
export interface ChainContext {
  lang: Lang;
  /** The widget heading's level: stages are one below it, links two below. */
  headingLevel: number;
  layout: 'auto' | 'vertical' | 'horizontal';
  /** A prefix for ids, unique to the element. */
  ids: string;
  isOpen(link: Link, measure: Measure): boolean;
  onToggle(link: Link, measure: Measure): void;
  /** Renders the measure's full run chart inside its details, or nothing. */
  runChart(link: Link, measure: Measure): TemplateResult | typeof nothing;
}

/** At most this many signals of a measure are told in words in its details. */
const MAX_SIGNALS = 3;

const level = (n: number) => String(Math.min(6, Math.max(1, Math.round(n) || 2)));

function measureDetails(link: Link, measure: Measure, ctx: ChainContext): TemplateResult {
  const m = THEORY_OF_ACTION_MESSAGES[ctx.lang];
  const facts: string[] = [];
  if (measure.direction) facts.push(`${m.direction[measure.direction]}.`);
  if (measure.goal !== null) facts.push(`${m.goal}: ${formatMeasureValue(measure, measure.goal, ctx.lang)}${measure.goalMet === null ? '' : ` (${measure.goalMet ? m.goalMet : m.goalNotMet})`}.`);
  let reading: string[];
  if (measure.verdict === 'no-data') reading = [m.noValuesText];
  else if (measure.verdict === 'too-few') reading = [m.pointsNeeded(measure.pointsNeeded)];
  else if (measure.verdict === 'no-signal') reading = [m.noSignalText];
  else {
    // The signals behind the verdict first (the latest first), then the others.
    const decides = (s: Signal) => (measure.verdict === 'improving' ? s.improvement === true : measure.verdict === 'worsening' ? s.improvement === false : true);
    const ordered = [...measure.run.signals].sort((a, b) => Number(decides(b)) - Number(decides(a)) || b.to - a.to);
    reading = ordered.slice(0, MAX_SIGNALS).map((s) => signalSentence(measure.run, s, ctx.lang));
  }
  const values = measure.values;
  const chart = ctx.runChart(link, measure);
  // With the full run chart (in its dialog, with its own summary and data table), the card keeps
  // only the facts and the button that opens it: a narrow column is not crowded by a table.
  if (chart !== nothing) return html`${facts.length ? html`<p>${facts.join(' ')}</p>` : nothing}${chart}`;
  return html`${facts.length ? html`<p>${facts.join(' ')}</p>` : nothing}
    ${reading.map((text) => html`<p>${text}</p>`)}
    ${values.length
      ? html`<div class="values-scroll" tabindex="0" role="region" aria-label=${m.valuesCaption(measure.name)}><table>
          <caption>${m.valuesCaption(measure.name)}</caption>
          <thead><tr><th scope="col">${m.when}</th><th scope="col">${m.value}</th></tr></thead>
          <tbody>
            ${values.map((p) => html`<tr><td>${formatMeasureX(measure, p, ctx.lang)}</td><td class="num">${formatMeasureValue(measure, p.y, ctx.lang)}</td></tr>`)}
          </tbody>
        </table></div>`
      : nothing}`;
}

function measureItem(link: Link, measure: Measure, id: string, ctx: ChainContext): TemplateResult {
  const m = THEORY_OF_ACTION_MESSAGES[ctx.lang];
  const open = ctx.isOpen(link, measure);
  return html`<li class="measure" part="measure" data-verdict=${measure.verdict}>
    <button type="button" class="measure-toggle" part="measure-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => ctx.onToggle(link, measure)}>
      <span class="measure-name">${measure.name}</span>
      <span class="measure-line">
        ${sparkline(measure) ?? nothing}
        <span class="latest">${measure.latest ? `${m.latest}: ${formatLatest(measure, ctx.lang)}` : m.verdict['no-data']}</span>
      </span>
      ${measure.verdict === 'no-data' ? nothing : html`<span class="verdict">${verdictIcon(measure.verdict)}${m.verdict[measure.verdict]}</span>`}
    </button>
    <div id=${id} class="measure-details" part="measure-details" ?hidden=${!open}>${open ? measureDetails(link, measure, ctx) : nothing}</div>
  </li>`;
}

/** "Leads to …" when a link does not simply lead to every link of the next stage. */
function leadsText(model: TheoryOfActionModel, link: Link, lang: Lang): string | null {
  const stage = model.stages.findIndex((s) => s.key === link.stage);
  const next = model.stages[stage + 1]?.links ?? [];
  const same = next.length === link.leadsTo.length && next.every((id) => link.leadsTo.includes(id));
  if (same || !link.leadsTo.length) return null;
  const labels = link.leadsTo.map((id) => model.links.find((l) => l.id === id)?.label ?? id);
  return THEORY_OF_ACTION_MESSAGES[lang].leadsTo(labels);
}

function linkCard(model: TheoryOfActionModel, link: Link, index: number, ctx: ChainContext): TemplateResult {
  const m = THEORY_OF_ACTION_MESSAGES[ctx.lang];
  const broken = model.chainBreak?.link === link.id;
  const leads = leadsText(model, link, ctx.lang);
  return html`<li class="link" part="link" data-link=${link.id} data-status=${link.status} ?data-break=${broken}>
    <div class="link-label" part="link-label" role="heading" aria-level=${level(ctx.headingLevel + 2)}>${link.label}</div>
    <p class="link-status" part="link-status">${statusIcon(link.status)}<span>${m.status[link.status]}</span>${link.derived ? html` <span class="derived">(${m.derived})</span>` : nothing}</p>
    ${broken ? html`<p class="break" part="break">${statusIcon('off-track')}${m.breakHere}</p>` : nothing}
    ${link.description ? html`<p class="link-description">${link.description}</p>` : nothing}
    ${link.owner ? html`<p class="owner">${m.owner(link.owner)}</p>` : nothing}
    ${link.measures.length
      ? html`<ul class="measures" aria-label=${m.measuresLabel(link.label)}>
          ${link.measures.map((measure, j) => measureItem(link, measure, `${ctx.ids}-m${index}-${j}`, ctx))}
        </ul>`
      : html`<p class="no-measures">${m.noMeasures}</p>`}
    ${leads ? html`<p class="leads">${leads}</p>` : nothing}
    ${link.evidence ? html`<details part="evidence"><summary>${m.evidence}</summary><p>${link.evidence}</p></details>` : nothing}
  </li>`;
}

/** The chain: an ordered list of stages, each with its links as cards; arrows are decoration. */
export function chainTemplate(model: TheoryOfActionModel, ctx: ChainContext): TemplateResult {
  const m = THEORY_OF_ACTION_MESSAGES[ctx.lang];
  const indexOf = new Map(model.links.map((l, i) => [l.id, i]));
  return html`${model.description ? html`<p part="description">${model.description}</p>` : nothing}
    <ol class="chain" part="chain" aria-label=${m.chainLabel} data-layout=${ctx.layout}>
      ${model.stages.map(
        (stage, k) => html`<li class="stage" part="stage" data-stage=${stage.key}>
          <div class="stage-name" part="stage-name" role="heading" aria-level=${level(ctx.headingLevel + 1)}>${m.stageNumber(k + 1, m.stage[stage.key])}</div>
          <ul class="links" role="list">
            ${stage.links.map((id) => linkCard(model, model.links[indexOf.get(id)!]!, indexOf.get(id)!, ctx))}
          </ul>
          ${k < model.stages.length - 1 ? html`<span class="arrow" aria-hidden="true">${arrowIcon}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
}
