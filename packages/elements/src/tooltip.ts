/**
 * The chart's tooltip, written with DOM text only. vega-tooltip writes its table with
 * `innerHTML`, which a page with Trusted Types (`require-trusted-types-for 'script'`) refuses;
 * this handler builds the same element (`#vg-tooltip-element`, styled in vega.ts) from text
 * nodes, so no sink is used and no data string can become markup. Every value is isolated for
 * bidirectional text (`dir="auto"`), so a right-to-left override in a name stays inside it.
 */
const ID = 'vg-tooltip-element';
const OFFSET = 10;

function tooltipElement(): HTMLElement {
  let el = document.getElementById(ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ID;
    el.className = 'vg-tooltip custom-theme';
    el.setAttribute('role', 'presentation');
    document.body.append(el);
  }
  return el;
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
};

function cell(tag: 'td' | 'h2', value: unknown, className?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.dir = 'auto';
  el.textContent = text(value);
  return el;
}

/** The tooltip's content: a title and a key–value table for an object, a line of text otherwise. */
function content(value: unknown): Node[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [cell('h2', value)];
  const { title, image: _image, ...rest } = value as Record<string, unknown>;
  const nodes: Node[] = [];
  if (title !== undefined && title !== null && title !== '') nodes.push(cell('h2', title));
  const table = document.createElement('table');
  for (const [key, v] of Object.entries(rest)) {
    if (v === undefined) continue;
    const tr = document.createElement('tr');
    tr.append(cell('td', key, 'key'), cell('td', v, 'value'));
    table.append(tr);
  }
  if (table.rows.length) nodes.push(table);
  return nodes;
}

/** Places the tooltip beside the pointer, inside the window. */
function place(el: HTMLElement, event: MouseEvent): void {
  const { width, height } = el.getBoundingClientRect();
  let x = event.clientX + OFFSET;
  let y = event.clientY + OFFSET;
  if (x + width > window.innerWidth) x = Math.max(0, event.clientX - OFFSET - width);
  if (y + height > window.innerHeight) y = Math.max(0, event.clientY - OFFSET - height);
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
}

/** A Vega tooltip handler (`view.tooltip(handler)`): shows `value` as text, hides on none. */
export function textTooltip(_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void {
  const el = tooltipElement();
  if (value === null || value === undefined || value === '') {
    el.classList.remove('visible');
    return;
  }
  el.replaceChildren(...content(value));
  el.classList.add('visible');
  place(el, event);
}
