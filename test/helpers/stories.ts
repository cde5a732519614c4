import { expect } from 'chai';
import { render, type TemplateResult } from 'lit';
import { axeViolations } from './axe.js';

type StoryFn = (args: Record<string, unknown>, context: unknown) => TemplateResult;
interface StoryObject {
  args?: object;
  render?: unknown;
  name?: string;
  parameters?: { skipAxeWait?: boolean };
}
interface StoriesModule {
  default: { args?: object; render?: unknown; title?: string };
  [name: string]: unknown;
}

/** Waits for every Outcome Kit element inside a root to settle: loaded, analysed and its chart drawn. */
export async function settle(root: Element, ms = 6000, waitForLoading = true): Promise<void> {
  const deadline = performance.now() + ms;
  const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('outcome-')) as Array<
    HTMLElement & { updateComplete?: Promise<unknown>; chartComplete?: () => Promise<unknown>; status?: string }
  >;
  for (const el of elements) {
    await el.updateComplete;
    while (waitForLoading && el.shadowRoot?.querySelector('[aria-busy="true"]') && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    await el.updateComplete;
    if (el.chartComplete) await Promise.race([el.chartComplete(), new Promise((r) => setTimeout(r, Math.max(0, deadline - performance.now())))]);
  }
}

/**
 * One test per story: renders the story's template (meta args merged with the story's) with
 * lit's `render`, waits for it to settle, and checks it with axe-core (WCAG 2.1 A/AA): zero violations.
 */
export function testStories(stories: StoriesModule): void {
  const meta = stories.default;
  describe(`stories: ${meta.title ?? 'untitled'}`, () => {
    afterEach(() => {
      document.body.innerHTML = '';
    });
    for (const [exportName, value] of Object.entries(stories)) {
      if (exportName === 'default' || !value || typeof value !== 'object') continue;
      const story = value as StoryObject;
      const renderFn = (story.render ?? meta.render) as StoryFn | undefined;
      if (!renderFn) continue;
      it(`${story.name ?? exportName} renders and has no axe violations`, async () => {
        const host = document.createElement('div');
        host.setAttribute('lang', 'en');
        document.body.append(host);
        render(renderFn({ ...meta.args, ...story.args }, { args: { ...meta.args, ...story.args } }), host);
        await settle(host, 6000, !story.parameters?.skipAxeWait);
        expect(host.querySelector('*'), 'story rendered nothing').to.exist;
        expect(await axeViolations(host)).to.deep.equal([]);
      });
    }
  });
}
