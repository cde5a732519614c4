import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OutcomeError,
  curlyQuoteProblem,
  drawViews,
  messages,
  resolveLang,
  resolveLanguage,
  tableToCsv,
  toProblems,
  boardSvg,
  type Lang,
  type Loaded,
  type Problem,
  type ViewContext,
  type Views,
  type WidgetDefinition,
} from '@outcome-kit/core';
import { loadSource, pickSource } from './data-source.js';
import { downloadText, downloadUrl, fileName, svgToPng } from './download.js';
import { baseStyles } from './styles.js';
import { errorTemplate, headingTemplate, tableTemplate } from './templates.js';
import { drawChart, type ChartView } from './vega.js';
import { attachKeyboard, keyboardStyles } from './keyboard.js';
import { chartTheme, paletteKey, readPalette, themeStyles, watchColorScheme } from './theme-config.js';
import { whenNearViewport } from './visibility.js';

/** What the widget is showing. */
export type OutcomeStatus = 'loading' | 'empty' | 'ready' | 'error';

/** `outcome-error` detail: plain data naming what is wrong and where. */
export interface OutcomeErrorDetail {
  /** The headline message in the element's language. */
  message: string;
  code: string;
  field?: string;
  row?: number;
  /** Every problem listed (capped), in both languages. */
  problems: Problem[];
  /** How many problems were found in all. */
  total: number;
}

let uid = 0;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Definitions already loaded, by element class: later elements of that kind analyse at once. */
const loadedDefinitions = new WeakMap<object, unknown>();

/**
 * The base of every Outcome Kit widget. It takes data from the `data` property, a `src` URL
 * (JSON or CSV) or an inline `<script type="application/json">` / `<script type="text/csv">`
 * child; runs the widget's one pipeline (load → validate → analyse → model → views); shows the
 * loading, empty and error states; draws the chart with Vega only when it comes near the
 * viewport; and renders the heading, text summary, data table and export buttons.
 *
 * Subclasses supply `widget()` (the core definition) and `analysisOptions()`.
 *
 * @slot - An inline `<script type="application/json">` or `<script type="text/csv">` holding the data.
 * @fires outcome-render - The model was analysed and the views drawn. `detail`: the model.
 * @fires outcome-error - The data or options are wrong, or the data could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @csspart base - The widget's box.
 * @csspart heading - The heading.
 * @csspart chart - The chart's container.
 * @csspart summary - The one-paragraph text summary.
 * @csspart table-toggle - The "Show data" button.
 * @csspart table - The data table's wrapper.
 * @csspart exports - The export buttons' group.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 * @cssproperty [--outcome-font-family=system-ui, sans-serif] - Font of the widget and its chart.
 * @cssproperty [--outcome-text-color=light-dark(#1a1a1a, #f2f2f2)] - Text colour, in the chart too (titles, labels, outlines).
 * @cssproperty [--outcome-background=light-dark(#ffffff, #050505)] - Background, the chart's too. The light-dark() defaults follow the page's `color-scheme`.
 * @cssproperty [--outcome-border-color=light-dark(#767676, #8c8c8c)] - Borders of the box, buttons and table.
 * @cssproperty [--outcome-accent-color=light-dark(#0b5cad, #8cc8ff)] - Buttons' text and border; the chart's changes (PDSA cycles).
 * @cssproperty [--outcome-focus-color=light-dark(#1a1a1a, #f2f2f2)] - Keyboard focus ring.
 * @cssproperty [--outcome-error-color=light-dark(#a4001d, #ff8f8f)] - The error message's rule.
 * @cssproperty [--outcome-heading-size=1.25rem] - Heading size.
 * @cssproperty [--outcome-radius=6px] - Corner radius.
 * @cssproperty [--outcome-padding=1rem] - Space inside the box.
 * @cssproperty [--outcome-muted-color=light-dark(#4a4a4a, #b3b3b3)] - Chart: axis labels, the median, last year's marks.
 * @cssproperty [--outcome-grid-color=light-dark(#d9d9d9, #3d3d3d)] - Chart: grid lines.
 * @cssproperty [--outcome-axis-color=light-dark(#4a4a4a, #8c8c8c)] - Chart: axis lines and ticks.
 * @cssproperty [--outcome-line-color=light-dark(#0b5394, #6cb2f5)] - Chart: the measure's line and points.
 * @cssproperty [--outcome-signal-color=light-dark(#b7410e, #ff9b5e)] - Chart: points the rules flag.
 * @cssproperty [--outcome-goal-color=light-dark(#7a5c00, #e3b341)] - Chart: the goal line.
 * @csspart point-readout - The line under the chart that reads out the point reached with the arrow keys.
 */
