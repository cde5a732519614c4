/**
 * Keyboard reach of every point a chart draws. The chart takes focus (Tab); the arrow keys move
 * through its points, Home and End go to the first and last, Page Up / Page Down (and Up / Down
 * where the points fall in phases) jump between phases or groups, and Escape leaves. Each point is
 * announced through a live region with every value and signal of its row in the data table — the
 * points come from the model's table, not from Vega's scenegraph, so what is announced is what
 * the table and the summary say — and shown in a line under the chart for sighted keyboard users.
 */
import { css } from 'lit';
import type { DataTable, MessageCatalogue } from '@outcome-kit/core';

export interface KeyboardOptions {
  /** The chart's data table: one row per point (or group), in the chart's order. */
  table: DataTable;
  messages: MessageCatalogue;
  /** A column whose value groups the rows (Up / Down jump between groups). Default: `phase` when the table has it. */
  groupKey?: string;
  /** Called when Escape leaves the points (the element moves focus on, to its next control). */
  onLeave?: () => void;
  /** The point to go on from (after a redraw: a resize, a scheme change); -1 or undefined: none yet. */
  start?: number;
  /** Called with each point reached (and -1 on Escape), so a redraw can go on from it. */
  onMove?: (index: number) => void;
}

/** The line that shows (and, as a live region, says) the current point. */
export const keyboardStyles = css`
  .point-readout {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .point-readout:empty {
    display: none;
  }
  [part='chart'][tabindex]:focus-visible {
    outline-offset: 4px;
  }
`;

/** One row as it is read out: "Month: March 2024; Rate: 12.5%; Signals: shift". Empty cells are left out. */
export function pointText(table: DataTable, index: number): string {
  const row = table.rows[index];
  if (!row) return '';
  return table.columns
    .map((c) => [c.label, (row[c.key] ?? '').trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('; ');
}

/** The next index for a key, or null when the key is not one of ours (or there is nowhere to go). */
export function nextIndex(key: string, current: number, table: DataTable, groupKey: string | undefined): number | null {
  const last = table.rows.length - 1;
  if (last < 0) return null;
  const at = current < 0 ? -1 : current;
  const groupOf = (i: number) => (groupKey ? (table.rows[i]?.[groupKey] ?? '') : String(i));
  const jump = (step: 1 | -1) => {
    if (at < 0) return step > 0 ? 0 : last;
    const here = groupOf(at);
    let i = at;
    while (i + step >= 0 && i + step <= last && groupOf(i + step) === here) i += step;
    if (step > 0) return Math.min(last, i + 1);
    // Back: to the first point of the previous group (or of this one, from inside it).
    if (i === at) i = Math.max(0, at - 1);
    const previous = groupOf(i);
    while (i - 1 >= 0 && groupOf(i - 1) === previous) i--;
    return i;
  };
  switch (key) {
    case 'ArrowRight':
      return at < 0 ? 0 : Math.min(last, at + 1);
    case 'ArrowLeft':
      return at < 0 ? last : Math.max(0, at - 1);
    case 'ArrowDown':
    case 'PageDown':
      return groupKey ? jump(1) : at < 0 ? 0 : Math.min(last, at + 1);
    case 'ArrowUp':
    case 'PageUp':
      return groupKey ? jump(-1) : at < 0 ? last : Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

let uid = 0;

/**
 * Makes a drawn chart reachable point by point. Returns the function that undoes it (the element
 * calls it before drawing again). The readout sits after the chart, outside its `role="img"`
 * (whose content a screen reader does not read), so its announcements are heard.
 */
export function attachKeyboard(chart: HTMLElement, options: KeyboardOptions): () => void {
  const { table, messages: m } = options;
  if (!table.rows.length) return () => {};
  const groupKey = options.groupKey ?? (table.columns.some((c) => c.key === 'phase') ? 'phase' : undefined);
  const id = `ok-keys-${++uid}`;
  const hint = document.createElement('span');
  hint.id = `${id}-hint`;
  hint.className = 'visually-hidden';
  hint.textContent = m.keysHint;
  const readout = document.createElement('p');
  readout.className = 'point-readout';
  readout.setAttribute('part', 'point-readout');
  readout.setAttribute('role', 'status');
  readout.setAttribute('aria-live', 'polite');
  readout.setAttribute('aria-atomic', 'true');
  chart.after(hint, readout);

  const described = chart.getAttribute('aria-describedby');
  chart.setAttribute('aria-describedby', [described, hint.id].filter(Boolean).join(' '));
  chart.setAttribute('tabindex', '0');
  chart.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown Home End Escape');

  let index = options.start !== undefined && options.start < table.rows.length ? options.start : -1;
  const show = (i: number) => {
    index = i;
    options.onMove?.(i);
    readout.textContent = m.keysPoint(i + 1, table.rows.length, pointText(table, i));
    chart.dataset.point = String(i);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (index < 0 && !readout.textContent) return;
      event.preventDefault();
      index = -1;
      options.onMove?.(-1);
      delete chart.dataset.point;
      readout.textContent = m.keysLeft;
      options.onLeave?.();
      return;
    }
    const next = nextIndex(event.key, index, table, groupKey);
    if (next === null) return;
    event.preventDefault();
    show(next);
  };
  const onFocus = () => {
    // Coming back after Escape: the "left" line goes; the arrow keys start again from the first point.
    if (readout.textContent === m.keysLeft) readout.textContent = '';
  };
  chart.addEventListener('keydown', onKey);
  chart.addEventListener('focus', onFocus);
  return () => {
    chart.removeEventListener('keydown', onKey);
    chart.removeEventListener('focus', onFocus);
    hint.remove();
    readout.remove();
    delete chart.dataset.point;
    // A chart drawn again while it has focus (a resize, a scheme change) keeps it: the keys come back at once.
    const root = chart.getRootNode() as Document | ShadowRoot;
    if (root.activeElement !== chart) chart.removeAttribute('tabindex');
    chart.removeAttribute('aria-keyshortcuts');
    if (described === null) chart.removeAttribute('aria-describedby');
    else chart.setAttribute('aria-describedby', described);
  };
}
