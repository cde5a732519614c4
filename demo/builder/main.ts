// The embed builder: a webmaster picks a widget, gives the data (an address, or a file read with
// FileReader), sets the main options, sees the live preview and copies the code. The Copy buttons
// stay disabled until the preview has drawn the widget without an error.
import type { GapModel } from '@outcome-kit/core';
import { loadFile, loadText, type FileData } from './data.js';
import { readAttributes, renderFields, renderWidgetChoices, setValues, h } from './form.js';
import { Preview, type PreviewState } from './preview.js';
import { guessColumns, PRIVACY_FLOOR, privacyNote, publishableGapRows, toCsv, toJson } from './publish.js';
import { embedUrl, iframeSnippet, inlineDataText, scriptTagSnippet, type Attributes, type InlineData } from './snippets.js';
import { COMMON_FIELDS, WIDGETS, type Widget } from './widgets.js';

declare global {
  interface Window {
    /** Set by outcome-kit.js: resolves once every element is defined (to undefined if it failed). */
    __outcomeKitLoading?: Promise<unknown> | null;
  }
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const form = byId<HTMLFormElement>('builder');
const dataUrl = byId<HTMLInputElement>('data-url');
const fileInput = byId<HTMLInputElement>('data-file');
const dropZone = byId('drop-zone');
const fileStatus = byId('file-status');
const kitUrl = byId<HTMLInputElement>('kit-url');
const problem = byId('problem');
const previewStatus = byId('preview-status');
const copyBlocked = byId('copy-blocked');
const scriptSnippet = byId<HTMLTextAreaElement>('script-snippet');
const iframeSnippetBox = byId<HTMLTextAreaElement>('iframe-snippet');
const copyScript = byId<HTMLButtonElement>('copy-script');
const copyIframe = byId<HTMLButtonElement>('copy-iframe');
const iframeHeight = byId<HTMLInputElement>('iframe-height');
const iframeResizer = byId<HTMLInputElement>('iframe-resizer');
const iframeUnavailable = byId('iframe-unavailable');
const columnsFound = byId('columns-found');
const fileNotes = byId('file-notes');
const privacy = byId('privacy-note');
const pasteBox = byId<HTMLTextAreaElement>('data-paste');

let file: FileData | null = null;
let previewState: PreviewState = { kind: 'none' };
/** A problem the builder itself found (a bad address, an unreadable file), shown like the element's. */
let builderProblem = '';
/** Why the last chosen file could not be used; kept until another file or an address is given. */
let fileProblem = '';

const optionPanels = new Map<string, HTMLElement>();

function currentWidget(): Widget {
  const name = form.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value;
  return WIDGETS.find((w) => w.name === name) ?? WIDGETS[0]!;
}

/** The folder that holds outcome-kit.js, as an absolute http(s) address with a trailing slash, or null. */
function kitFolder(): URL | null {
  let url: URL;
  try {
    url = new URL(kitUrl.value.trim(), location.href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*\.(js|html)$/i, '').replace(/\/?$/, '/');
  return url;
}

/** The data address resolved against this page (what the preview loads is what the code loads). */
function dataAddress(): { url: string } | { error: string } | null {
  const text = dataUrl.value.trim();
  if (!text) return null;
  try {
    const url = new URL(text, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { url: url.href };
  } catch {
    // falls through to the message
  }
  return { error: `The data address “${text}” is not a web address. Give the full address of a CSV or JSON file, starting with https://.` };
}

function attributes(widget: Widget, src: string | null): Attributes {
  const panel = optionPanels.get(widget.name)!;
  return [
    ...(src ? ([['src', src]] as Attributes) : []),
    ...readAttributes(panel, widget.fields, widget.name),
    ...readAttributes(byId('common-options'), COMMON_FIELDS, 'common'),
  ];
}

/** Redraws the preview and the two snippets from the form. */
function update(): void {
  const widget = currentWidget();
  for (const [name, panel] of optionPanels) panel.hidden = name !== widget.name;
  builderProblem = fileProblem || thresholdProblem(widget);
  const address = file ? null : dataAddress();
  if (address && 'error' in address) builderProblem ||= address.error;
  const src = address && 'url' in address ? address.url : null;
  const attrs = attributes(widget, src);
  if (!file && !src) preview.clear();
  else preview.show(widget.tag, attrs, file);
  writeSnippets(widget, attrs);
  refresh();
}

function writeSnippets(widget: Widget, attrs: Attributes): void {
  const folder = kitFolder();
  const hasData = Boolean(file) || attrs.some(([name]) => name === 'src');
  if (!folder) builderProblem ||= `“${kitUrl.value}” is not the web address of a folder. Give the address where outcome-kit.js is hosted, starting with https://.`;
  if (!folder || !hasData) {
    scriptSnippet.value = '';
    iframeSnippetBox.value = '';
    iframeUnavailable.hidden = true;
    return;
  }
  const inline = file ? publishedData(widget, attrs, file) : null;
  privacy.textContent = (inline && 'note' in inline ? inline.note : '') ?? '';
  privacy.hidden = !privacy.textContent;
  if (inline && 'error' in inline) builderProblem ||= inline.error;
  const published = inline && 'data' in inline ? inline.data : undefined;
  scriptSnippet.value = inline && !published ? '' : scriptTagSnippet(new URL('outcome-kit.js', folder).href, widget.tag, attrs, published);
  iframeUnavailable.hidden = !file;
  if (file) {
    iframeSnippetBox.value = '';
    return;
  }
  const heading = attrs.find(([name]) => name === 'heading')?.[1];
  const title = typeof heading === 'string' ? heading : previewState.kind === 'ready' && previewState.title ? previewState.title : widget.label;
  const height = Math.min(5000, Math.max(200, Math.round(Number(iframeHeight.value)) || 900));
  iframeSnippetBox.value = iframeSnippet(embedUrl(new URL('embed.html', folder).href, widget.name, attrs), {
    title,
    height,
    resizerUrl: iframeResizer.checked ? new URL('outcome-kit-resize.js', folder).href : null,
  });
}

/** Shows the problem (if any), the preview's status, and whether the code may be copied. */
function refresh(): void {
  const elementProblem = previewState.kind === 'error' ? previewState.message : '';
  const message = builderProblem || elementProblem;
  const more = !builderProblem && previewState.kind === 'error' && previewState.total > 1 ? ` (${previewState.total} problems in all; the preview lists them.)` : '';
  const text = message ? `Fix this before you copy the code: ${message}${more}` : '';
  if (problem.textContent !== text) problem.textContent = text;
  problem.hidden = !text;

  const statusText = { none: '', loading: 'Loading the data…', ready: 'The preview is up to date.', error: '' }[previewState.kind];
  if (!builderProblem && previewStatus.textContent !== statusText) previewStatus.textContent = statusText;

  let blocked = '';
  if (message) blocked = 'The Copy buttons work again once the problem in step 4 is fixed.';
  else if (previewState.kind === 'none') blocked = 'Give the data in step 2: the Copy buttons work once the preview shows the chart.';
  else if (previewState.kind === 'loading') blocked = 'Waiting for the preview…';
  copyBlocked.textContent = blocked;
  copyBlocked.hidden = !blocked;
  copyScript.disabled = Boolean(blocked) || !scriptSnippet.value;
  copyIframe.disabled = Boolean(blocked) || !iframeSnippetBox.value;
}

const preview = new Preview(byId('preview'), (state) => {
  previewState = state;
  // The iframe's title comes from the chart's title, and a file's publishable rows from the model, once they are known.
  if (state.kind === 'ready') {
    builderProblem = fileProblem || thresholdProblem(currentWidget());
    writeSnippets(currentWidget(), attributes(currentWidget(), file ? null : ((dataAddress() as { url?: string } | null)?.url ?? null)));
  }
  refresh();
});

let timer: ReturnType<typeof setTimeout> | undefined;
/** Typing waits a moment before the preview reloads; choices apply at once. */
function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(update, delay);
}

async function copy(textarea: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(textarea.value);
  } catch {
    textarea.focus();
    textarea.select();
    document.execCommand('copy');
  }
  status.textContent = 'Copied. Paste it into your page’s HTML.';
  setTimeout(() => (status.textContent = ''), 5000);
}

async function useFile(chosen: File | undefined): Promise<void> {
  if (!chosen) return;
  await useData(await loadFile(chosen));
}

/** Pasted text: the same path as a file. */
async function usePaste(): Promise<void> {
  await useData(await loadText('pasted data', pasteBox.value, '', true));
}

/**
 * A new file (chosen, dropped or pasted): the options start again from this file — every widget's
 * options back to their defaults (nothing of the sample carried over), its columns offered in
 * pickers, with a guess of which is which.
 */
async function useData(result: FileData | { error: string }): Promise<void> {
  if ('error' in result) {
    removeFileQuietly();
    fileProblem = result.error;
    update();
    return;
  }
  fileProblem = '';
  file = result;
  dataUrl.value = '';
  byId('file-name').textContent = result.name === 'pasted data' ? `Using the pasted data (${result.format.toUpperCase()}).` : `Using “${result.name}” (${result.format.toUpperCase()}).`;
  fileStatus.hidden = false;
  renderPanels(result.table?.columns ?? null);
  if (result.table) {
    for (const widget of WIDGETS) {
      const columnFields = widget.fields.filter((f) => f.column).map((f) => f.attr);
      setValues(optionPanels.get(widget.name)!, widget.fields, widget.name, guessColumns(columnFields, result.table));
    }
  }
  columnsFound.textContent = result.table ? `Columns found in ${result.name === 'pasted data' ? 'the pasted data' : `“${result.name}”`}: ${result.table.columns.join(', ')}. Pick which is which in step 3.` : '';
  columnsFound.hidden = !columnsFound.textContent;
  fileNotes.replaceChildren(...result.notes.map((note) => h('p', { class: 'note' }, note)));
  update();
}

function removeFile(): void {
  fileProblem = '';
  removeFileQuietly();
  update();
  fileInput.focus();
}

async function start(): Promise<void> {
  await window.__outcomeKitLoading;
  const defined = (w: Widget) => Boolean(customElements.get(w.tag));
  renderWidgetChoices(byId('widget-choices'), WIDGETS, defined);
  const first = WIDGETS.find(defined);
  if (!first) {
    builderProblem = 'Outcome Kit could not be loaded on this page, so there is nothing to preview.';
    refresh();
    return;
  }
  byId<HTMLInputElement>(`widget-${first.name}`).checked = true;
  const options = byId('widget-options');
  for (const widget of WIDGETS) {
    const panel = h('div', { class: 'widget-options', 'data-widget': widget.name });
    if (widget.fields.length) renderFields(panel, widget.fields, widget.name);
    else panel.append(h('p', { class: 'hint' }, `The ${widget.label.toLowerCase()} takes everything from its data file.`));
    optionPanels.set(widget.name, panel);
    options.append(panel);
  }
  renderFields(byId('common-options'), COMMON_FIELDS, 'common');
  const loader = document.querySelector<HTMLScriptElement>('script[src*="outcome-kit.js"]');
  kitUrl.value = new URL('./', loader?.src ?? new URL('/outcome-kit/', location.href)).href;

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === fileInput || target === pasteBox) return;
    if (target === dataUrl) {
      fileProblem = '';
      if (file) removeFileQuietly();
    }
    schedule(target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'url' || target.type === 'number') ? 400 : 0);
  });
  form.addEventListener('change', (event) => {
    if (event.target === fileInput) void useFile(fileInput.files?.[0]);
    else if (event.target !== pasteBox) schedule(0);
  });
  for (const control of [kitUrl, iframeHeight, iframeResizer]) control.addEventListener('input', () => schedule(300));
  byId('remove-file').addEventListener('click', removeFile);
  byId('use-paste').addEventListener('click', () => void usePaste());
  byId('use-sample').addEventListener('click', () => {
    const widget = currentWidget();
    removeFileQuietly();
    fileProblem = '';
    dataUrl.value = new URL(`data/${widget.sample.file}`, location.href).href;
    setValues(optionPanels.get(widget.name)!, widget.fields, widget.name, widget.sample.values);
    update();
  });
  copyScript.addEventListener('click', () => void copy(scriptSnippet, byId('copy-script-status')));
  copyIframe.addEventListener('click', () => void copy(iframeSnippetBox, byId('copy-iframe-status')));

  for (const type of ['dragenter', 'dragover']) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add('dragging');
    });
  }
  for (const type of ['dragleave', 'drop']) dropZone.addEventListener(type, () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    void useFile((event as DragEvent).dataTransfer?.files[0]);
  });
  update();
}

