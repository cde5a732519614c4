import type { DriverDiagramModel } from '@outcome-kit/core';

/** The tree items a reader can reach now (children of collapsed nodes are hidden), in reading order. */
export function visibleNodes(model: DriverDiagramModel, collapsed: ReadonlySet<string>): string[] {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  const walk = (id: string) => {
    out.push(id);
    if (!collapsed.has(id)) for (const c of byId.get(id)!.children) walk(c);
  };
  walk(model.aim);
  return out;
}

/** What a key does in the tree (the WAI-ARIA tree view pattern). */
export type TreeMove = { focus: string } | { toggle: string; open: boolean } | null;

/**
 * ↓/↑ next/previous visible item; → opens a closed item, else moves to its first child; ← closes
 * an open item, else moves to its parent; Home/End the first/last visible item.
 */
export function treeMove(model: DriverDiagramModel, collapsed: ReadonlySet<string>, current: string, key: string): TreeMove {
  const visible = visibleNodes(model, collapsed);
  const at = visible.indexOf(current);
  const node = model.nodes.find((n) => n.id === current);
  if (at < 0 || !node) return null;
  switch (key) {
    case 'ArrowDown':
      return at + 1 < visible.length ? { focus: visible[at + 1]! } : null;
    case 'ArrowUp':
      return at > 0 ? { focus: visible[at - 1]! } : null;
    case 'ArrowRight':
      if (!node.children.length) return null;
      return collapsed.has(node.id) ? { toggle: node.id, open: true } : { focus: node.children[0]! };
    case 'ArrowLeft':
      if (node.children.length && !collapsed.has(node.id)) return { toggle: node.id, open: false };
      return node.parent ? { focus: node.parent } : null;
    case 'Home':
      return { focus: visible[0]! };
    case 'End':
      return { focus: visible[visible.length - 1]! };
    default:
      return null;
  }
}
