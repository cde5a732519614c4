import { html, nothing, type TemplateResult } from 'lit';
import {
  cellLabel,
  COUNTY_MESSAGES,
  compareCells,
  daReasonTexts,
  gapChartInput,
  indicatorName,
  levelsText,
  nextSort,
  compactNumbersText,
  colorName,
  reasonText,
  sortRows,
  yearText,
  type CountyIndicator,
  type EquityGroupRow,
  type EquityReportModel,
  type Lang,
  type ResultCell,
  type SortKey,
  type SortState,
} from '@outcome-kit/core';
import { colorSwatch } from './shapes.js';

/** What the report's template needs from the element. */
export interface ReportContext {
  lang: Lang;
  ids: string;
  headingLevel: number;
  sort: SortState | null;
  open: { group: string; indicator: CountyIndicator } | null;
  onSort(key: SortKey): void;
  onCell(group: string, indicator: CountyIndicator): void;
  onYear(e: Event): void;
  onClose(): void;
  closeChart(): void;
}

/** A heading inside the widget, one level under the widget's own. */
const subheading = (ctx: ReportContext, text: string, id?: string) =>
  html`<div class="subheading" role="heading" aria-level=${String(Math.min(6, ctx.headingLevel + 1))} id=${id ?? nothing}>${text}</div>`;

/** Group rows in a column's order (Red first for an indicator; the language's collation for names). */
export function sortGroups(rows: readonly EquityGroupRow[], sort: SortState | null, lang: Lang): EquityGroupRow[] {
  if (!sort || sort.key === 'da') return [...rows];
  if (sort.key === 'name') return sortRows(rows, sort, (a, b) => a.name[lang].localeCompare(b.name[lang], lang === 'es' ? 'es-US' : 'en-US'));
  const key = sort.key;
  return sortRows(rows, sort, (a, b) => compareCells(a.cells[key], b.cells[key]), (r) => !r.cells[key]);
}

