import type { DriverDiagramModel } from '@outcome-kit/core';

/** What a key does in the diagram: the node to move to, or null. */
export type TreeMove = { focus: string } | null;

/**
 * Keyboard moves through the diagram, as in a tree view: ↓/↑ the next/previous node in reading
 * order (depth first), → the first child, ← the parent, Home/End the aim and the last node.
 */
export function treeMove(model: DriverDiagramModel, current: string, key: string): TreeMove {
  const order = model.nodes.map((n) => n.id);
  const at = order.indexOf(current);
  const node = model.nodes[at];
  if (!node) return null;
  switch (key) {
    case 'ArrowDown':
      return at + 1 < order.length ? { focus: order[at + 1]! } : null;
    case 'ArrowUp':
      return at > 0 ? { focus: order[at - 1]! } : null;
    case 'ArrowRight':
      return node.children.length ? { focus: node.children[0]! } : null;
    case 'ArrowLeft':
      return node.parent ? { focus: node.parent } : null;
    case 'Home':
      return { focus: order[0]! };
    case 'End':
      return { focus: order[order.length - 1]! };
    default:
      return null;
  }
}
