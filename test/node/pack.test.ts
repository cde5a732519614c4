// The packaging test: its point is the packages as npm would ship them. It packs every workspace
// package (`npm pack`), installs the tarballs into a scratch project outside the workspace and
// uses them there as a developer would: core's analysis in Node, the static-SVG renderer and its
// `outcome-kit` bin, each element package's `./define` (Lit's Node shim gives `customElements`),
// and the published type declarations (including `HTMLElementTagNameMap`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

interface Manifest {
  name: string;
  main?: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | { default: string; types?: string }>;
  customElements?: string;
  dependencies?: Record<string, string>;
}

interface Workspace {
  dir: string;
  pkg: Manifest;
}

interface Packed {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

const workspaces: Workspace[] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces.map((dir) => ({
  dir,
  pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest,
}));

/** Every file a package's package.json points at (main, exports, bin, manifest), relative to the package. */
function shippedFiles(pkg: Manifest): string[] {
  const files = new Set<string>();
  if (pkg.main) files.add(pkg.main);
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    if (key === './package.json') continue;
    if (typeof target === 'string') files.add(target);
    else {
      files.add(target.default);
      if (target.types) files.add(target.types);
    }
  }
  for (const bin of Object.values(pkg.bin ?? {})) files.add(bin);
  if (pkg.customElements) files.add(pkg.customElements);
  return [...files].map((f) => f.replace(/^\.\//, ''));
}

const missing = workspaces.flatMap((w) => shippedFiles(w.pkg).filter((f) => !existsSync(join(root, w.dir, f))).map((f) => `${w.dir}/${f}`));
const skip = missing.length ? `not built (run \`npm run build\` first); missing: ${missing.join(', ')}` : false;

/** The workspace packages that define an element (they export `./define`), with the tag each defines. */
const elementPackages = workspaces.filter((w) => w.pkg.exports?.['./define']).map((w) => ({ name: w.pkg.name, tag: `outcome-${w.pkg.name.split('/')[1]}` }));

/** The environment for npm in the scratch project: none of the workspace's npm_* settings leak in. */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_') || keep.has(k.toLowerCase())));
}

function sh(cmd: string, args: string[], cwd: string): string {
  const result = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const tail = (result.stderr || result.stdout || String(result.error ?? '')).split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${tail}`);
  }
  return result.stdout;
}

/** Runs an ES module in the scratch project (so it resolves the installed packages) and parses the JSON it prints. */
function runIn<T>(dir: string, name: string, source: string): T {
  writeFileSync(join(dir, name), source);
  const out = sh(process.execPath, [name], dir);
  return JSON.parse(out) as T;
}

describe('packed tarballs installed in a scratch project', { skip, timeout: 240_000 }, () => {
  let tmp = '';
  let app = '';
  let packed: Packed[] = [];

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'outcome-kit-pack-'));
    const tarballs = join(tmp, 'tarballs');
    app = join(tmp, 'app');
    mkdirSync(tarballs);
    mkdirSync(app);
    const start = performance.now();
    packed = JSON.parse(sh('npm', ['pack', '--workspaces', '--json', '--pack-destination', tarballs], root)) as Packed[];
    writeFileSync(
      join(app, 'package.json'),
      // The same override the workspace needs: the registry here lacks a dependency of arquero's newest flechette.
      JSON.stringify({ name: 'scratch-app', private: true, type: 'module', overrides: { '@uwdata/flechette': '2.6.0' } }, null, 2),
    );
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...packed.map((p) => join(tarballs, p.filename))], app);
    console.log(`# packed and installed ${packed.length} tarballs in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('packs every workspace package with the files its package.json points at, and no sources or tests', () => {
    assert.deepEqual(packed.map((p) => p.name).sort(), workspaces.map((w) => w.pkg.name).sort());
    for (const w of workspaces) {
      const files = packed.find((p) => p.name === w.pkg.name)!.files.map((f) => f.path);
      for (const f of shippedFiles(w.pkg)) assert.ok(files.includes(f), `${w.pkg.name}'s tarball lacks ${f}`);
      assert.deepEqual(files.filter((f) => /^(src|test)\/|\.test\.|tsconfig|tsbuildinfo/.test(f)), [], `${w.pkg.name} ships sources or tests`);
    }
  });

  it('ships a custom-elements.json in each element package that declares its element, with attributes', () => {
    for (const { name, tag } of elementPackages) {
      const pkg = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')) as Manifest;
      assert.equal(pkg.customElements, 'custom-elements.json', `${name} has no customElements field`);
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', name, 'custom-elements.json'), 'utf8')) as {
        modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: unknown[] }> }>;
      };
      const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      assert.ok(decl, `${name}'s custom-elements.json does not declare <${tag}>`);
      assert.ok((decl.attributes ?? []).length > 0, `<${tag}> has no attributes in ${name}'s custom-elements.json`);
    }
  });

  it('runs the core analysis from the installed @outcome-kit/core, CSV through arquero included', () => {
    const out = runIn<{ points: number; median: unknown; summary: string }>(
      app,
      'core.mjs',
      `import { drawViews, loadText, normalizeRunChartOptions, runChartWidget } from '@outcome-kit/core';
const loaded = await loadText('month,rate\\n2024-01,10\\n2024-02,12\\n2024-03,11\\n2024-04,13\\n');
const model = runChartWidget.analyse(loaded, normalizeRunChartOptions({ x: 'month', y: 'rate' }));
const views = drawViews(runChartWidget, model, { lang: 'en' });
console.log(JSON.stringify({ points: model.points.length, summary: views.summary }));`,
    );
    assert.equal(out.points, 4);
    assert.match(out.summary, /run chart/i);
  });

  it('renders an SVG with @outcome-kit/embed/render and with the outcome-kit bin', () => {
    const out = runIn<{ svg: string }>(
      app,
      'render.mjs',
      `import { renderSvg } from '@outcome-kit/embed/render';
const svg = await renderSvg('gap-chart', 'group,value,prior,n\\nALL,40,42,500\\nEL,20,25,300\\n', { indicator: 'ela', heading: 'ELA gaps' });
console.log(JSON.stringify({ svg }));`,
    );
    assert.match(out.svg, /^<svg role="img"[^>]*><title>ELA gaps<\/title><desc>[^<]+<\/desc>/);
    writeFileSync(join(app, 'rates.csv'), 'month,rate\n2024-01,10%\n2024-02,12%\n2024-03,11%\n');
    const bin = sh(join(app, 'node_modules/.bin/outcome-kit'), ['render', 'run-chart', 'rates.csv', '--x', 'month', '--y', 'rate', '--y-format', 'percent'], app);
    assert.match(bin, /^<svg role="img"[^>]*><title>[^<]+<\/title><desc>/);
  });

  it("resolves each element package's ./define through its exports map and defines its element", () => {
    const out = runIn<Record<string, { resolved: string; defined: string | null }>>(
      app,
      'define.mjs',
      `const out = {};
for (const [name, tag] of ${JSON.stringify(elementPackages.map((e) => [e.name, e.tag]))}) {
  const resolved = import.meta.resolve(name + '/define');
  await import(name + '/define');
  out[name] = { resolved, defined: customElements.get(tag)?.name ?? null };
}
await import('@outcome-kit/embed'); // defines every element again: must not throw
console.log(JSON.stringify(out));`,
    );
    for (const { name } of elementPackages) {
      assert.ok(out[name]!.resolved.includes(`/node_modules/${name}/dist/`), `${name}/define resolved to ${out[name]!.resolved}`);
      assert.ok(out[name]!.defined, `${name}/define did not define its element`);
    }
  });

  it('ships type declarations a TypeScript project can use, element tags included', () => {
    const checks = elementPackages.map((e, i) => `import '${e.name}/define';\nconst el${i} = document.createElement('${e.tag}');\nel${i}.heading = 'A heading';`).join('\n');
    writeFileSync(
      join(app, 'types.ts'),
      `${checks}
import { analyzeRunChart, normalizeRunChartOptions, type RunChartModel } from '@outcome-kit/core';
import { renderSvg } from '@outcome-kit/embed/render';
export const model: RunChartModel = analyzeRunChart([], normalizeRunChartOptions({}));
export const svg: Promise<string> = renderSvg('gap-chart', [], { indicator: 'ela' }, { width: 500 });
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: true },
        files: ['types.ts'],
      }),
    );
    sh(join(root, 'node_modules/.bin/tsc'), ['-p', app], app);
  });
});
