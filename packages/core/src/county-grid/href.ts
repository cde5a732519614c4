import type { GridRow } from './types.js';

/**
 * A row's link from the page's template: `{cds}`, `{href}` (the published document's path) and
 * `{name}` are replaced, each URL-encoded (`{href}` keeps its slashes). A link that would run
 * script (`javascript:`, `vbscript:`, `data:`) gives null, so data can never turn into one.
 */
export function expandHref(template: string, row: Pick<GridRow, 'cds' | 'name' | 'href'>): string | null {
  if (!template) return null;
  if (template.includes('{href}') && !row.href) return null;
  const url = template
    .replace(/\{cds\}/g, encodeURIComponent(row.cds))
    .replace(/\{name\}/g, encodeURIComponent(row.name))
    .replace(/\{href\}/g, (row.href ?? '').split('/').map(encodeURIComponent).join('/'));
  return /^\s*(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u001f]/g, '')) ? null : url;
}
