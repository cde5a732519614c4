import { html, nothing, type TemplateResult } from 'lit';
import type { DataTable, MessageCatalogue, Problem, Lang } from '@outcome-kit/core';

/** A heading at the level the page asks for (1–6), so the widget fits the page's outline. */
export function headingTemplate(level: number, text: string): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class="heading" part="heading" dir="auto">${text}</h1>`;
    case 3:
      return html`<h3 class="heading" part="heading" dir="auto">${text}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading" dir="auto">${text}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading" dir="auto">${text}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading" dir="auto">${text}</h6>`;
    default:
      return html`<h2 class="heading" part="heading" dir="auto">${text}</h2>`;
  }
}

/** Rows the data table renders at once: 100 000 rows would be millions of DOM nodes. */
export const TABLE_PAGE_ROWS = 500;

/** The page each table shows (a new table, from new data, starts on its first page). */
const pages = new WeakMap<DataTable, number>();

/** What a paged table needs from its element. */
export interface TablePaging {
  m: MessageCatalogue;
  lang: Lang;
  /** The table is shown: only then are the page buttons there (no invisible tab stops). */
  open: boolean;
  /** Draws the element again after a page change. */
  update(): void;
}

const count = (n: number, lang: Lang) => n.toLocaleString(lang === 'es' ? 'es-US' : 'en-US');

/**
 * The data table: every value the chart shows, as text. Cells are text, never markup, and each is
 * isolated for bidirectional text (`dir="auto"`). Above `TABLE_PAGE_ROWS` rows it shows one page
 * at a time ("Showing 1–500 of 100,000 rows", Previous and Next rows); the CSV export has them all.
 */
export function tableTemplate(table: DataTable, paging?: TablePaging): TemplateResult {
  const total = table.rows.length;
  const last = Math.max(0, Math.ceil(total / TABLE_PAGE_ROWS) - 1);
  const page = Math.min(pages.get(table) ?? 0, last);
  const paged = paging !== undefined && total > TABLE_PAGE_ROWS;
  const rows = paged ? table.rows.slice(page * TABLE_PAGE_ROWS, (page + 1) * TABLE_PAGE_ROWS) : table.rows;
  const go = (to: number) => () => {
    pages.set(table, Math.max(0, Math.min(last, to)));
    paging?.update();
  };
  return html`<table>
      <caption dir="auto">${table.caption}</caption>
      <thead>
        <tr>${table.columns.map((c) => html`<th scope="col" dir="auto">${c.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map((row) => html`<tr>${table.columns.map((c) => html`<td class=${c.numeric ? 'num' : ''} dir="auto">${row[c.key] ?? ''}</td>`)}</tr>`)}
      </tbody>
    </table>
    ${paged
      ? html`<div class="toolbar pager" part="table-pager" role="group" aria-label=${paging.m.tablePages}>
          <p role="status">${paging.m.showingOf(`${count(page * TABLE_PAGE_ROWS + 1, paging.lang)}–${count(page * TABLE_PAGE_ROWS + rows.length, paging.lang)}`, count(total, paging.lang))}</p>
          ${paging.open
            ? html`<button type="button" data-page="previous" ?disabled=${page === 0} @click=${go(page - 1)}>${paging.m.tablePrevious}</button>
                <button type="button" data-page="next" ?disabled=${page === last} @click=${go(page + 1)}>${paging.m.tableNext}</button>`
            : nothing}
        </div>`
      : nothing}`;
}

/** The error state: the headline problem, the others listed, and how many more there are. */
export function errorTemplate(m: MessageCatalogue, lang: Lang, problems: Problem[], total: number): TemplateResult {
  const rest = problems.slice(1);
  return html`<div class="status" part="error" role="alert">
    <strong>${m.errorTitle}.</strong>
    <span dir="auto">${problems[0]?.message[lang]}</span>
    ${rest.length ? html`<ul>${rest.map((p) => html`<li dir="auto">${p.message[lang]}</li>`)}</ul>` : nothing}
    ${total > problems.length ? html`<p>${m.moreErrors(total - problems.length)}</p>` : nothing}
  </div>`;
}
