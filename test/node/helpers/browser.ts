// Playwright helpers for the end-to-end tests: Debian's Chromium, pages that record their errors,
// and waits for an Outcome Kit widget (in a page or a frame) to finish drawing.
import { createRequire } from 'node:module';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Every uncaught exception and console error of a page (and its frames), as text. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/ResizeObserver loop/.test(message.text())) errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/** Every URL a page requested, in order. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Waits until the widget matching `selector` shows its summary (the model is analysed) and, with
 * `chart`, its Vega SVG; returns the summary text.
 */
export async function widgetReady(where: Page | Frame, selector: string, options: { chart?: boolean; timeout?: number } = {}): Promise<string> {
  const handle = await where.waitForFunction(
    ({ selector, chart }) => {
      const root = document.querySelector(selector)?.shadowRoot;
      const summary = root?.querySelector('[part="summary"]')?.textContent?.trim();
      if (!summary) return null;
      if (chart && !root?.querySelector('[part="chart"] svg')) return null;
      return summary;
    },
    { selector, chart: options.chart ?? false },
    { timeout: options.timeout ?? 10_000, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}

/** Runs axe-core's WCAG 2.1 A/AA rules on a page or frame; returns the violations as text. */
export async function axeViolations(where: Page | Frame): Promise<string[]> {
  await where.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return where.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')})`);
  });
}
