// Generates custom-elements.json from the JSDoc of every element package: one manifest at the
// root (Storybook reads it) and one per package (its `customElements` field points at it), plus a
// VS Code custom-data file so editors complete the elements' attributes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--quiet', '--globs', 'packages/*/src/**/*.ts', '--exclude', 'packages/core/**', '--exclude', 'packages/*/src/**/*.d.ts', '--outdir', '.'],
  { stdio: 'inherit' },
);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// Only the public API: TypeScript's private and protected members are implementation, not docs
// (Storybook would list them as properties and controls).
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !m.static);
  }
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2));

// Every workspace package that declares a manifest (its package.json `customElements` field) gets its own.
const elementPackages = JSON.parse(readFileSync('package.json', 'utf8'))
  .workspaces.map((dir) => dir.replace(/^packages\//, ''))
  .filter((pkg) => existsSync(`packages/${pkg}/package.json`) && JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).customElements);
for (const pkg of elementPackages) {
  const modules = manifest.modules
    .filter((m) => m.path.startsWith(`packages/${pkg}/src/`))
    .map((m) => ({ ...m, path: m.path.replace(`packages/${pkg}/src/`, 'dist/').replace(/\.ts$/, '.js') }));
  writeFileSync(`packages/${pkg}/custom-elements.json`, JSON.stringify({ ...manifest, modules }, null, 2));
}

// VS Code HTML custom data: tags with their attributes and descriptions.
const tags = [];
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    tags.push({
      name: decl.tagName,
      description: decl.description ?? decl.summary ?? '',
      attributes: (decl.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '' })),
    });
  }
}
writeFileSync('packages/embed/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2));
