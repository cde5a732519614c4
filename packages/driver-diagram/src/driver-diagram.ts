import type { TemplateResult } from 'lit';
import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DRIVER_DIAGRAM_ATTRIBUTES, type DriverDiagramModel, type DriverDiagramOptions, type DriverDiagramOptionsInput, type DriverNode, type Views, type WidgetDefinition } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';
import { driverDiagramStyles } from './driver-diagram.styles.js';
import { treeMove } from './keys.js';
import type { treeTemplate } from './tree.js';

/** `outcome-select` detail: the node that was activated (Enter or Space), as model data. */
export interface DriverDiagramSelectDetail {
  node: DriverNode;
}

let uid = 0;

/** The tree's templates come with the analysis in the lazily loaded chunk. */
let tree: typeof treeTemplate | undefined;

/**
 * `<outcome-driver-diagram>`: what are we changing, and why? The aim at the root, its primary
 * drivers, their secondary drivers and the change ideas being tested, drawn as an accessible tree
 * (real nested lists, so each node's level is announced; one tab stop, and arrow keys move
 * through it as in a tree view: ↓ ↑ in reading order, → first child, ← parent, Home, End). The aim and
 * drivers show their measures (a sparkline, the latest value and the run-chart verdict in words);
 * each change idea shows how many PDSA cycles tested it and the latest decision, and links to its
 * log when `pdsa-href` is set. Left to right when the element is at least 56rem wide, stacked when narrower.
 *
 * Data: a JSON document `{ title, description, nodes: [{ id, parent, kind: aim | primary |
 * secondary | change, text, owner, measures: [ids], status }], measures: [{ id, name, unit,
 * direction, goal, values: [{ x, y }] }], cycles: [PDSA cycles] }`, or flat CSV rows (id, parent,
 * kind, text, owner, measures, status).
 *
 * @tagname outcome-driver-diagram
 * @summary A driver diagram: aim → drivers → change ideas, with their measures and PDSA cycles.
 * @fires outcome-render - The model was analysed and the tree drawn. `detail`: the driver diagram model.
 * @fires outcome-error - Bad data (a missing parent, a circle, an orphan…), bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 * @fires outcome-select - A node was activated with Enter or Space. `detail`: `{ node }`.
 * @csspart tree - The tree (a list).
 * @csspart node - One node (a list item with its children); also `aim`, `primary`, `secondary` or `change`.
 * @csspart card - A node's card (focusable: Enter or Space fires `outcome-select`).
 * @csspart pdsa-link - A change idea's link to its PDSA log.
 * @csspart description - The document's description.
 * @cssproperty [--outcome-status-achieved=#1b6b35] - Colour of "Adopted" (with a checked circle).
 * @cssproperty [--outcome-status-in-progress=#7a4d00] - Colour of "Testing" (with a half circle).
 * @cssproperty [--outcome-status-off-track=#b3261e] - Colour of "Abandoned" (with a struck circle).
 * @cssproperty [--outcome-status-not-started=#595959] - Colour of "Not tested yet" (with a dashed circle).
 * @cssproperty [--outcome-card-background=#ffffff] - The cards' background.
 * @cssproperty [--outcome-sparkline-color=#0b5cad] - The sparklines' line.
 */
export class OutcomeDriverDiagram extends OutcomeElement<DriverDiagramOptions, DriverDiagramModel> {
  static override styles = [...OutcomeElement.styles, driverDiagramStyles];

  /** Run-chart rules behind each measure's verdict: `ihi` or `anhoej`. */
  @property() rules = 'ihi';

  /** Fewest values a measure needs before the run-chart rules apply. */
  @property({ attribute: 'min-points' }) minPoints = '10';

  /**
   * Where a change idea's PDSA log is, with `{id}` for the change idea's id, e.g.
   * `#log-{id}` (an `<outcome-pdsa-log id="log-c-letters">` on the page) or `pdsa.html?change={id}`.
   */
  @property({ attribute: 'pdsa-href' }) pdsaHref = '';

  private readonly treeIds = `dd${++uid}`;
  private focusedId = '';

  protected override widget(): Promise<WidgetDefinition<DriverDiagramOptions, DriverDiagramModel>> {
    return import('./widget.js').then((m) => {
      tree = m.treeTemplate;
      return m.widget;
    });
  }

  protected override analysisOptions(): DriverDiagramOptionsInput {
    return optionsFromProperties(this, DRIVER_DIAGRAM_ATTRIBUTES);
  }

  private logHref = (node: DriverNode): string | null => (this.pdsaHref ? this.pdsaHref.replaceAll('{id}', encodeURIComponent(node.id)) : null);

  private focusNode(id: string): void {
    this.focusedId = id;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(id)}"]`)?.focus());
  }

  private onKeydown = (event: KeyboardEvent) => {
    const model = this.currentModel;
    const item = (event.target as HTMLElement).closest<HTMLElement>('.card');
    if (!model || !item || event.target !== item) return;
    const id = item.dataset.id!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const node = model.nodes.find((n) => n.id === id)!;
      const detail: DriverDiagramSelectDetail = { node };
      this.dispatchEvent(new CustomEvent('outcome-select', { bubbles: true, composed: true, detail }));
      return;
    }
    const move = treeMove(model, id, event.key);
    if (!move) return;
    event.preventDefault();
    this.focusNode(move.focus);
  };

  protected override renderContent(_views: Views, model: DriverDiagramModel): TemplateResult | typeof nothing {
    if (!tree) return nothing;
    if (!model.nodes.some((n) => n.id === this.focusedId)) this.focusedId = model.aim;
    return tree(model, {
      lang: this.language,
      ids: this.treeIds,
      focused: this.focusedId,
      logHref: this.logHref,
      onKeydown: this.onKeydown,
      onFocus: (id) => {
        if (this.focusedId !== id) {
          this.focusedId = id;
          this.requestUpdate();
        }
      },
    });
  }
}
