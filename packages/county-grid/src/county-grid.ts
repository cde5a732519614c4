import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { COUNTY_GRID_ATTRIBUTES, type CountyGridModel, type CountyGridOptions, type CountyGridOptionsInput, type GridFilter, type GridRow, type SortState, type Views, type WidgetDefinition } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';
import { countyGridStyles } from './county-grid.styles.js';
import type { GridViews } from './views.js';

/** `outcome-select` detail: the district or school whose row was activated, and its link. */
export interface CountyGridSelectDetail {
  cds: string;
  name: string;
  kind: GridRow['kind'];
  /** Its published document's path (from the document), or null. */
  href: string | null;
  /** The link from `report-href`, or null. */
  url: string | null;
  year: string | null;
  group: string;
}

let uid = 0;

/** The grid's templates, which come with the analysis in the lazily loaded chunk. */
let views: GridViews | undefined;

/**
 * `<outcome-county-grid>`: the page a county office leads with. Every district of a county (or
 * every school of a district) × every Dashboard indicator for All Students (or the `group` chosen),
 * each cell the Dashboard colour with its shape and level names, and each LEA's differentiated-
 * assistance status. Sort by any column, search by name or CDS code, show only the LEAs eligible
 * for DA, switch the year and the student group. Each row's name opens that entity's equity
 * report: a link made from `report-href` (`districts.html?cds={cds}`; `{href}` is the published
 * document's path), and an `outcome-select` event the page may cancel to route by itself.
 *
 * Data: a county's (or district's) entity document as `outcome-kit publish` writes it
 * (`src="/dash/counties/60.json"`), or the same object as the `data` property.
 *
 * @tagname outcome-county-grid
 * @summary Every district or school × Dashboard indicators, with DA status.
 * @fires outcome-render - The model was analysed and the grid drawn. `detail`: the county-grid model.
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @fires outcome-select - A row's name was activated. Cancelable: cancel it to stop the link. `detail`: `{ cds, name, kind, href, url, year, group }`.
 * @csspart controls - The search, DA filter, group and year selectors.
 * @csspart count - "Showing 5 of 8 districts."
 * @csspart grid - The table.
 * @cssproperty [--outcome-muted-color=#4a4a4a] - Secondary text (numbers, DA groups).
 */
export class OutcomeCountyGrid extends OutcomeElement<CountyGridOptions, CountyGridModel> {
  static override styles = [...OutcomeElement.styles, countyGridStyles];

  /** Dashboard year to show (e.g. `2024`). Defaults to the latest; a selector appears when there are several. */
  @property() year = '';

  /** Student group shown in every row: a CDE code (`ALL`, `SWD`, `EL`…) or its name. */
  @property() group = 'ALL';

  /** Results of groups with this many students or fewer are never shown. */
  @property({ attribute: 'suppress-below' }) suppressBelow = '10';

  /** Link of each row's equity report: `{cds}`, `{href}` (the published document's path) and `{name}` are filled in. Without it, a row's name is a button that only fires `outcome-select`. */
  @property({ attribute: 'report-href' }) reportHref = '';

  /** Text to search the names (and CDS codes) for. */
  @property() query = '';

  /** Show only the LEAs eligible for differentiated assistance. */
  @property({ attribute: 'da-only', type: Boolean }) daOnly = false;

  /** The column the table is sorted by. A plain field: sorting never re-analyses. */
  private sort: SortState | null = null;
  private readonly gid = `cg${++uid}`;

  protected override widget(): Promise<WidgetDefinition<CountyGridOptions, CountyGridModel>> {
    return import('./widget.js').then((m) => {
      views = m.gridViews;
      return m.widget;
    });
  }

  protected override analysisOptions(): CountyGridOptionsInput {
    return optionsFromProperties(this, COUNTY_GRID_ATTRIBUTES);
  }

  /** Sorts the table by a column, as activating its header does (a second time flips the order). */
  sortBy(key: SortState['key'], direction?: SortState['direction']): void {
    this.sort = direction ? { key, direction } : (views?.nextSort(this.sort, key) ?? { key, direction: 'ascending' });
    this.requestUpdate();
  }

  /** Opens a row as activating its name does: fires `outcome-select`; returns false when the page cancelled it. */
  openRow(cds: string): boolean {
    const model = this.currentModel;
    const row = model?.rows.find((r) => r.cds === cds);
    if (!model || !row) return false;
    const detail: CountyGridSelectDetail = {
      cds: row.cds,
      name: row.name,
      kind: row.kind,
      href: row.href,
      url: views?.expandHref(this.reportHref, row) ?? null,
      year: model.year,
      group: model.group,
    };
    return this.dispatchEvent(new CustomEvent('outcome-select', { bubbles: true, composed: true, cancelable: true, detail }));
  }

  private get filter(): GridFilter {
    return { query: this.query, daOnly: this.daOnly };
  }

  protected override renderContent(_views: Views, model: CountyGridModel): TemplateResult | typeof nothing {
    if (!views) return nothing;
    return views.gridTemplate(model, {
      lang: this.language,
      ids: this.gid,
      sort: this.sort,
      filter: this.filter,
      reportHref: this.reportHref,
      onSort: (key) => this.sortBy(key),
      onQuery: (e) => (this.query = (e.target as HTMLInputElement).value),
      onDaOnly: (e) => (this.daOnly = (e.target as HTMLInputElement).checked),
      onYear: (e) => (this.year = (e.target as HTMLSelectElement).value),
      onGroup: (e) => (this.group = (e.target as HTMLSelectElement).value),
      onOpen: (row, e) => {
        if (!this.openRow(row.cds)) e.preventDefault();
      },
    });
  }

  /** The filters change what is shown, never the model: a change of `query` or `da-only` alone does not re-analyse. */
  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && [...changed.keys()].every((k) => k === 'query' || k === 'daOnly')) return;
    super.willUpdate(changed);
  }
}
