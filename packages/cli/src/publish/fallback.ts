/**
 * The no-JS fallback of one entity, which the elements show until they draw: an HTML fragment
 * (heading, summary, table) drawn from the element's own views in core — the county grid for a
 * county, the equity report for a district or school — with `viewsToHtml`, and a static SVG of
 * the latest year's groups × indicators (each cell its Dashboard colour with the colour's shape
 * and name, so colour is never alone), with the views' title and summary as `<title>`/`<desc>`.
 * Only what the document holds is used, so the privacy cut applies to the fallback too.
 */
import {
  DASHBOARD_INDICATORS,
  countyGridWidget,
  drawViews,
  equityReportWidget,
  escapeXml,
  resolveGroup,
  viewsToHtml,
  withTitleAndDesc,
  type DashboardColor,
  type DashboardRecord,
  type EntityDocument,
  type Lang,
  type Views,
  type WidgetDefinition,
} from '@outcome-kit/core';

const COLOR_NAME: Record<Lang, Record<DashboardColor, string>> = {
  en: { red: 'Red', orange: 'Orange', yellow: 'Yellow', green: 'Green', blue: 'Blue' },
  es: { red: 'Rojo', orange: 'Anaranjado', yellow: 'Amarillo', green: 'Verde', blue: 'Azul' },
};
/** The Dashboard's colours (fills) and a text colour with AA contrast on each. */
const FILL: Record<DashboardColor, [string, string]> = { red: ['#b3261e', '#fff'], orange: ['#e8833a', '#000'], yellow: ['#f4d03f', '#000'], green: ['#2e7d32', '#fff'], blue: ['#1f5fa8', '#fff'] };
/** The Dashboard's shape for each colour (drawn beside the name): ◆ red, ▲ orange, ● yellow, ■ green, ★ blue. */
const SHAPE: Record<DashboardColor, string> = { red: '◆', orange: '▲', yellow: '●', green: '■', blue: '★' };

/** Column headings short enough for a 118-pixel column (the full names are in the title, summary and table). */
const SHORT: Record<Lang, Record<string, string>> = {
  en: { chronic: 'Chronic absence', susp: 'Suspension', elpi: 'EL progress', grad: 'Graduation', cci: 'College/career', ela: 'ELA', math: 'Math' },
  es: { chronic: 'Ausentismo', susp: 'Suspensión', elpi: 'Progreso EL', grad: 'Graduación', cci: 'Universidad', ela: 'Inglés', math: 'Matemáticas' },
};

const TEXT = {
  en: {
    kind: { state: 'State', county: 'County', district: 'District', coe: 'County office of education', charter: 'Charter', school: 'School' } as Record<string, string>,
    group: 'Student group',
    none: 'No color',
    noData: '—',
    caption: (name: string, year: string) => `${name}: Dashboard ${year}, by student group`,
    summary: (name: string, year: string, groups: number, indicators: number) => `${name}, California School Dashboard ${year}: ${groups} student groups across ${indicators} indicators.`,
    all: (parts: string) => ` All Students: ${parts}.`,
    da: (year: string, eligible: boolean, groups: string) => (eligible ? ` Eligible for differentiated assistance in ${year} (${groups}).` : ` Not eligible for differentiated assistance in ${year}.`),
    privacy: (t: number) => ` Groups of ${t} or fewer students are not shown.`,
    empty: (name: string) => `${name}: no Dashboard results to show.`,
  },
  es: {
    kind: { state: 'Estado', county: 'Condado', district: 'Distrito', coe: 'Oficina de educación del condado', charter: 'Chárter', school: 'Escuela' } as Record<string, string>,
    group: 'Grupo de estudiantes',
    none: 'Sin color',
    noData: '—',
    caption: (name: string, year: string) => `${name}: Dashboard ${year}, por grupo de estudiantes`,
    summary: (name: string, year: string, groups: number, indicators: number) => `${name}, California School Dashboard ${year}: ${groups} grupos de estudiantes en ${indicators} indicadores.`,
    all: (parts: string) => ` Todos los estudiantes: ${parts}.`,
    da: (year: string, eligible: boolean, groups: string) => (eligible ? ` Elegible para asistencia diferenciada en ${year} (${groups}).` : ` No elegible para asistencia diferenciada en ${year}.`),
    privacy: (t: number) => ` No se muestran los grupos de ${t} estudiantes o menos.`,
    empty: (name: string) => `${name}: no hay resultados del Dashboard.`,
  },
};

