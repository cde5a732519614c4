import type { Attributes } from './snippets.js';
import type { Field, Widget } from './widgets.js';

/** An element with attributes and text, built with DOM calls (never markup from strings). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

const fieldId = (prefix: string, attr: string) => `${prefix}-${attr}`;

/** The starting value of a field: its `initial` one, else the element's default. */
const startValue = (field: Field) => field.initial ?? field.default;

/** One labelled control, its hint tied to it with aria-describedby; a column field picks from `columns` when given. */
function fieldElement(field: Field, prefix: string, columns?: readonly string[]): HTMLElement {
  const id = fieldId(prefix, field.attr);
  const hintId = `${id}-hint`;
  const hint = field.hint ? h('p', { class: 'hint', id: hintId }, field.hint) : null;
  const described: Record<string, string> = hint ? { 'aria-describedby': hintId } : {};
  let control: HTMLInputElement | HTMLSelectElement;
  if (field.column && columns) {
    control = h('select', { id, name: id, ...described });
    if (field.column === 'optional' || !columns.includes(field.default)) {
      control.append(h('option', { value: columns.includes(field.default) ? '' : field.default }, field.column === 'optional' ? '(none in this file)' : '(choose a column)'));
    }
    for (const name of columns) control.append(h('option', { value: name }, name));
    control.value = columns.includes(startValue(field)) ? startValue(field) : (control.options[0]?.value ?? '');
  } else if (field.kind === 'select') {
    control = h('select', { id, name: id, ...described });
    for (const [value, label] of field.options ?? []) control.append(h('option', { value }, label));
    control.value = startValue(field);
  } else if (field.kind === 'checkbox') {
    control = h('input', { id, name: id, type: 'checkbox', ...described });
    control.checked = field.default !== '';
    const box = h('div', { class: 'field check' }, control, h('label', { for: id }, field.label));
    if (hint) box.append(hint);
    return box;
  } else {
    control = h('input', { id, name: id, type: field.kind, spellcheck: 'false', autocomplete: 'off', ...described });
    if (field.kind === 'number') {
      control.inputMode = 'numeric';
      if (field.min !== undefined) control.min = String(field.min);
    }
    control.value = startValue(field);
  }
  control.dataset.attr = field.attr;
  const box = h('div', { class: 'field' }, h('label', { for: id }, field.label));
  if (hint) box.append(hint);
  box.append(control);
  return box;
}

/**
 * The controls for a list of fields. Without a file, column-name fields go into a "Column names"
 * disclosure; with a file's `columns`, every column field comes first, as a picker of its columns.
 */
export function renderFields(container: HTMLElement, fields: Field[], prefix: string, found?: readonly string[]): void {
  const main = h('div', { class: 'field-grid' });
  const columns = h('div', { class: 'field-grid' });
  const picked = found ? fields.filter((f) => f.column) : [];
  if (picked.length) {
    const pickers = h('div', { class: 'field-grid column-pickers' });
    for (const field of picked) pickers.append(fieldElement(field, prefix, found));
    main.append(pickers);
  }
  for (const field of fields) if (!picked.includes(field)) (field.columns ? columns : main).append(fieldElement(field, prefix));
  container.replaceChildren();
  if (main.childElementCount) container.append(main);
  if (columns.childElementCount) {
    container.append(
      h('details', { class: 'advanced' }, h('summary', {}, 'Column names'), h('p', { class: 'hint' }, 'Change these when your file names its columns differently.'), columns),
    );
  }
}

/** The widget choice: one radio button per widget, its description tied to it. */
export function renderWidgetChoices(container: HTMLElement, widgets: Widget[], available: (w: Widget) => boolean): void {
  container.replaceChildren();
  for (const widget of widgets) {
    const id = `widget-${widget.name}`;
    const ok = available(widget);
    const radio = h('input', { type: 'radio', name: 'widget', id, value: widget.name, 'aria-describedby': `${id}-desc` });
    radio.disabled = !ok;
    const desc = ok ? widget.description : `${widget.description} (Not in this copy of Outcome Kit yet.)`;
    container.append(h('div', { class: 'choice' }, radio, h('label', { for: id }, widget.label), h('p', { class: 'hint', id: `${id}-desc` }, desc)));
  }
}

/** A field's current value, as text ('' when empty or unchecked). */
function valueOf(container: HTMLElement, field: Field, prefix: string): string {
  const control = container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(fieldId(prefix, field.attr))}`);
  if (!control) return startValue(field);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked ? 'true' : '';
  return control.value.trim();
}

/** The attributes to write: every field whose value differs from the element's default. */
export function readAttributes(container: HTMLElement, fields: Field[], prefix: string): Attributes {
  const out: Attributes = [];
  for (const field of fields) {
    const value = valueOf(container, field, prefix);
    if (value === field.default) continue;
    if (field.kind === 'checkbox') {
      if (value) out.push([field.attr, true]);
    } else if (value !== '' || field.default !== '') {
      out.push([field.attr, value]);
    }
  }
  return out;
}

/** Sets fields' values (for the sample data). */
export function setValues(container: HTMLElement, fields: Field[], prefix: string, values: Record<string, string>): void {
  for (const field of fields) {
    const control = container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(fieldId(prefix, field.attr))}`);
    if (control && field.attr in values) control.value = values[field.attr]!;
  }
}