export class OutcomeElement<Options = unknown, Model = unknown> extends LitElement {
  static override styles = [baseStyles, themeStyles, keyboardStyles];

  /** The data: an array of row objects (or the widget's JSON document), or a promise of it. Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV file (chosen by content type, then extension). */
  @property() src?: string;

  /** The heading. Defaults to one the widget derives from the data. */
  @property() heading?: string;

  /** The heading's level (1–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Shows buttons to download the data (CSV) and the chart (SVG, PNG). */
  @property({ type: Boolean }) exports = false;

  /** Where the data comes from, written under exported charts (default: the `src` file's address, else the page's). */
  @property() source?: string;

  /** The date the figures stand at, written under exported charts ("2025-06-30"; default: the day of the export). */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout?: number;

  /** Language: `en` or `es`. Defaults to the closest `lang` attribute on the page. */
  @property() override lang = '';

  @state() protected status: OutcomeStatus = 'empty';
  @state() private problems: Problem[] = [];
  @state() private problemTotal = 0;
  @state() private views?: Views;
  @state() private tableOpen = false;
  /** The percent of a `src` body read so far, while loading (null: the length is unknown). */
  @state() private readPercent: number | null = null;

  private model?: Model;
  private definition?: WidgetDefinition<Options, Model>;
  private loaded: Loaded | null = null;
  private loadToken = 0;
  private abortLoad?: AbortController;
  private near = false;
  private stopWatching?: () => void;
  private chartView?: ChartView;
  /** Undoes the arrow keys of the drawn chart (keyboard.ts). */
  private detachKeys?: () => void;
  private stopScheme?: () => void;
  /** The colours the chart was drawn with (theme-config.ts). */
  private themeKey = '';
  /** The point the arrow keys reached, kept across a redraw of the same data. */
  private keyIndex = -1;
  private drawnViews?: Views;
  private drawToken = 0;
  private chartPromise: Promise<ChartView | null> = Promise.resolve(null);
  private chartWaiters: Array<(view: ChartView | null) => void> = [];
  private settleWaiters: Array<() => void> = [];
  private mutationObserver?: MutationObserver;
  private announce: 'render' | 'error' | null = null;
  private readonly ids = `ok${++uid}`;
  /** The width the spec was laid out for (CSS px, in steps of 20 so small changes keep it). */
  private specWidth?: number;
  private resizeObserver?: ResizeObserver;
  private resizeTimer?: ReturnType<typeof setTimeout>;

  /**
   * The widget's core definition (its analysis and views). Subclasses override it, returning the
   * definition or a promise of it: a dynamic `import()` keeps the analysis out of the script a page
   * loads first, and it is fetched when an element of that kind first has data.
   */
  protected widget(): WidgetDefinition<Options, Model> | Promise<WidgetDefinition<Options, Model>> {
    throw new Error(`${this.localName} does not define a widget`);
  }

  /**
   * The analysis options from the element's attributes and properties. Subclasses override it;
   * when the definition has `options()`, it normalises (and checks) what this returns.
   */
  protected analysisOptions(): unknown {
    return {};
  }

