// The eager script-tag budget (issue 17): the bytes a county page downloads for the script tag
// before any chart is near the viewport — the classic loader, the entry module and every chunk it
// imports statically (not the `import()`ed ones: widget analysis, Vega) — gzip-compressed with
// node:zlib at its default level, as `npm run bench` measures them. Skipped, saying so, when the
// bundle is not built (`npm run build`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// OUTCOME_BUNDLE_DIR: check another build (a snapshot kept for a before/after comparison).
const bundle = process.env.OUTCOME_BUNDLE_DIR || new URL('../../packages/embed/bundle/', import.meta.url).pathname;
const entry = join(bundle, 'outcome-kit.module.js');
const loader = join(bundle, 'outcome-kit.js');

/**
 * The budget a change may not pass. The aim is 15 KB (issue 17); the bundle is not there yet
 * (53.1 KB on 2026-12-02: the element classes and every widget's options and messages modules are
 * imported statically by the entry), so the budget holds the line where it stands: lower it as the
 * eager graph shrinks, never raise it without saying why.
 */
const BUDGET_BYTES = 54 * 1024;
const AIM_BYTES = 15 * 1024;

/** The files a module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), relative to it. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  // Minified output: `import{a as b}from"./chunks/x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; never `import(`.
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^'"`;()]*?from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]!);
  return [...out];
}

/** The entry and its static import closure, as paths. */
function eagerGraph(start: string): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const path = normalize(join(dirname(file), spec));
      if (!seen.has(path) && existsSync(path)) seen.add(path), queue.push(path);
    }
  }
  return [...seen];
}

const gzip = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('script-tag bundle: eager bytes', () => {
  it('finds static imports and leaves dynamic ones', () => {
    const code = 'import{a as b}from"./chunks/lit-1.js";import"./chunks/side-2.js";export{c}from"./chunks/re-3.js";const v=()=>import("./chunks/embed-4.js");';
    assert.deepEqual(staticImports(code), ['./chunks/lit-1.js', './chunks/side-2.js', './chunks/re-3.js']);
  });

  it(`the loader, the entry and its static imports stay within ${kb(BUDGET_BYTES)} gzip`, (t) => {
    if (!existsSync(entry) || !existsSync(loader)) {
      t.skip('packages/embed/bundle/ is not built (npm run build): the eager budget was not checked');
      return;
    }
    const files = [loader, ...eagerGraph(entry)];
    const sizes = files.map((f) => ({ file: relative(bundle, f), gzip: gzip(f) }));
    const total = sizes.reduce((a, s) => a + s.gzip, 0);
    t.diagnostic(`eager ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)}, aim ${kb(AIM_BYTES)}${total <= AIM_BYTES ? ', met' : ', not met yet'}): ${sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}`);
    assert.ok(total <= BUDGET_BYTES, `the script tag's eager bytes are ${kb(total)} gzip, over the budget of ${kb(BUDGET_BYTES)}: ${sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}`);
  });
});
