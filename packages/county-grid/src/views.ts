import { html, nothing, type TemplateResult } from 'lit';
import {
  COUNTY_GRID_MESSAGES,
  COUNTY_MESSAGES,
  colorName,
  expandHref,
  filterGridRows,
  resolveGroup,
  indicatorName,
  levelsText,
  nextSort,
  compactNumbersText,
  sortGridRows,
  yearText,
  type CountyGridModel,
  type GridFilter,
  type GridRow,
  type Lang,
  type ResultCell,
  type SortKey,
  type SortState,
} from '@outcome-kit/core';
import { colorSwatch } from './shapes.js';

/** What the grid's template needs from the element. */
export interface GridContext {
  lang: Lang;
  ids: string;
  sort: SortState | null;
  filter: GridFilter;
  reportHref: string;
  onSort(key: SortKey): void;
  onQuery(e: Event): void;
  onDaOnly(e: Event): void;
  onYear(e: Event): void;
  onGroup(e: Event): void;
  onOpen(row: GridRow, e: Event): void;
}

function sortHeader(label: string, key: SortKey, ctx: GridContext): TemplateResult {
  const m = COUNTY_MESSAGES[ctx.lang];
  const sorted = ctx.sort?.key === key ? ctx.sort.direction : null;
  const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕';
  return html`<th scope="col" aria-sort=${sorted ?? 'none'}>
    <button type="button" class="sort" data-sort=${key} title=${m.sortBy(label)} @click=${() => ctx.onSort(key)}>
      <span>${label}</span><span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

function cellTemplate(cell: ResultCell | undefined, ctx: GridContext): TemplateResult {
  if (!cell) return html`<td><span class="nodata">—<span class="visually-hidden"> ${COUNTY_MESSAGES[ctx.lang].noData}</span></span></td>`;
  const levels = levelsText(cell, ctx.lang);
  return html`<td data-color=${cell.color ?? 'none'}>
    <span class="cell-color">${colorSwatch(cell.color)}<span>${colorName(cell, ctx.lang)}</span><span class="visually-hidden"> · </span></span>
    ${levels ? html`<span class="cell-levels">${levels}</span>` : nothing}
    <span class="cell-numbers">${compactNumbersText(cell, ctx.lang)}</span>
  </td>`;
}

function daCell(row: GridRow, ctx: GridContext): TemplateResult {
  const m = COUNTY_GRID_MESSAGES[ctx.lang];
  if (!row.da) return html`<td><span class="nodata">—<span class="visually-hidden"> ${COUNTY_MESSAGES[ctx.lang].noData}</span></span></td>`;
  if (!row.da.eligible) return html`<td data-da="no">${m.daNotEligible}</td>`;
  return html`<td data-da="yes">
    <span class="da-yes">${m.daEligible}</span><span class="visually-hidden">: </span>
    <span class="da-groups">${m.daGroups(row.da.qualifyingGroups.map((g) => resolveGroup(g).name[ctx.lang]))}</span>
  </td>`;
}

function nameCell(row: GridRow, ctx: GridContext): TemplateResult {
  const m = COUNTY_GRID_MESSAGES[ctx.lang];
  const url = expandHref(ctx.reportHref, row);
  const kind = row.kind === 'coe' || row.kind === 'charter' ? html`<span class="kind">${m.kindName[row.kind]}</span>` : nothing;
  const link = url
    ? html`<a href=${url} data-cds=${row.cds} @click=${(e: Event) => ctx.onOpen(row, e)}>${row.name}</a>`
    : html`<button type="button" class="open" data-cds=${row.cds} title=${m.openReport(row.name)} @click=${(e: Event) => ctx.onOpen(row, e)}>${row.name}</button>`;
  return html`<th scope="row">${link}${kind}</th>`;
}

/** The grid under the heading: filters, the count of rows shown, and the sortable table. */
export function gridTemplate(model: CountyGridModel, ctx: GridContext): TemplateResult {
  const m = COUNTY_GRID_MESSAGES[ctx.lang];
  const cm = COUNTY_MESSAGES[ctx.lang];
  const rows = sortGridRows(filterGridRows(model.rows, ctx.filter), ctx.sort, ctx.lang);
  const year = yearText(model.year, ctx.lang);
  return html`<div class="controls" part="controls">
      <label class="field">${m.search}<input type="search" .value=${ctx.filter.query} @input=${ctx.onQuery} autocomplete="off" /></label>
      ${model.hasDa
        ? html`<label class="check"><input type="checkbox" .checked=${ctx.filter.daOnly} @change=${ctx.onDaOnly} />${m.daOnly}</label>`
        : nothing}
      ${model.groups.length > 1
        ? html`<label class="field"
            >${m.groupPicker}
            <select @change=${ctx.onGroup}>
              ${model.groups.map((g) => html`<option value=${g} ?selected=${g === model.group}>${resolveGroup(g).name[ctx.lang]}</option>`)}
            </select></label
          >`
        : nothing}
      ${model.years.length > 1
        ? html`<label class="field"
            >${cm.year}
            <select @change=${ctx.onYear}>
              ${[...model.years].reverse().map((y) => html`<option value=${y} ?selected=${y === model.year}>${yearText(y, ctx.lang)}</option>`)}
            </select></label
          >`
        : nothing}
    </div>
    <p class="count" part="count" role="status">${rows.length ? m.showing(rows.length, model.rows.length, model.childKind) : m.noMatch}</p>
    <p class="caption" aria-hidden="true">${m.caption(model.entity.name, model.childKind, model.groupName[ctx.lang], year)}</p>
    <div class="scroll" role="region" aria-labelledby="${ctx.ids}-caption" tabindex="0">
      <table class="grid" part="grid">
        <caption id="${ctx.ids}-caption" class="hidden-caption"><span class="visually-hidden">${m.caption(model.entity.name, model.childKind, model.groupName[ctx.lang], year)}</span></caption>
        <thead>
          <tr>
            ${sortHeader(m.name(model.childKind), 'name', ctx)} ${model.indicators.map((i) => sortHeader(indicatorName(i, ctx.lang), i, ctx))}
            ${model.hasDa ? sortHeader(m.da, 'da', ctx) : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-cds=${row.cds}>
              ${nameCell(row, ctx)} ${model.indicators.map((i) => cellTemplate(row.cells[i], ctx))} ${model.hasDa ? daCell(row, ctx) : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Everything the element takes from the lazily loaded chunk. */
export const gridViews = { gridTemplate, nextSort, expandHref };
export type GridViews = typeof gridViews;
