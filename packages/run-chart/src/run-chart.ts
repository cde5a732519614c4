import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RUN_CHART_ATTRIBUTES, type PdsaCycleInput, type RunChartModel, type RunChartOptions, type RunChartOptionsInput, type Views } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';

/** The PDSA-cycle details, loaded only by charts with `pdsa-src`. */
type ChangesModule = typeof import('./changes-tested.js');

/**
 * `<outcome-run-chart>`: is this change an improvement, or noise? A measure over time with its
 * median (frozen on a baseline when asked, recomputed in each phase), the run-chart rules (IHI:
 * shift, trend, too few or too many runs, astronomical point; or Anhøj: unusually long run, too few
 * crossings), the goal, and the changes (PDSA cycles) marked where they began. Points that signal
 * are drawn with their own shape and named in the summary and the table, never by colour alone.
 *
 * Data columns: `x` (dates, school years such as `2023-24`, months such as `2024-03`, numbers or
 * labels), `y` (the measure; a blank is a gap), and optionally `phase`, `change` and `description`.
 *
 * @tagname outcome-run-chart
 * @summary A run chart with its median and the run-chart rules, for interim measures.
 * @fires outcome-render - The model was analysed and drawn. `detail`: the run-chart model (points, medians, signals).
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 */
export class OutcomeRunChart extends OutcomeElement<RunChartOptions, RunChartModel> {
  /** Field holding the time (x) value. */
  @property() x = 'x';

  /** Field holding the measure (y) value. */
  @property() y = 'y';

  /** Which run-chart rules to apply: `ihi` (Institute for Healthcare Improvement) or `anhoej` (Anhøj). */
  @property() rules = 'ihi';

  /** Freeze the median on the first N points (the baseline) and extend it; empty for a median of every point. */
  @property() baseline = '';

  /** X values where a new phase begins, comma-separated (`2024-01,2024-08`); each phase gets its own median. */
  @property() phases = '';

  /** Which way is better: `up` or `down`. Without it signals are reported without a direction. */
  @property() direction = '';

  /** The goal, drawn as a line (`15` or `15%`). */
  @property() goal = '';

  /** Fewest useful points before the rules are applied. */
  @property({ attribute: 'min-points' }) minPoints = '10';

  /** How to read and show y: `number` or `percent` (`85%` and `85` both mean 85 percent). */
  @property({ attribute: 'y-format' }) yFormat = 'number';

  /** Changes (PDSA cycles) as JSON: `[{"x":"2024-10","label":"Attendance letters"}]`. A `change` column in the data works too. */
  @property() changes = '';

  /** The x axis title. Default: "Date" for dates, else the x field's name. */
  @property({ attribute: 'x-label' }) xLabel = '';

  /** The y axis title, e.g. "Chronic absence rate". Default: the y field's name. */
  @property({ attribute: 'y-label' }) yLabel = '';

  /**
   * A PDSA log or driver diagram document (JSON URL) whose cycles the changes name by id
   * (`changes='[{"x":"2024-10","label":"PDSA 3","cycle":"pdsa-3"}]'`): the chart then lists the
   * changes tested with each cycle's plan, prediction, result and decision, and activating a
   * change's label in the chart opens its details.
   */
  @property({ attribute: 'pdsa-src' }) pdsaSrc = '';

  static override styles = [
    ...OutcomeElement.styles,
    css`
      .changes-tested { margin-top: 0.75rem; }
      .changes-heading { font-weight: 700; margin-bottom: 0.25rem; }
      .changes-tested details { border: 1px solid var(--outcome-border-color, #767676); border-radius: var(--outcome-radius, 6px); padding: 0.375rem 0.625rem; margin: 0.375rem 0; }
      .changes-tested summary { cursor: pointer; font-weight: 600; }
      .changes-tested .meta { margin: 0.25rem 0; font-size: 0.875rem; }
      .changes-tested dl { margin: 0.25rem 0 0; }
      .changes-tested dt { font-weight: 700; }
      .changes-tested dd { margin: 0 0 0.25rem; }
    `,
  ];

  @state() private cycles: ReadonlyMap<string, PdsaCycleInput> = new Map();
  @state() private openCycle: string | null = null;
  private changesModule?: ChangesModule;
  private cyclesAbort?: AbortController;
  private readonly listening = new WeakSet<object>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pdsaSrc')) void this.loadCycles();
  }

  private async loadCycles(): Promise<void> {
    this.cyclesAbort?.abort();
    this.cycles = new Map();
    if (!this.pdsaSrc) return;
    const abort = (this.cyclesAbort = new AbortController());
    try {
      this.changesModule ??= await import('./changes-tested.js');
      const cycles = await this.changesModule.loadCycles(new URL(this.pdsaSrc, document.baseURI).href, abort.signal);
      if (!abort.signal.aborted) this.cycles = cycles;
    } catch {
      // The chart stands on its own: a missing or bad PDSA document only leaves the details out.
      if (!abort.signal.aborted) this.cycles = new Map();
    }
  }

  protected override updated(): void {
    super.updated();
    if (!this.cycles.size) return;
    void this.chartComplete().then((view) => {
      const target = view as unknown as { addEventListener?(type: string, handler: (event: unknown, item: { datum?: { label?: unknown } } | null) => void): void } | null;
      if (!target?.addEventListener || this.listening.has(target)) return;
      this.listening.add(target);
      target.addEventListener('click', (_event, item) => {
        const label = item?.datum?.label;
        const change = this.currentModel?.options.changes.find((c) => c.label === label && c.cycle && this.cycles.has(c.cycle));
        if (change?.cycle) this.showCycle(change.cycle);
      });
    });
  }

  /** Opens a PDSA cycle's details under the chart and moves focus to them. */
  showCycle(id: string): void {
    this.openCycle = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`details[data-cycle="${CSS.escape(id)}"] > summary`)?.focus());
  }

  protected override renderContent(views: Views, model: RunChartModel): TemplateResult | typeof nothing {
    const chart = super.renderContent(views, model);
    if (!this.cycles.size || !this.changesModule) return chart;
    const onToggle = (id: string, open: boolean) => {
      if (open) this.openCycle = id;
      else if (this.openCycle === id) this.openCycle = null;
    };
    return html`${chart}${this.changesModule.changesTemplate(model, this.cycles, this.language, this.headingLevel, this.openCycle, onToggle)}`;
  }

  /** X values to show but leave out of the median and the rules, comma-separated. */
  @property() exclude = '';

  /** Group dated rows into `week`, `month`, `quarter` or `school-year` points (each the mean, or Σy/Σn with `n`). */
  @property({ attribute: 'x-period' }) xPeriod = '';

  /** Field holding the denominator: y is then a count and each point Σy / Σn (a rate). */
  @property() n = '';

  /** `mean` pools rows that share an x; `none` keeps them apart. Default: pool with `x-period` or `n`. */
  @property() pool = '';

  protected override widget() {
    return import('./widget.js').then((m) => m.widget);
  }

  protected override analysisOptions(): RunChartOptionsInput {
    return optionsFromProperties(this, RUN_CHART_ATTRIBUTES);
  }
}
