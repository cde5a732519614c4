import type { FileData } from './data.js';
import { h } from './form.js';
import type { Attributes } from './snippets.js';

/** What the preview shows: nothing yet, loading, the widget, or the element's error. */
export type PreviewState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; title: string }
  | { kind: 'error'; message: string; total: number };

interface ErrorDetail {
  message: string;
  total?: number;
}

interface WidgetElement extends HTMLElement {
  currentViews?: { title?: string };
  currentModel?: unknown;
}

/**
 * The live preview: the element exactly as the script-tag code writes it (same attributes; a
 * chosen file as the same inline `<script>`). It reports the element's `outcome-render` and
 * `outcome-error` events, so the builder can show the error and hold back the Copy buttons.
 */
export class Preview {
  private element: WidgetElement | null = null;
  private applied = '';

  constructor(
    private readonly container: HTMLElement,
    private readonly onState: (state: PreviewState) => void,
  ) {
    container.addEventListener('outcome-render', (event) => {
      const el = this.element;
      if (!el || event.target !== el) return;
      this.onState({ kind: 'ready', title: el.currentViews?.title ?? '' });
    });
    container.addEventListener('outcome-error', (event) => {
      if (event.target !== this.element) return;
      const detail = (event as CustomEvent<ErrorDetail>).detail;
      this.onState({ kind: 'error', message: detail.message, total: detail.total ?? 1 });
    });
    this.clear();
  }

  /** The model the preview's element drew (what the code may publish is read from it), or undefined. */
  get model(): unknown {
    return this.element?.currentModel;
  }

  /** Shows the element; does nothing when nothing changed (the element would fire no event). */
  show(tag: string, attributes: Attributes, file: FileData | null): void {
    const key = JSON.stringify([tag, attributes, file?.format, file?.text]);
    if (key === this.applied) return;
    this.applied = key;
    let el = this.element;
    if (!el || el.localName !== tag) {
      el = document.createElement(tag) as WidgetElement;
      this.element = el;
      this.container.replaceChildren(el);
    }
    const wanted = new Map(attributes.map(([name, value]) => [name, value === true ? '' : value]));
    for (const name of el.getAttributeNames()) if (!wanted.has(name)) el.removeAttribute(name);
    const script = el.querySelector(':scope > script');
    if (file) {
      // The inline data first, then drop src: the element then reloads from the script child.
      const type = file.format === 'json' ? 'application/json' : 'text/csv';
      if (!script || script.getAttribute('type') !== type || script.textContent !== file.text) {
        el.replaceChildren(h('script', { type }, file.text));
      }
    } else if (script) {
      script.remove();
    }
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    this.onState({ kind: 'loading' });
  }

  /** No data yet: a placeholder instead of the element. */
  clear(): void {
    this.element = null;
    this.applied = '';
    this.container.replaceChildren(h('p', { class: 'placeholder' }, 'The chart appears here once you give the data in step 2.'));
    this.onState({ kind: 'none' });
  }
}