  /** The language in use: the element's `lang`, else the closest `[lang]` ancestor's, else English. */
  get language(): Lang {
    return resolveLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  /** The language of the element's own strings: `en`, `es` or one a page registered (`registerLanguage`). */
  protected get uiLanguage(): string {
    return resolveLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  /** The current model (the single source of every view), or undefined. */
  get currentModel(): Model | undefined {
    return this.status === 'ready' || this.status === 'empty' ? this.model : undefined;
  }

  /** The views drawn from the model: title, Vega-Lite spec, summary and table. */
  get currentViews(): Views | undefined {
    return this.status === 'ready' ? this.views : undefined;
  }

  /** The Vega view once the chart is drawn (for developers who want its API). */
  get vegaView(): ChartView | undefined {
    return this.chartView;
  }

  /**
   * Resolves when the chart for the current data is drawn (null when there is none to draw).
   * A chart waits until the element comes near the viewport, and so does this promise.
   */
  async chartComplete(): Promise<ChartView | null> {
    await this.updateComplete;
    while (this.status === 'loading') {
      await new Promise<void>((resolve) => this.settleWaiters.push(resolve));
      await this.updateComplete;
    }
    if (this.status !== 'ready' || !this.views?.spec) return null;
    if (this.drawnViews === this.views) return this.chartPromise;
    return new Promise((resolve) => this.chartWaiters.push(resolve));
  }

  /** Before printing, charts not yet scrolled near are drawn too (best effort: Vega loads asynchronously). */
  private readonly onBeforePrint = () => {
    this.near = true;
    this.maybeDrawChart();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.stopScheme = watchColorScheme(this.onScheme);
    this.mutationObserver = new MutationObserver(() => {
      if (this.data === undefined && !this.src) this.reload();
    });
    this.mutationObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // Charts follow their container, not only the window: a sidebar opening, a card growing.
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(this.onResize);
      this.resizeObserver.observe(this);
    }
    if (this.hasUpdated) {
      this.watchViewport();
      this.drawnViews = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.stopScheme?.();
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    clearTimeout(this.resizeTimer);
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.near = false;
    this.finalizeChart();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('timeout')) {
      this.reload();
    } else if ([...changed.keys()].some((k) => !INTERNAL.has(String(k))) && this.loaded) {
      this.analyse();
    }
  }

  protected override firstUpdated(): void {
    this.watchViewport();
  }

  protected override updated(): void {
    const init = { bubbles: true, composed: true };
    if (this.announce === 'render') this.dispatchEvent(new CustomEvent('outcome-render', { ...init, detail: this.model }));
    if (this.announce === 'error') this.dispatchEvent(new CustomEvent('outcome-error', { ...init, detail: this.errorDetail() }));
    this.announce = null;
    this.maybeDrawChart();
    this.syncRendered();
  }

  /** Loads the current source again (the data property, `src`, or the inline script). */
  reload(): void {
    this.abortLoad?.abort();
    if (this.curlyQuotes()) return;
    const source = pickSource(this, this.data, this.src);
    const controller = new AbortController();
    this.abortLoad = controller;
    const token = ++this.loadToken;
    if (source.kind === 'property') {
      this.loaded = { value: source.value, format: 'objects', firstRow: 1 };
      this.analyse();
      return;
    }
    if (source.kind === 'none') {
      this.loaded = null;
      this.model = undefined;
      this.setStatus('empty');
      return;
    }
    this.setStatus('loading');
    this.readPercent = null;
    const onProgress = (fraction: number | null) => {
      if (token === this.loadToken && fraction !== null) this.readPercent = Math.floor(fraction * 100);
    };
    loadSource(source, controller.signal, this.timeout, onProgress).then(
      (loaded) => {
        if (token !== this.loadToken) return;
        this.loaded = loaded;
        if (loaded) this.analyse();
        else this.setStatus('empty');
      },
      (error: unknown) => {
        if (token === this.loadToken) this.fail(error);
      },
    );
  }

  private setStatus(status: OutcomeStatus): void {
    this.status = status;
    if (status !== 'loading') this.settleWaiters.splice(0).forEach((resolve) => resolve());
    if (status !== 'ready') {
      this.finalizeChart();
      this.chartWaiters.splice(0).forEach((resolve) => resolve(null));
    }
  }

  private analyse(): void {
    if (!this.loaded || this.curlyQuotes()) return;
    let def: WidgetDefinition<Options, Model> | Promise<WidgetDefinition<Options, Model>>;
    try {
      def = this.definition ?? (loadedDefinitions.get(this.constructor) as WidgetDefinition<Options, Model> | undefined) ?? this.widget();
    } catch (error) {
      this.fail(error);
      return;
    }
    if (def instanceof Promise) {
      const token = this.loadToken;
      if (this.status !== 'loading') this.setStatus('loading');
      def.then(
        (resolved) => {
          this.definition = resolved;
          loadedDefinitions.set(this.constructor, resolved);
          if (token === this.loadToken) this.analyse();
        },
        (error: unknown) => {
          if (token === this.loadToken) this.fail(error);
        },
      );
      return;
    }
    this.definition = def;
    try {
      const input = this.analysisOptions();
      const options = def.options ? def.options(input) : (input as Options);
      const model = def.analyse(this.loaded, options);
      const ctx: ViewContext = this.heading ? { lang: this.language, title: this.heading } : { lang: this.language };
      this.specWidth = this.layoutWidth();
      if (this.specWidth !== undefined) ctx.width = this.specWidth;
      this.views = drawViews(def, model, ctx);
      this.model = model;
      this.keyIndex = -1;
      this.problems = [];
      this.setStatus(def.isEmpty(model) ? 'empty' : 'ready');
      this.announce = 'render';
    } catch (error) {
      this.fail(error);
    }
  }

  /** An attribute written with curly quotes (`src=”data.csv”`) is named, instead of loading a mangled address. */
  private curlyQuotes(): boolean {
    const curly = curlyQuoteProblem(Array.from(this.attributes), new Set((this.constructor as typeof LitElement).observedAttributes));
    if (curly) {
      ++this.loadToken;
      this.loaded = null;
      this.fail(new OutcomeError(curly));
    }
    return curly !== null;
  }

  /**
   * The `rendered` attribute: present once the widget shows what it will show (the chart drawn,
   * or the empty or error state), so editors' previews and layouts can re-measure. Until the
   * chart is drawn its container keeps the chart's expected height.
   */
  private syncRendered(): void {
    const views = this.views;
    const ready = this.status === 'ready';
    const drawn = ready ? !views?.spec || (this.chartView !== undefined && this.drawnViews === views) : this.status !== 'loading';
    this.toggleAttribute('rendered', drawn);
    const container = ready && !drawn ? this.chartContainer : null;
    if (container && !container.style.minHeight && typeof views?.spec?.height === 'number') container.style.minHeight = `${views.spec.height + 90}px`;
  }

  private fail(error: unknown): void {
    const { problems, total } = toProblems(error);
    this.problems = problems;
    this.problemTotal = total;
    this.model = undefined;
    this.setStatus('error');
    this.announce = 'error';
    if (!this.isUpdatePending) this.requestUpdate();
  }

  private errorDetail(): OutcomeErrorDetail {
    const first = this.problems[0]!;
    const detail: OutcomeErrorDetail = { message: first.message[this.language], code: first.code, problems: this.problems, total: this.problemTotal };
    if (first.field !== undefined) detail.field = first.field;
    if (first.row !== undefined) detail.row = first.row;
    return detail;
  }

  /** The width the chart has to lay out in: its container's, else the box's inside. Undefined before layout. */
  private layoutWidth(): number | undefined {
    const chart = this.chartContainer;
    let w = chart?.clientWidth ?? 0;
    if (!w) {
      const base = this.renderRoot?.querySelector<HTMLElement>('[part="base"]');
      const box = base ?? this;
      const cs = getComputedStyle(box);
      w = box.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0);
      if (!base) w -= 34; // the box's default padding and border, not rendered yet
    }
    return w > 0 ? Math.max(200, Math.floor(w / 20) * 20) : undefined;
  }

