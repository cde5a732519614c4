import { html, nothing, type TemplateResult } from 'lit';
import { PDSA_MESSAGES, cycleDates, loadUrl, readPdsaCycles, scaleText, type Lang, type PdsaCycleInput, type RunChartModel } from '@outcome-kit/core';

/**
 * The PDSA cycles a run chart's changes name (`cycle` ids), from the document `pdsa-src` points at
 * (a PDSA log or a driver diagram document). Loaded lazily, only by charts that ask for it.
 */
export async function loadCycles(url: string, signal: AbortSignal): Promise<Map<string, PdsaCycleInput>> {
  const doc = readPdsaCycles(await loadUrl(url, { signal }));
  return new Map(doc.cycles.map((c) => [c.id, c]));
}

/** The changes of the model that name a cycle found in the document, with it. */
export function linkedChanges(model: RunChartModel, cycles: ReadonlyMap<string, PdsaCycleInput>): { label: string; cycle: PdsaCycleInput }[] {
  return model.options.changes.flatMap((c) => (c.cycle && cycles.has(c.cycle) ? [{ label: c.label, cycle: cycles.get(c.cycle)! }] : []));
}

const number = (cycle: PdsaCycleInput, n: number) => ({ ...cycle, number: n });

/**
 * "Changes tested": one disclosure per change that names a cycle, with the cycle's plan,
 * prediction, result, what was learned and the decision. A change's label in the chart opens it.
 */
export function changesTemplate(model: RunChartModel, cycles: ReadonlyMap<string, PdsaCycleInput>, lang: Lang, headingLevel: number, open: string | null, onToggle: (id: string, open: boolean) => void): TemplateResult | typeof nothing {
  const linked = linkedChanges(model, cycles);
  if (!linked.length) return nothing;
  const m = PDSA_MESSAGES[lang];
  const field = (label: string, text: string | null) => (text ? html`<dt>${label}</dt><dd>${text}</dd>` : nothing);
  return html`<section class="changes-tested" part="changes-tested" aria-label=${m.changesTested}>
    <div role="heading" aria-level=${String(Math.min(6, headingLevel + 1))} class="changes-heading">${m.changesTested}</div>
    ${linked.map(({ label, cycle }, k) => {
      const meta = [cycleDates(number(cycle, k + 1), lang), scaleText(number(cycle, k + 1), lang)].filter(Boolean).join(' · ');
      const met = cycle.predictionMet === null ? null : cycle.predictionMet ? m.predictionMet : m.predictionNotMet;
      return html`<details data-cycle=${cycle.id} ?open=${open === cycle.id} @toggle=${(e: Event) => onToggle(cycle.id, (e.currentTarget as HTMLDetailsElement).open)}>
        <summary>${label}: ${cycle.title}</summary>
        ${meta ? html`<p class="meta">${meta}</p>` : nothing}
        <dl>
          ${field(m.plan, cycle.plan)} ${field(m.prediction, cycle.prediction)}
          ${field(m.result, cycle.result ? `${cycle.result}${met ? ` (${met})` : ''}` : met)} ${field(m.learned, cycle.learned)}
          <dt>${m.decisionLabel}</dt><dd>${cycle.decision ? m.decision[cycle.decision] : m.noDecision}</dd>
        </dl>
      </details>`;
    })}
  </section>`;
}
