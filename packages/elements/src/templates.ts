import { html, nothing, type TemplateResult } from 'lit';
import type { DataTable, MessageCatalogue, Problem, Lang } from '@outcome-kit/core';

/** A heading at the level the page asks for (1–6), so the widget fits the page's outline. */
export function headingTemplate(level: number, text: string): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class="heading" part="heading">${text}</h1>`;
    case 3:
      return html`<h3 class="heading" part="heading">${text}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading">${text}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading">${text}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading">${text}</h6>`;
    default:
      return html`<h2 class="heading" part="heading">${text}</h2>`;
  }
}

/** The data table: every value the chart shows, as text. Cells are text, never markup. */
export function tableTemplate(table: DataTable): TemplateResult {
  return html`<table>
    <caption>${table.caption}</caption>
    <thead>
      <tr>${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr>${table.columns.map((c) => html`<td class=${c.numeric ? 'num' : ''}>${row[c.key] ?? ''}</td>`)}</tr>`,
      )}
    </tbody>
  </table>`;
}

/** The error state: the headline problem, the others listed, and how many more there are. */
export function errorTemplate(m: MessageCatalogue, lang: Lang, problems: Problem[], total: number): TemplateResult {
  const rest = problems.slice(1);
  return html`<div class="status" part="error" role="alert">
    <strong>${m.errorTitle}.</strong>
    ${problems[0]?.message[lang]}
    ${rest.length ? html`<ul>${rest.map((p) => html`<li>${p.message[lang]}</li>`)}</ul>` : nothing}
    ${total > problems.length ? html`<p>${m.moreErrors(total - problems.length)}</p>` : nothing}
  </div>`;
}