const latest = (doc: EntityDocument): string | null => (doc.years.length ? doc.years[doc.years.length - 1]! : null);
const ORDER = ['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'ELO', 'LTEL', 'RFP', 'EO', 'SED', 'SWD', 'FOS', 'HOM'];
const byGroupOrder = (a: string, b: string) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/** The latest year's grid of one entity: groups (rows) × indicators (columns). */
interface Grid {
  year: string;
  groups: string[];
  indicators: EntityDocument['indicators'];
  cell: (group: string, indicator: string) => DashboardRecord | undefined;
}

function gridOf(doc: EntityDocument): Grid | null {
  const year = latest(doc);
  if (!year) return null;
  const mine = doc.records.filter((r) => r.year === year);
  if (!mine.length) return null;
  const map = new Map(mine.map((r) => [`${r.group}|${r.indicator}`, r]));
  const groups = [...new Set(mine.map((r) => r.group))].sort(byGroupOrder);
  const indicators = doc.indicators.filter((i) => mine.some((r) => r.indicator === i));
  return { year, groups, indicators, cell: (g, i) => map.get(`${g}|${i}`) };
}

const FORMAT: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }), es: new Intl.NumberFormat('es-US', { maximumFractionDigits: 1 }) };
const fmt = (v: number | null, lang: Lang) => (v === null ? '' : FORMAT[lang].format(v));

/** A cell in words: "Orange ▲ 12.3" / "No color 12.3" / "—". */
function cellWords(r: DashboardRecord | undefined, lang: Lang): string {
  const t = TEXT[lang];
  if (!r) return t.noData;
  const color = r.color ? `${COLOR_NAME[lang][r.color]} ${SHAPE[r.color]}` : t.none;
  const unit = DASHBOARD_INDICATORS[r.indicator].unit === 'percent' ? '%' : '';
  return r.status === null ? color : `${color} ${fmt(r.status, lang)}${unit}`;
}

/** The entity's heading and summary in one language. */
export function fallbackText(doc: EntityDocument, lang: Lang): { title: string; summary: string } {
  const t = TEXT[lang];
  const title = `${doc.entity.name}${doc.meta.illustrative ? (lang === 'es' ? ' (ilustrativo)' : ' (illustrative)') : ''} · ${t.kind[doc.entity.kind] ?? ''}`;
  const grid = gridOf(doc);
  if (!grid) return { title, summary: t.empty(doc.entity.name) };
  let summary = t.summary(doc.entity.name, grid.year, grid.groups.length, grid.indicators.length);
  const all = grid.indicators.map((i) => [i, grid.cell('ALL', i)] as const).filter(([, r]) => r);
  if (all.length) summary += t.all(all.map(([i, r]) => `${DASHBOARD_INDICATORS[i].name[lang]} ${cellWords(r, lang)}`).join('; '));
  const da = doc.da?.[grid.year.replace(/f$/, '')] ?? doc.da?.[grid.year];
  if (da) summary += t.da(grid.year, da.eligible, da.qualifyingGroups.map((g) => resolveGroup(g).name[lang]).join(', '));
  summary += t.privacy(doc.meta.suppressBelow);
  return { title, summary };
}

// A widget as the fallback drives it: options and model left `unknown`.
type AnyWidget = WidgetDefinition<unknown, unknown>;

/** The element's model for a document (analysed once for both languages): the county grid for a county, the equity report otherwise; null when it has nothing to show. */
function entityModel(doc: EntityDocument): { def: AnyWidget; model: unknown } | null {
  const def = (doc.entity.kind === 'county' ? countyGridWidget : equityReportWidget) as unknown as AnyWidget;
  const options = def.options ? def.options({}) : {};
  const model = def.analyse({ value: doc, format: 'json', firstRow: 1 }, options);
  return def.isEmpty(model) ? null : { def, model };
}

