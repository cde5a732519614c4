import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { THEORY_OF_ACTION_ATTRIBUTES, type Link, type Measure, type TheoryOfActionModel, type TheoryOfActionOptions, type TheoryOfActionOptionsInput, type Views, type WidgetDefinition } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';
import type { chainTemplate } from './chain.js';
import { DIALOG_MESSAGES } from './dialog-messages.js';
import { theoryOfActionStyles } from './theory-of-action.styles.js';

/** `outcome-select` detail: the link and the measure that was activated, as model data. */
export interface TheoryOfActionSelectDetail {
  link: Link;
  measure: Measure;
  /** True when the activation opened the measure's details, false when it closed them. */
  open: boolean;
}

let uid = 0;

/** The chain's templates, which come with the analysis in the lazily loaded chunk (loaded once per page). */
let chain: typeof chainTemplate | undefined;

/**
 * `<outcome-theory-of-action>`: is our theory of action working, link by link? Shows the chain
 * from the COE's analysis of performance to improvement plans, services, district practice,
 * school and classroom practice and student outcomes as an ordered list of stages. Each link is a
 * card with its status (a name, a shape and a colour), its owner and its interim measures: a
 * sparkline, the latest value and the run-chart verdict in words. A link without a status takes
 * one from its measures' run charts. Where the chain breaks (the first link off track or not
 * started after an on-track link) the card is marked and the summary says so.
 *
 * Data: a JSON document `{ title, description, links: [{ id, stage, label, description, status,
 * owner, evidence, leadsTo, measures: [{ name, unit, direction, goal, values: [{ x, y }] }] }] }`,
 * or a flat CSV with one row per measure value (columns stage, link, label, status, owner,
 * measure, unit, direction, goal, x, y…).
 *
 * Horizontal when the element is at least 60rem wide (`layout="auto"`), vertical when narrower and in print.
 *
 * @tagname outcome-theory-of-action
 * @summary A theory of action's chain, each link with its status and its interim measures.
 * @fires outcome-render - The model was analysed and the chain drawn. `detail`: the theory-of-action model.
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @fires outcome-select - A measure was activated (click, Enter or Space). `detail`: `{ link, measure, open }`.
 * @csspart description - The document's description under the heading.
 * @csspart chain - The ordered list of stages.
 * @csspart stage - One stage (a list item).
 * @csspart stage-name - A stage's name.
 * @csspart link - One link's card.
 * @csspart link-label - A link's label.
 * @csspart link-status - A link's status: shape, name, and "from its measures" when derived.
 * @csspart break - The "The chain breaks here" mark.
 * @csspart measure - One interim measure.
 * @csspart measure-toggle - The button that opens a measure's details.
 * @csspart measure-details - A measure's details: direction, goal, signals, values.
 * @csspart sparkline - A measure's sparkline.
 * @csspart evidence - A link's evidence (a disclosure).
 * @cssproperty [--outcome-status-achieved=#1d4f91] - Colour of "Achieved" (with a star).
 * @cssproperty [--outcome-status-on-track=#1b6b35] - Colour of "On track" (with a checked circle).
 * @cssproperty [--outcome-status-in-progress=#7a4d00] - Colour of "In progress" (with a half circle).
 * @cssproperty [--outcome-status-off-track=#b3261e] - Colour of "Off track" (with a warning triangle) and of the break.
 * @cssproperty [--outcome-status-not-started=#595959] - Colour of "Not started" (with a dashed circle).
 * @cssproperty [--outcome-sparkline-color=#0b5cad] - The sparklines' line.
 * @cssproperty [--outcome-card-background=#ffffff] - The link cards' background.
 */
export class OutcomeTheoryOfAction extends OutcomeElement<TheoryOfActionOptions, TheoryOfActionModel> {
  static override styles = [...OutcomeElement.styles, theoryOfActionStyles];

  /** Run-chart rules behind each measure's verdict: `ihi` (shift, trend, runs, astronomical point) or `anhoej`. */
  @property() rules = 'ihi';

  /** Fewest values a measure needs before the run-chart rules apply; fewer gives "too few points". */
  @property({ attribute: 'min-points' }) minPoints = '10';

  /**
   * When set, opening a measure also shows its full `<outcome-run-chart>` in a dialog as wide as
   * the screen allows (a "Show the run chart" button in its details opens it again); closing it
   * (its button or Escape) returns focus to where it was opened from. The page must define that
   * element (the script-tag bundle does; with npm, `import '@outcome-kit/run-chart/define'`).
   */
  @property({ type: Boolean }) expand = false;

  /** `auto` (horizontal when wide, vertical when narrow), `vertical` or `horizontal` (scrolls sideways when narrow). */
  @property() layout: 'auto' | 'vertical' | 'horizontal' = 'auto';

