// The API tables and controls of each element's docs page, from custom-elements.json: one row per
// attribute (its property is the same thing, so it gets no second row), properties that have no
// attribute (`data`), read-only getters without a control, and events, slots, CSS parts and CSS
// custom properties under their own keys, so a part named `chart` cannot replace the `chart`
// attribute's row. Storybook's own extractor keys every kind by bare name and lists each attribute
// twice (`heading-level` and `headingLevel`).

interface CemType {
  text?: string;
}
interface CemItem {
  name: string;
  kind?: string;
  type?: CemType | string;
  description?: string;
  default?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface CemDeclaration {
  tagName?: string;
  description?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssParts?: CemItem[];
  cssProperties?: CemItem[];
}
export interface Manifest {
  modules?: Array<{ declarations?: CemDeclaration[] }>;
}

type ArgType = Record<string, unknown>;

const typeText = (item: CemItem) => (typeof item.type === 'string' ? item.type : (item.type?.text ?? ''));

/** `'ihi' | 'anhoej'` → ['ihi', 'anhoej']; null when the type is not a union of string literals. */
export function literalOptions(type: string): string[] | null {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/** The control an attribute's type calls for. */
export function controlFor(type: string): ArgType['control'] {
  const options = literalOptions(type);
  if (options) return { type: 'select' };
  const bare = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'number') return { type: 'number' };
  if (bare === 'string') return { type: 'text' };
  return { type: 'object' };
}

function row(item: CemItem, category: string, extra: ArgType = {}): ArgType {
  const type = typeText(item);
  return {
    name: item.name,
    description: item.description ?? '',
    type: { name: type || 'other', required: false },
    table: { category, type: { summary: type || undefined }, defaultValue: item.default !== undefined ? { summary: item.default } : undefined },
    ...extra,
  };
}

function declarationOf(manifest: Manifest, tag: string): CemDeclaration | undefined {
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** Storybook's `parameters.docs.extractArgTypes` for a manifest. */
export function argTypesFrom(manifest: Manifest) {
  return (tag: string): Record<string, ArgType> | null => {
    const d = declarationOf(manifest, tag);
    if (!d) return null;
    const out: Record<string, ArgType> = {};
    const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
    for (const attr of d.attributes ?? []) {
      const type = typeText(attr);
      const options = literalOptions(type);
      out[attr.name] = row(attr, 'attributes', { control: controlFor(type), ...(options ? { options } : {}) });
    }
    for (const m of d.members ?? []) {
      if (m.kind !== 'field' || m.static || m.privacy === 'private' || m.privacy === 'protected') continue;
      if (m.attribute || withAttribute.has(m.name)) continue;
      out[m.name] = m.readonly ? row(m, 'read-only properties', { control: false }) : row(m, 'properties', { control: { type: 'object' } });
    }
    for (const e of d.events ?? []) {
      const handler = `on${e.name.replace(/(^|[-_:.\s]+)(.)/g, (_m, _s, c: string) => c.toUpperCase())}`;
      out[handler] = { name: handler, action: e.name, table: { disable: true } };
      out[`event:${e.name}`] = row(e, 'events', { control: false });
    }
    for (const s of d.slots ?? []) out[`slot:${s.name || 'default'}`] = row({ ...s, name: s.name || '(default)' }, 'slots', { control: false });
    for (const p of d.cssParts ?? []) out[`part:${p.name}`] = row(p, 'css shadow parts', { control: false });
    for (const p of d.cssProperties ?? []) out[p.name] = row(p, 'css custom properties', { control: false });
    return out;
  };
}
