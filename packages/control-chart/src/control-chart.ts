import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CONTROL_CHART_ATTRIBUTES, withTitleAndDesc, type ControlChartOptions, type ControlFacetModel, type ControlWidgetModel, type Views } from '@outcome-kit/core';
import { OutcomeElement, drawChart, headingTemplate, optionsFromProperties, tableTemplate, whenNearViewport, type ChartView } from '@outcome-kit/elements';
import { controlChartStyles } from './control-chart.styles.js';

type Kit = typeof import('./widget.js');

/**
 * `<outcome-control-chart>`: is the process stable, given how many students each point covers?
 * P, U, I-MR, Laney p′/u′, C, x̄/S, G and T charts with a centre line and 3-sigma limits per point
 * (stepped where n varies), qicharts2's limits and Anhøj's runs rules, or the NHS “Making Data
 * Count” XmR rules with their variation and assurance verdicts. Points that signal are drawn
 * with their own shape and outline, coloured, and named in the summary and the table.
 *
 * With `facet` (e.g. `facet="school"`) it draws one small chart per value, ordered by signal,
 * each with its verdict, under one summary table ("3 of 28 schools show special-cause variation").
 *
 * Data columns: `x` (dates, months such as `2024-03`, school years, numbers or labels), `y`
 * (a count for p, u and c charts), `n` (denominators), the facet field, and optionally `change`
 * and `description` (PDSA changes).
 *
 * @tagname outcome-control-chart
 * @summary A control chart (p, u, I-MR, Laney, c, x̄/s, g, t) with limits per point, or small multiples by school.
 * @fires outcome-render - The model was analysed and drawn. `detail`: the control-chart model (or the small multiples' model).
 * @fires outcome-error - Bad data or options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @csspart facet-summary - The small multiples' summary table.
 * @csspart facets - The grid of small charts.
 * @csspart facet - One small chart's card.
 */
export class OutcomeControlChart extends OutcomeElement<ControlChartOptions, ControlWidgetModel> {
  static override styles = [...OutcomeElement.styles, controlChartStyles];

  private static kit?: Kit;

  /** The chart: `i`, `mr`, `p`, `pp` (Laney p′), `u`, `up` (Laney u′), `c`, `xbar`, `s`, `g` or `t`. */
  @property() chart = 'i';

  /** Field holding the time (x) value. */
  @property() x = 'x';

  /** Field holding the measure: a count for p, u and c charts. */
  @property() y = 'y';

  /** Field holding the denominator (students enrolled): needed by p, u and the Laney charts. */
  @property() n = '';

  /** Field to draw one small chart per value of (e.g. `school`). */
  @property() facet = '';

  /** Compute the limits from the first N points (the baseline) and extend them. Ignored with phases. */
  @property() freeze = '';

  /** X values where a new phase begins, comma-separated; each phase gets its own limits. */
  @property() phases = '';

  /** X values to show but leave out of the limits, comma-separated (a strike, a data error). */
  @property() exclude = '';

  /** Multiply y and the limits (`100`: per 100 students). */
  @property() multiply = '';

  /** A target in the plotted units, drawn as a line and judged by the NHS assurance. */
  @property() target = '';

  /** Which way is better: `up` or `down`. */
  @property() direction = '';

  /** Signal rules: `qic` (3-sigma limits and Anhøj's runs rules) or `nhs` (Making Data Count XmR rules). */
  @property() method = 'qic';

  /** Screen moving ranges (`true`, as `library(qicharts2)` does) or not (`false`). */
  @property() screen = '';

  /** Laney's σz: `auto`, `mr` (moving ranges of the z-scores) or `sd`. */
  @property({ attribute: 'laney-sigma' }) laneySigma = '';

  /** Points with this many students or fewer are suppressed (default 10). */
  @property({ attribute: 'suppress-below' }) suppressBelow = '';

  /** Small multiples' y scale: `shared` or `free`. */
  @property() scale = 'shared';

  /** Fewest points a small chart needs to be judged (default 12). */
  @property({ attribute: 'min-points' }) minPoints = '';

  /** Changes (PDSA cycles) as JSON: `[{"x":"2024-10","label":"Attendance letters"}]`. A `change` column works too. */
  @property() changes = '';

  /** The x axis title. */
  @property({ attribute: 'x-label' }) xLabel = '';

  /** The y axis title, e.g. "Chronic absence". */
  @property({ attribute: 'y-label' }) yLabel = '';

  /** `number` or `percent` (values in percent units). */
  @property({ attribute: 'y-format' }) yFormat = '';

  private facetViews: ChartView[] = [];
  private facetStops: Array<() => void> = [];
  private drawnModel?: ControlFacetModel;
  private facetToken = 0;
  private facetDone: Promise<void> = Promise.resolve();

