import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  CountyIndicator,
  EquityGroupRow,
  EquityReportModel,
  EquityReportOptions,
  EquityReportOptionsInput,
  ResultCell,
  SortState,
  Views,
  WidgetDefinition,
} from '@outcome-kit/core';
import { EQUITY_REPORT_ATTRIBUTES } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';
import { equityReportStyles } from './equity-report.styles.js';
import type { ReportViews } from './views.js';

/** `outcome-select` detail: the cell that was activated, as model data. */
export interface EquityReportSelectDetail {
  cds: string;
  entity: string;
  year: string | null;
  group: string;
  indicator: CountyIndicator;
  cell: ResultCell;
}

let uid = 0;

/** The report's templates and helpers, which come with the analysis in the lazily loaded chunk. */
let views: ReportViews | undefined;

/**
 * `<outcome-equity-report>`: for one district or school, every student group × every Dashboard
 * indicator. Each cell shows the Dashboard colour with its shape and its level names ("Red · Very
 * Low · Declined"), the status and the change; the Dashboard's equity counts per indicator (student
 * groups with a colour, in Red, in Orange); and, for an LEA, whether it is eligible for
 * differentiated assistance and why, in words. The table sorts by any column (its header is a
 * button; `aria-sort` says how it is sorted). Activating a cell fires `outcome-select` and, unless
 * the page cancels it, opens that indicator's `<outcome-gap-chart>` for the entity in a dialog
 * (the page must define that element: the script-tag bundle does; with npm,
 * `import '@outcome-kit/gap-chart'`).
 *
 * Data: an entity document as `outcome-kit publish` writes it (`src="/dash/districts/6061234.json"`),
 * or the same object as the `data` property. Groups of `suppress-below` or fewer students are
 * never shown.
 *
 * @tagname outcome-equity-report
 * @summary One district or school: student groups × Dashboard indicators, equity counts and DA.
 * @fires outcome-render - The model was analysed and the report drawn. `detail`: the equity-report model.
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @fires outcome-select - A cell was activated (click, Enter or Space). Cancelable: cancel it to keep the gap chart closed. `detail`: `{ cds, entity, year, group, indicator, cell }`.
 * @csspart controls - The year selector's row.
 * @csspart da - The differentiated-assistance verdict and its reasons.
 * @csspart report - The student groups × indicators table.
 * @csspart counts - The equity counts table.
 * @csspart dialog - The gap chart's dialog.
 * @cssproperty [--outcome-da-eligible-color=#a4001d] - The rule beside an "Eligible" DA verdict.
 * @cssproperty [--outcome-muted-color=#4a4a4a] - Secondary text (numbers under the levels).
 */
export class OutcomeEquityReport extends OutcomeElement<EquityReportOptions, EquityReportModel> {
  static override styles = [...OutcomeElement.styles, equityReportStyles];

  /** Dashboard year to show (e.g. `2024`). Defaults to the latest in the document; a selector appears when it has several. */
  @property() year = '';

  /** Groups with this many students or fewer are never shown (published documents already leave them out). */
  @property({ attribute: 'suppress-below' }) suppressBelow = '10';

  /** The column the table is sorted by, and which way. A plain field: sorting never re-analyses. */
  private sort: SortState | null = null;
  /** The cell whose gap chart is open. */
  private open: { group: string; indicator: CountyIndicator } | null = null;
  private readonly rid = `er${++uid}`;

  protected override widget(): Promise<WidgetDefinition<EquityReportOptions, EquityReportModel>> {
    return import('./widget.js').then((m) => {
      views = m.reportViews;
      return m.widget;
    });
  }

  protected override analysisOptions(): EquityReportOptionsInput {
    return optionsFromProperties(this, EQUITY_REPORT_ATTRIBUTES);
  }

  /** Sorts the table by a column, as activating its header does (a second time flips the order). */
  sortBy(key: SortState['key'], direction?: SortState['direction']): void {
    this.sort = direction ? { key, direction } : (views?.nextSort(this.sort, key) ?? { key, direction: 'ascending' });
    this.requestUpdate();
  }

  /** Activates a cell, as clicking it does: fires `outcome-select` and, unless cancelled, opens its gap chart. */
  selectCell(group: string, indicator: CountyIndicator): void {
    const model = this.currentModel;
    const row = model?.groups.find((g) => g.code === group);
    const cell = row?.cells[indicator];
    if (!model || !cell) return;
    const detail: EquityReportSelectDetail = { cds: model.entity.cds, entity: model.entity.name, year: model.year, group, indicator, cell };
    const event = new CustomEvent('outcome-select', { bubbles: true, composed: true, cancelable: true, detail });
    if (!this.dispatchEvent(event)) return;
    this.open = { group, indicator };
    this.requestUpdate();
  }

  /** Closes the gap chart's dialog; focus returns to the cell that opened it. */
  closeChart(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private readonly onDialogClose = () => {
    const was = this.open;
    this.open = null;
    this.requestUpdate();
    if (was) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>(`button.cell[data-group="${CSS.escape(was.group)}"][data-indicator="${was.indicator}"]`)?.focus(),
      );
    }
  };

  private readonly onYear = (e: Event) => {
    this.year = (e.target as HTMLSelectElement).value;
  };

  protected override updated(): void {
    super.updated();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && this.open && !dialog.open) dialog.showModal();
  }

  protected override renderContent(_views: Views, model: EquityReportModel): TemplateResult | typeof nothing {
    if (!views) return nothing;
    const lang = this.language;
    const rows: EquityGroupRow[] = views.sortGroups(model.groups, this.sort, lang);
    return views.reportTemplate(model, rows, {
      lang,
      ids: this.rid,
      headingLevel: this.headingLevel,
      sort: this.sort,
      open: this.open,
      onSort: (key) => this.sortBy(key),
      onCell: (group, indicator) => this.selectCell(group, indicator),
      onYear: this.onYear,
      onClose: this.onDialogClose,
      closeChart: () => this.closeChart(),
    });
  }
}