function sortHeader(label: string, key: SortKey, ctx: ReportContext, scope: 'col' = 'col'): TemplateResult {
  const m = COUNTY_MESSAGES[ctx.lang];
  const sorted = ctx.sort?.key === key ? ctx.sort.direction : null;
  const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕';
  return html`<th scope=${scope} aria-sort=${sorted ?? 'none'}>
    <button type="button" class="sort" data-sort=${key} title=${m.sortBy(label)} @click=${() => ctx.onSort(key)}>
      <span>${label}</span><span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

/** One cell: the swatch and the colour with its levels, then the numbers; a button that opens the gap chart. */
function cellTemplate(row: EquityGroupRow, indicator: CountyIndicator, cell: ResultCell | undefined, ctx: ReportContext): TemplateResult {
  const m = COUNTY_MESSAGES[ctx.lang];
  if (!cell) return html`<td><span class="nodata">—<span class="visually-hidden"> ${m.noData}</span></span></td>`;
  const levels = levelsText(cell, ctx.lang);
  const why = cell.color ? '' : reasonText(cell, ctx.lang);
  return html`<td>
    <button type="button" class="cell" data-group=${row.code} data-indicator=${indicator} data-color=${cell.color ?? 'none'} title=${m.openChart(indicatorName(indicator, ctx.lang), row.name[ctx.lang])} @click=${() => ctx.onCell(row.code, indicator)}>
      <span class="cell-color">${colorSwatch(cell.color)}<span>${colorName(cell, ctx.lang)}</span><span class="visually-hidden"> · </span></span>
      ${levels || why ? html`<span class="cell-levels">${[why ? `(${why})` : '', levels].filter(Boolean).join(' · ')}</span>` : nothing}
      <span class="cell-numbers">${compactNumbersText(cell, ctx.lang)}</span>
    </button>
  </td>`;
}

function daTemplate(model: EquityReportModel, ctx: ReportContext): TemplateResult | typeof nothing {
  const da = model.da;
  if (!da) return nothing;
  const m = COUNTY_MESSAGES[ctx.lang];
  const groupNames = (codes: string[]) => codes.map((c) => model.groups.find((g) => g.code === c)?.name[ctx.lang] ?? c);
  const reasons = daReasonTexts(da.reasons, da.qualifyingGroups, ctx.lang);
  const qualifying = reasons.filter((r) => r.qualifying);
  const single = reasons.filter((r) => !r.qualifying);
  return html`<section part="da" data-eligible=${String(da.eligible)} aria-labelledby="${ctx.ids}-da">
    ${subheading(ctx, m.daHeading(yearText(model.year, ctx.lang)), `${ctx.ids}-da`)}
    <p class="verdict">${da.eligible ? m.eligible : m.notEligible}</p>
    <p>${da.eligible ? m.eligibleBecause(groupNames(da.qualifyingGroups)) : m.notEligibleBecause}</p>
    ${qualifying.length ? html`<ul class="reasons">${qualifying.map((r) => html`<li>${r.text}</li>`)}</ul>` : nothing}
    ${single.length ? html`<p>${m.oneAreaOnly}</p><ul class="reasons single">${single.map((r) => html`<li>${r.text}</li>`)}</ul>` : nothing}
  </section>`;
}

function countsTemplate(model: EquityReportModel, ctx: ReportContext): TemplateResult {
  const m = COUNTY_MESSAGES[ctx.lang];
  const year = yearText(model.year, ctx.lang);
  return html`<div class="scroll counts-wrap" role="region" aria-labelledby="${ctx.ids}-counts" tabindex="0">
    <table class="counts" part="counts">
      <caption id="${ctx.ids}-counts" class="hidden-caption"><span class="visually-hidden">${m.countsCaption(year)}</span></caption>
      <thead>
        <tr>
          <th scope="col">${m.col.indicator}</th>
          <th scope="col">${m.col.all}</th>
          <th scope="col">${m.col.evaluated}</th>
          <th scope="col">${m.col.red}</th>
          <th scope="col">${m.col.orange}</th>
        </tr>
      </thead>
      <tbody>
        ${model.counts.map((c) => {
          const all = model.groups.find((g) => g.code === 'ALL')?.cells[c.indicator];
          return html`<tr>
            <th scope="row">${indicatorName(c.indicator, ctx.lang)}</th>
            <td><span class="all">${colorSwatch(c.allStudents)}${all ? cellLabel(all, ctx.lang) : '—'}</span></td>
            <td class="num">${c.evaluated}</td>
            <td class="num">${c.red}</td>
            <td class="num">${c.orange}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function dialogTemplate(model: EquityReportModel, ctx: ReportContext): TemplateResult | typeof nothing {
  const open = ctx.open;
  if (!open) return nothing;
  const m = COUNTY_MESSAGES[ctx.lang];
  const input = gapChartInput(model, open.indicator);
  const heading = m.chartHeading(indicatorName(open.indicator, ctx.lang), model.entity.name, yearText(model.year, ctx.lang));
  const defined = !!customElements.get('outcome-gap-chart');
  // The gap chart's own heading names the dialog's content; the dialog takes the same words as its name.
  return html`<dialog part="dialog" aria-label=${heading} @close=${ctx.onClose}>
    <div class="dialog-bar">
      <button type="button" class="close" @click=${ctx.closeChart}>${m.close}</button>
    </div>
    <div class="dialog-body">
      ${defined
        ? html`<outcome-gap-chart
            .data=${input.rows}
            indicator=${input.indicator}
            cds=${input.cds}
            ?high-school=${input.highSchool}
            suspension-table=${input.suspensionTable || nothing}
            reference="all"
            lang=${ctx.lang}
            heading=${heading}
            heading-level=${String(Math.min(6, ctx.headingLevel + 1))}
          ></outcome-gap-chart>`
        : html`<p>${m.chartMissing}</p>`}
    </div>
  </dialog>`;
}

/** The whole report under the heading: year selector, DA verdict, the sortable table, the equity counts, the gap chart's dialog. */
export function reportTemplate(model: EquityReportModel, rows: readonly EquityGroupRow[], ctx: ReportContext): TemplateResult {
  const m = COUNTY_MESSAGES[ctx.lang];
  const year = yearText(model.year, ctx.lang);
  return html`${model.years.length > 1
      ? html`<div class="controls" part="controls">
          <label for="${ctx.ids}-year">${m.year}</label>
          <select id="${ctx.ids}-year" @change=${ctx.onYear}>
            ${[...model.years].reverse().map((y) => html`<option value=${y} ?selected=${y === model.year}>${yearText(y, ctx.lang)}</option>`)}
          </select>
        </div>`
      : nothing}
    ${daTemplate(model, ctx)}
    <p class="caption" aria-hidden="true">${m.caption(model.entity.name, year)}</p>
    <div class="scroll" role="region" aria-labelledby="${ctx.ids}-caption" tabindex="0">
      <table class="report" part="report">
        <caption id="${ctx.ids}-caption" class="hidden-caption"><span class="visually-hidden">${m.caption(model.entity.name, year)}</span></caption>
        <thead>
          <tr>
            ${sortHeader(m.group, 'name', ctx)} ${model.indicators.map((i) => sortHeader(indicatorName(i, ctx.lang), i, ctx))}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-group=${row.code}>
              <th scope="row">${row.name[ctx.lang]}</th>
              ${model.indicators.map((i) => cellTemplate(row, i, row.cells[i], ctx))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${subheading(ctx, m.countsHeading)} ${countsTemplate(model, ctx)} ${dialogTemplate(model, ctx)}`;
}

/** Everything the element takes from the lazily loaded chunk. */
export const reportViews = { reportTemplate, sortGroups, nextSort };
export type ReportViews = typeof reportViews;