  protected override widget() {
    return import('./widget.js').then((m) => {
      OutcomeControlChart.kit = m;
      return m.widget;
    });
  }

  protected override analysisOptions() {
    return optionsFromProperties(this, CONTROL_CHART_ATTRIBUTES);
  }

  private get facetModel(): ControlFacetModel | null {
    const model = this.currentModel;
    const kit = OutcomeControlChart.kit;
    return model && kit && kit.isFacetModel(model) && this.currentViews ? model : null;
  }

  protected override renderContent(views: Views, model: ControlWidgetModel): TemplateResult | typeof nothing {
    const kit = OutcomeControlChart.kit;
    if (!kit || !kit.isFacetModel(model)) return super.renderContent(views, model);
    const lang = this.language;
    const m = kit.CONTROL_MESSAGES[lang];
    const level = Math.min(6, this.headingLevel + 1);
    return html`<div class="facet-summary" part="facet-summary" role="region" aria-label=${m.facetCaption(views.title)} tabindex="0">
        ${tableTemplate(kit.facetSummaryTable(model, lang, views.title))}
      </div>
      <ul class="facets" part="facets">
        ${model.facets.map((f, k) => {
          const verdict = kit.facetVerdictText(f.model, f.tooFew, lang);
          const variation = f.tooFew ? 'unjudged' : f.model.verdict.variation;
          return html`<li class="facet" part="facet">
            ${facetHeading(level, f.key)}
            <p class="facet-verdict" data-variation=${variation}>${verdict}</p>
            ${f.tooFew
              ? html`<p class="facet-note">${f.model.suppressed === f.model.points.length ? m.allSuppressed : m.tooFew(f.model.points.length - f.model.missing, model.options.minPoints)}</p>`
              : html`<div class="facet-chart" data-facet=${k} role="img" aria-label=${`${f.key}: ${verdict}`}></div>`}
          </li>`;
        })}
      </ul>`;
  }

  protected override updated(): void {
    super.updated();
    const model = this.facetModel;
    if (model !== this.drawnModel) this.drawFacets(model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearFacets();
    this.drawnModel = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  private clearFacets(): void {
    this.facetToken++;
    this.facetStops.splice(0).forEach((stop) => stop());
    this.facetViews.splice(0).forEach((v) => v.finalize());
  }

  private drawFacets(model: ControlFacetModel | null): void {
    this.clearFacets();
    this.drawnModel = model ?? undefined;
    const kit = OutcomeControlChart.kit;
    if (!model || !kit) {
      this.facetDone = Promise.resolve();
      return;
    }
    const token = this.facetToken;
    const lang = this.language;
    const draws: Promise<void>[] = [];
    for (const div of this.renderRoot.querySelectorAll<HTMLElement>('.facet-chart')) {
      const f = model.facets[Number(div.dataset.facet)]!;
      draws.push(new Promise<void>((resolve) => {
        this.facetStops.push(whenNearViewport(div, () => {
          const spec = kit.buildFacetSpec(f.model, lang, kit.controlChartSummary(f.model, lang), model.yDomain);
          drawChart(div, spec).then(
            (view) => {
              if (token === this.facetToken) this.facetViews.push(view);
              else view.finalize();
              resolve();
            },
            () => resolve(),
          );
        }));
      }));
    }
    this.facetDone = Promise.all(draws).then(() => undefined);
  }

  /** Resolves when the chart is drawn; with facets, when every small chart near the viewport is drawn. */
  override async chartComplete(): Promise<ChartView | null> {
    await this.updateComplete;
    if (!this.facetModel) return super.chartComplete();
    await Promise.race([this.facetDone, new Promise((r) => setTimeout(r, 4000))]);
    return this.facetViews[0] ?? null;
  }

  /** The chart as SVG; with facets, every small chart in one SVG (drawn off-screen, so the page's charts stay as they are). */
  override async toSVG(): Promise<string> {
    const view = await this.offscreen();
    if (!view) return super.toSVG();
    const svg = await view.toSVG();
    view.finalize();
    const views = this.currentViews!;
    return withTitleAndDesc(svg, views.title, views.summary);
  }

  override async toPNG(): Promise<string> {
    const view = await this.offscreen();
    if (!view) return super.toPNG();
    const url = await view.toImageURL('png', 2);
    view.finalize();
    return url;
  }

  private async offscreen(): Promise<ChartView | null> {
    const model = this.facetModel;
    const kit = OutcomeControlChart.kit;
    if (!model || !kit) return null;
    return drawChart(document.createElement('div'), kit.facetsSpec(model, this.language, this.currentViews?.summary ?? ''));
  }
}

function facetHeading(level: number, text: string): TemplateResult {
  const t = headingTemplate(level, text);
  return html`<div class="facet-title">${t}</div>`;
}
