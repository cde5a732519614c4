/**
 * Change ideas' texts by id from a driver diagram document (`{ nodes: [{ id, kind: 'change', text }] }`),
 * so a PDSA log read from the same document names its change ideas. Empty for anything else.
 */
export function changeNames(value: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return names;
  const nodes = (value as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return names;
  for (const n of nodes) {
    if (!n || typeof n !== 'object') continue;
    const { id, text } = n as { id?: unknown; text?: unknown };
    if (typeof id === 'string' && typeof text === 'string' && text.trim()) names.set(id.trim(), text.trim());
  }
  return names;
}
