import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

// axe-core is a UMD script: imported for its side effect, it sets `window.axe`.
const axe = (globalThis as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** Runs axe-core's WCAG 2.1 A and AA rules on an element (shadow roots included); returns violations. */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