  /** Measures whose details are open, by link id and measure name. A plain field: opening one never re-analyses. */
  private readonly openMeasures = new Set<string>();
  private readonly chainIds = `toa${++uid}`;

  protected override widget(): Promise<WidgetDefinition<TheoryOfActionOptions, TheoryOfActionModel>> {
    return import('./widget.js').then((m) => {
      chain = m.chainTemplate;
      return m.widget;
    });
  }

  protected override analysisOptions(): TheoryOfActionOptionsInput {
    return optionsFromProperties(this, THEORY_OF_ACTION_ATTRIBUTES);
  }

  /** Opens or closes a measure's details, as activating it does, and fires `outcome-select`. */
  toggleMeasure(linkId: string, measureName: string): void {
    const link = this.currentModel?.links.find((l) => l.id === linkId);
    const measure = link?.measures.find((m) => m.name === measureName);
    if (!link || !measure) return;
    const key = `${link.id}\n${measure.name}`;
    const open = !this.openMeasures.has(key);
    if (open) this.openMeasures.add(key);
    else this.openMeasures.delete(key);
    this.requestUpdate();
    if (open && this.expand && measure.values.length) {
      const opener = this.shadowRoot?.activeElement as HTMLElement | null;
      void this.updateComplete.then(() => this.openDialog(key, opener));
    }
    const detail: TheoryOfActionSelectDetail = { link, measure, open };
    this.dispatchEvent(new CustomEvent('outcome-select', { bubbles: true, composed: true, detail }));
  }

  /** Where focus goes back to when a measure's dialog closes. */
  private dialogOpener: HTMLElement | null = null;

  private dialogFor(key: string): HTMLDialogElement | null {
    return [...(this.shadowRoot?.querySelectorAll<HTMLDialogElement>('dialog.chart-dialog') ?? [])].find((d) => d.dataset.key === key) ?? null;
  }

  /** Opens a measure's run-chart dialog (modal: the page behind is inert until it closes). */
  private openDialog(key: string, opener: HTMLElement | null): void {
    const dialog = this.dialogFor(key);
    if (!dialog || dialog.open) return;
    this.dialogOpener = opener;
    dialog.showModal();
  }

  private readonly onDialogClose = (event: Event) => {
    const dialog = event.currentTarget as HTMLDialogElement;
    const back = this.dialogOpener?.isConnected ? this.dialogOpener : dialog.closest('.measure')?.querySelector<HTMLElement>('.measure-toggle');
    this.dialogOpener = null;
    back?.focus();
  };

  private runChart(link: Link, measure: Measure): TemplateResult | typeof nothing {
    if (!this.expand || !measure.values.length) return nothing;
    // The x as read (a Date when every x is one), so the run chart's axis follows the data's precision.
    const data = measure.values.map((p) => ({ x: p.x instanceof Date ? p.x.toISOString().slice(0, 10) : p.label, y: p.y }));
    const key = `${link.id}\n${measure.name}`;
    const d = DIALOG_MESSAGES[this.language];
    return html`<button type="button" class="chart-open" @click=${(e: Event) => this.openDialog(key, e.currentTarget as HTMLElement)}>${d.showChart}</button>
      <dialog class="chart-dialog" part="chart-dialog" data-key=${key} aria-label=${d.label(link.label, measure.name)} @close=${this.onDialogClose}>
        <div class="dialog-bar"><button type="button" class="dialog-close" part="dialog-close" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${d.close}</button></div>
        ${this.chartIn(link, measure, data)}
      </dialog>`;
  }

  private chartIn(link: Link, measure: Measure, data: Array<{ x: string; y: number | null }>): TemplateResult {
    return html`<outcome-run-chart
      .data=${data}
      heading=${`${link.label}: ${measure.name}`}
      heading-level=${String(Math.min(6, this.headingLevel + 3))}
      lang=${this.language}
      rules=${this.rules}
      min-points=${this.minPoints}
      y-format=${measure.percent ? 'percent' : 'number'}
      direction=${measure.direction ?? ''}
      goal=${measure.goal === null ? '' : String(measure.goal)}
    ></outcome-run-chart>`;
  }

  protected override renderContent(_views: Views, model: TheoryOfActionModel): TemplateResult | typeof nothing {
    if (!chain) return nothing;
    const layout = this.layout === 'vertical' || this.layout === 'horizontal' ? this.layout : 'auto';
    return chain(model, {
      lang: this.language,
      headingLevel: this.headingLevel,
      layout,
      ids: this.chainIds,
      isOpen: (link, measure) => this.openMeasures.has(`${link.id}\n${measure.name}`),
      onToggle: (link, measure) => this.toggleMeasure(link.id, measure.name),
      runChart: (link, measure) => this.runChart(link, measure),
    });
  }
}