function removeFileQuietly(): void {
  const had = file !== null;
  file = null;
  fileInput.value = '';
  fileStatus.hidden = true;
  columnsFound.hidden = true;
  fileNotes.replaceChildren();
  if (had) renderPanels(null);
}

/** Every widget's options, as the element's defaults; with a file's columns, column fields pick from them. */
function renderPanels(columns: readonly string[] | null): void {
  for (const widget of WIDGETS) {
    const panel = optionPanels.get(widget.name);
    if (panel && widget.fields.length) renderFields(panel, widget.fields, widget.name, columns ?? undefined);
  }
}

/** The privacy floor: a threshold below it is refused (hidden groups are left out of the code too). */
function thresholdProblem(widget: Widget): string {
  const field = widget.fields.find((f) => f.attr === 'suppress-below');
  if (!field) return '';
  const value = optionPanels.get(widget.name)?.querySelector<HTMLInputElement>(`#${CSS.escape(`${widget.name}-suppress-below`)}`)?.value.trim() ?? '';
  if (value === '' || Number(value) >= PRIVACY_FLOOR) return '';
  return `Groups of ${PRIVACY_FLOOR} or fewer students are never published. Set “${field.label}” to ${PRIVACY_FLOOR} or more.`;
}

/**
 * The data the code may carry: for a gap chart, only the rows of the groups the preview's model
 * shows (none of 10 or fewer students), with a note; nothing until the preview has drawn it; or
 * a message when the builder cannot tell what is safe.
 */
function publishedData(widget: Widget, attrs: Attributes, data: FileData): { data: InlineData; note?: string } | { error: string } | { pending: true } {
  if (widget.name !== 'gap-chart') return { data };
  const model = preview.model as GapModel | undefined;
  if (previewState.kind !== 'ready' || !model) return { pending: true };
  if (!data.table) return { error: 'The builder can only put a table of rows (CSV, or a JSON list of rows) into a gap chart’s code.' };
  const result = publishableGapRows(data.table, model, new Map(attrs.filter((a): a is [string, string] => typeof a[1] === 'string')));
  if ('error' in result) return result;
  const text = data.format === 'json' ? toJson(result.table) : toCsv(result.table);
  const safe = inlineDataText(text, data.format);
  if ('error' in safe) return { error: safe.error };
  return { data: { format: data.format, text: safe.text }, note: privacyNote(result.removed, result.blanked) };
}

void start();