  /** A new width that changes the spec's layout redraws the chart (Vega itself follows small changes). */
  private readonly onResize = () => {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      this.respec(this.layoutWidth());
    }, 80);
  };

  /** Lays the spec out again for `width` when that changes it; true when the views changed (a redraw follows). */
  private respec(width: number | undefined): boolean {
    const def = this.definition;
    const views = this.views;
    const model = this.model;
    if (width === undefined || width === this.specWidth) return false;
    this.specWidth = width;
    if (this.status !== 'ready' || !def || !views?.spec || model === undefined) return false;
    const spec = def.spec(model, { lang: this.language, title: views.title, summary: views.summary, width });
    if (JSON.stringify(spec) === JSON.stringify(views.spec)) return false;
    this.views = { ...views, spec };
    return true;
  }

  private watchViewport(): void {
    this.stopWatching?.();
    this.stopWatching = whenNearViewport(this, () => {
      this.near = true;
      this.maybeDrawChart();
    });
  }

  private get chartContainer(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="chart"]');
  }

  private maybeDrawChart(): void {
    const views = this.views;
    if (this.status !== 'ready' || !views?.spec) return;
    if (this.drawnViews === views || !this.near || !this.isConnected) return;
    const container = this.chartContainer;
    if (!container) return;
    // A chart that was hidden (a closed dialog, a tab) is laid out for the width it has now, before its first draw.
    if (this.respec(this.layoutWidth())) return;
    // The container keeps its height (or the chart's expected height) while Vega draws, so the page does not jump.
    const expected = typeof views.spec.height === 'number' ? `${views.spec.height + 90}px` : '';
    container.style.minHeight = container.offsetHeight > 1 ? `${container.offsetHeight}px` : expected;
    this.finalizeChart();
    this.drawnViews = views;
    const token = this.drawToken;
    const current = () => token === this.drawToken && this.isConnected;
    // Wait one task first: an element added and removed at once (a framework re-mounting it)
    // never starts Vega's parse.
    const spec = views.spec;
    this.chartPromise = nextTask()
      .then(() => {
        if (!current()) return null;
        // The page's colours (scheme, brand) as computed now, through vega-embed's config.
        const theme = chartTheme(this.renderRoot, spec);
        this.themeKey = theme.key;
        return drawChart(container, theme.spec, theme.config);
      })
      .then(
        (view) => {
          if (view === null) return null;
          if (!current()) {
            // A draw that finished after the element left the page, or after newer data: drop it.
            view.finalize();
            if (!this.isConnected) container.replaceChildren();
            return null;
          }
          this.chartView = view;
          this.attachKeys(container);
          container.style.minHeight = '';
          this.syncRendered();
          this.chartWaiters.splice(0).forEach((resolve) => resolve(view));
          return view;
        },
        (error: unknown) => {
          if (token === this.drawToken) {
            this.fail(error);
            this.chartWaiters.splice(0).forEach((resolve) => resolve(null));
          }
          return null;
        },
      );
  }

  /** Arrow keys through the drawn chart's points, each read from the data table's row. */
  private attachKeys(container: HTMLElement): void {
    this.detachKeys?.();
    const views = this.views;
    if (!views) return;
    this.detachKeys = attachKeyboard(container, {
      table: views.table,
      messages: messages(this.uiLanguage),
      onLeave: () => this.renderRoot.querySelector<HTMLElement>('[part="table-toggle"]')?.focus(),
      start: this.keyIndex,
      onMove: (index) => (this.keyIndex = index),
    });
  }

  /** The visitor's scheme or the page's theme changed: draw again if the chart's colours did. */
  private readonly onScheme = () => {
    if (!this.chartView || !this.views?.spec) return;
    if (paletteKey(readPalette(this.renderRoot)) === this.themeKey) return;
    this.drawnViews = undefined;
    this.maybeDrawChart();
  };

  private finalizeChart(): void {
    this.detachKeys?.();
    this.detachKeys = undefined;
    this.drawToken++;
    this.chartView?.finalize();
    this.chartView = undefined;
    this.drawnViews = undefined;
    this.chartPromise = Promise.resolve(null);
  }

  private async ensureChart(): Promise<ChartView | null> {
    this.near = true;
    await this.updateComplete;
    this.maybeDrawChart();
    return this.chartPromise;
  }

  /** The data table as CSV text (cells a spreadsheet would run as formulas are neutralised). */
  toCSV(): string {
    return this.views ? tableToCsv(this.views.table) : '';
  }

  /**
   * The chart as an SVG document ready for a board packet: its title above it, the summary, the
   * source and an "as of" line under it as visible text, and the title and summary as `<title>`
   * and `<desc>` too.
   */
  async toSVG(): Promise<string> {
    const view = await this.ensureChart();
    if (!view || !this.views) return '';
    const src = this.src ? new URL(this.src, document.baseURI).href : document.location.href;
    return boardSvg(await view.toSVG(), { title: this.views.title, summary: this.views.summary, source: this.source || src, asOf: this.asOf || new Date(), lang: this.language });
  }

  /** The board-ready chart (see `toSVG`) as a PNG data URL, twice the screen size, for slides. */
  async toPNG(): Promise<string> {
    const svg = await this.toSVG();
    return svg ? svgToPng(svg, 2) : '';
  }

  private get fileTitle(): string {
    return this.views?.title ?? 'outcome-kit';
  }

  private downloadCsv = () => downloadText(`\uFEFF${this.toCSV()}`, fileName(this.fileTitle, 'csv'), 'text/csv;charset=utf-8');
  private downloadSvg = async () => downloadText(await this.toSVG(), fileName(this.fileTitle, 'svg'), 'image/svg+xml');
  private downloadPng = async () => {
    try {
      downloadUrl(await this.toPNG(), fileName(this.fileTitle, 'png'));
    } catch (error) {
      // Too big for a PNG (or not drawable): say why in the event, never an empty file.
      const { problems, total } = toProblems(error);
      this.dispatchEvent(new CustomEvent('outcome-error', { bubbles: true, composed: true, detail: { message: problems[0]!.message[this.language], code: problems[0]!.code, problems, total } }));
    }
  };
  private toggleTable = () => {
    this.tableOpen = !this.tableOpen;
  };

  /**
   * The widget's main content between the heading and the summary. By default the chart; a
   * widget that is more than one chart (the theory of action) overrides it.
   */
  protected renderContent(views: Views, _model: Model): TemplateResult | typeof nothing {
    if (!views.spec) return nothing;
    const m = messages(this.uiLanguage);
    return html`<div part="chart" role="img" aria-label=${m.chartLabel(views.title)} aria-describedby="${this.ids}-summary"></div>`;
  }

  protected override render(): TemplateResult {
    const m = messages(this.uiLanguage);
    const lang = this.language;
    const views = this.views;
    const title = this.status === 'ready' && views ? views.title : this.heading;
    return html`<div part="base" lang=${lang} aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${title ? headingTemplate(this.headingLevel, title) : nothing}
      ${this.status === 'loading' ? html`<div class="status loading" part="status" role="status">${this.readPercent === null ? m.loading : m.reading(this.readPercent)}</div>` : nothing}
      ${this.status === 'empty' ? html`<div class="status" part="status" role="status">${m.empty}</div>` : nothing}
      ${this.status === 'error' ? errorTemplate(m, lang, this.problems, this.problemTotal) : nothing}
      ${this.status === 'ready' && views ? this.renderReady(views, m) : nothing}
      <slot hidden></slot>
    </div>`;
  }

  private renderReady(views: Views, m: ReturnType<typeof messages>): TemplateResult {
    const tableId = `${this.ids}-table`;
    return html`${this.renderContent(views, this.model as Model)}
      <p part="summary" id="${this.ids}-summary">${views.summary}</p>
      <div class="toolbar">
        <button type="button" part="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls=${tableId} @click=${this.toggleTable}>
          ${this.tableOpen ? m.hideData : m.showData}
        </button>
        ${this.exports
          ? html`<div part="exports" class="toolbar" role="group" aria-label=${m.exportsLabel}>
              <button type="button" data-export="csv" @click=${this.downloadCsv}>${m.downloadCsv}</button>
              ${views.spec
                ? html`<button type="button" data-export="svg" @click=${this.downloadSvg}>${m.downloadSvg}</button>
                    <button type="button" data-export="png" @click=${this.downloadPng}>${m.downloadPng}</button>`
                : nothing}
            </div>`
          : nothing}
      </div>
      <div
        id=${tableId}
        part="table"
        class="table-wrap ${this.tableOpen ? '' : 'visually-hidden'}"
        role=${this.tableOpen ? 'region' : nothing}
        aria-label=${this.tableOpen ? views.table.caption : nothing}
        tabindex=${this.tableOpen ? '0' : nothing}
      >
        ${tableTemplate(views.table, { m, lang: this.language, open: this.tableOpen, update: () => this.requestUpdate() })}
      </div>`;
  }
}

/** The loading box reserves about a chart's height, so the page does not jump when the chart arrives (set through the CSSOM: strict-CSP safe). */

/** Internal state whose change re-renders without re-analysing. */
const INTERNAL = new Set(['status', 'problems', 'problemTotal', 'views', 'tableOpen', 'readPercent']);
