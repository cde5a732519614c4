// Packages the WordPress plugin as an installable zip (Plugins → Add New → Upload Plugin):
// packages/wordpress/dist/outcome-kit.zip, holding outcome-kit/ = the PHP plugin (plugin/),
// widgets.json (each widget the script-tag bundle defines and its attributes, from the kit's
// custom-elements.json) and bundle/ (the script-tag bundle, so the site can host it itself).
// Node only: the zip is written with zlib (deflate) and a CRC-32 table, no `zip` binary.
// Run by `npm run build` after the bundle; `node packages/wordpress/scripts/zip.js` on its own.
import { deflateRawSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const root = join(pkg, '..', '..');
const bundleDir = join(root, 'packages', 'embed', 'bundle');
const manifestFile = join(root, 'custom-elements.json');
const out = join(pkg, 'dist');
const stage = join(out, 'outcome-kit');

/** Each widget the bundle defines (its `import '@outcome-kit/<name>'` lines), with its attributes. */
export function widgetsFromManifest(manifest, bundleSource) {
  const names = [...bundleSource.matchAll(/^import '@outcome-kit\/([a-z-]+)';/gm)].map((m) => m[1]);
  const declarations = new Map();
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
  const widgets = {};
  for (const name of names) {
    const d = declarations.get(`outcome-${name}`);
    if (!d) continue;
    const attributes = {};
    for (const a of d.attributes ?? []) {
      const text = a.type?.text ?? 'string';
      const type = /^boolean/.test(text) ? 'boolean' : /^number/.test(text) ? 'number' : 'string';
      attributes[a.name] = { type, description: (a.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim() };
    }
    const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()).replace(/\bpdsa\b/i, 'PDSA');
    widgets[name] = { tag: d.tagName, title: `Outcome Kit: ${title}`, description: (d.summary ?? '').trim(), attributes };
  }
  return widgets;
}

// CRC-32 (IEEE), as zip wants it.
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate, or stored when that is smaller) of [name, bytes] entries. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed date (1 Jan 2025) so the same files give the same zip.
  const time = 0;
  const date = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const store = deflated.length >= data.length;
    const body = store ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function filesUnder(dir) {
  const list = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) list.push(...filesUnder(path));
    else list.push(path);
  }
  return list;
}

/** custom-elements.json, read again for a few seconds while another build is still writing it. */
function readManifest() {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(manifestFile, 'utf8'));
    } catch (error) {
      if (attempt >= 10) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}

function main() {
  for (const [what, path] of [['the script-tag bundle (packages/embed/bundle)', join(bundleDir, 'outcome-kit.js')], ['custom-elements.json', manifestFile]]) {
    if (!existsSync(path)) {
      console.error(`The WordPress plugin needs ${what}: run npm run build first.`);
      process.exit(1);
    }
  }
  const widgets = widgetsFromManifest(readManifest(), readFileSync(join(root, 'packages', 'embed', 'src', 'bundle.ts'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  cpSync(join(pkg, 'plugin'), stage, { recursive: true });
  cpSync(bundleDir, join(stage, 'bundle'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  writeFileSync(join(stage, 'widgets.json'), `${JSON.stringify(widgets, null, 2)}\n`);
  const entries = filesUnder(stage).map((file) => [`outcome-kit/${relative(stage, file).split(sep).join('/')}`, readFileSync(file)]);
  const archive = zip(entries);
  writeFileSync(join(out, 'outcome-kit.zip'), archive);
  console.log(`WordPress plugin: ${relative(root, join(out, 'outcome-kit.zip'))} (${entries.length} files, ${Math.round(archive.length / 1024)} KB; widgets: ${Object.keys(widgets).join(', ')})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
