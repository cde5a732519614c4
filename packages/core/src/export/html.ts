import type { Lang } from '../i18n/lang.js';
import type { Views } from '../pipeline/widget.js';
import { escapeXml } from './svg.js';

/** How to write the fragment. */
export interface HtmlFragmentOptions {
  lang: Lang;
  /** The heading's level (1–6, default 2). */
  headingLevel?: number;
  /** A static SVG of the chart to put before the summary (already escaped, from the renderer). */
  svg?: string;
}

/**
 * A widget's views as a static HTML fragment, for pages without scripts (a CMS fallback, the
 * published folder, a newsletter): the heading, the chart's SVG when there is one, the summary
 * and the data table with its caption and header cells. Every data string is escaped and
 * isolated (`dir="auto"`), so no data text runs or turns the text around it.
 */
export function viewsToHtml(views: Views, options: HtmlFragmentOptions): string {
  const level = Math.min(6, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const t = views.table;
  const cell = (tag: 'th' | 'td', text: string, numeric?: boolean, scope?: string) =>
    `<${tag}${scope ? ` scope="${scope}"` : ''}${numeric ? ' class="num"' : ''} dir="auto">${escapeXml(text)}</${tag}>`;
  const head = `<tr>${t.columns.map((c) => cell('th', c.label, c.numeric, 'col')).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr>${t.columns.map((c) => cell('td', r[c.key] ?? '', c.numeric)).join('')}</tr>`).join('\n');
  return [
    `<section class="outcome-kit-static" lang="${options.lang}">`,
    `<h${level} dir="auto">${escapeXml(views.title)}</h${level}>`,
    options.svg ? `<figure>${options.svg}</figure>` : '',
    `<p dir="auto">${escapeXml(views.summary)}</p>`,
    `<table><caption dir="auto">${escapeXml(t.caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