/** The element's views for a document in one language, or null when it has nothing to show. */
export function entityViews(doc: EntityDocument, lang: Lang, analysed = entityModel(doc)): Views | null {
  return analysed ? drawViews(analysed.def, analysed.model, { lang }) : null;
}

/** The HTML fragment: the element's heading, summary and table (header cells, caption), or a short note when there is nothing to show. */
export function fallbackHtml(doc: EntityDocument, lang: Lang = 'en', views: Views | null = entityViews(doc, lang)): string {
  if (views) return `${viewsToHtml(views, { lang }).replace('<section class="outcome-kit-static"', `<section class="outcome-kit-static outcome-fallback" data-cds="${escapeXml(doc.entity.cds)}"`)}\n`;
  return ownHtml(doc, lang);
}

/** The fragment from the document alone (an entity with no results to report). */
function ownHtml(doc: EntityDocument, lang: Lang): string {
  const t = TEXT[lang];
  const { title, summary } = fallbackText(doc, lang);
  const grid = gridOf(doc);
  const e = escapeXml;
  let table = '';
  if (grid) {
    const head = `<tr><th scope="col">${e(t.group)}</th>${grid.indicators.map((i) => `<th scope="col">${e(DASHBOARD_INDICATORS[i].name[lang])}</th>`).join('')}</tr>`;
    const body = grid.groups.map((g) => `<tr><th scope="row">${e(resolveGroup(g).name[lang])}</th>${grid.indicators.map((i) => `<td>${e(cellWords(grid.cell(g, i), lang))}</td>`).join('')}</tr>`).join('\n');
    table = `\n<table><caption>${e(t.caption(doc.entity.name, grid.year))}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table>`;
  }
  return `<section class="outcome-fallback" lang="${lang}" data-cds="${e(doc.entity.cds)}">\n<h2>${e(title)}</h2>\n<p>${e(summary)}</p>${table}\n</section>\n`;
}

/** The static SVG: the latest year's grid, each cell its colour, shape and name. */
export function fallbackSvg(doc: EntityDocument, lang: Lang = 'en', views: Views | null = entityViews(doc, lang)): string {
  const { title, summary } = views ?? fallbackText(doc, lang);
  const grid = gridOf(doc);
  const labelW = 230;
  const cellW = 118;
  const rowH = 26;
  const headH = 40;
  const e = escapeXml;
  const groups = grid?.groups ?? [];
  const indicators = grid?.indicators ?? [];
  const width = labelW + cellW * Math.max(indicators.length, 1);
  const height = headH + rowH * Math.max(groups.length, 1) + 4;
  const parts: string[] = [];
  indicators.forEach((i, k) => {
    parts.push(`<text x="${labelW + k * cellW + cellW / 2}" y="${headH - 10}" text-anchor="middle" font-size="11" font-weight="bold">${e(SHORT[lang][i])}</text>`);
  });
  groups.forEach((g, row) => {
    const y = headH + row * rowH;
    parts.push(`<text x="4" y="${y + 17}" font-size="12">${e(resolveGroup(g).name[lang])}</text>`);
    indicators.forEach((i, k) => {
      const r = grid!.cell(g, i);
      const x = labelW + k * cellW;
      const [fill, ink] = r?.color ? FILL[r.color] : ['#f2f2f2', '#000'];
      parts.push(`<rect x="${x + 2}" y="${y + 2}" width="${cellW - 4}" height="${rowH - 4}" fill="${fill}" stroke="#666" stroke-width="0.5"/><text x="${x + cellW / 2}" y="${y + 17}" text-anchor="middle" font-size="11" fill="${ink}">${e(cellWords(r, lang))}</text>`);
    });
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
  return withTitleAndDesc(svg, title, summary);
}

/** An entity's fallback files: the HTML fragment in English and Spanish and the SVG (English). */
export function fallbackFiles(doc: EntityDocument): { html: string; htmlEs: string; svg: string } {
  const analysed = entityModel(doc);
  const en = entityViews(doc, 'en', analysed);
  return { html: fallbackHtml(doc, 'en', en), htmlEs: fallbackHtml(doc, 'es', entityViews(doc, 'es', analysed)), svg: fallbackSvg(doc, 'en', en) };
}
