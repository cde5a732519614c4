import { html, nothing, type TemplateResult } from 'lit';
import {
  DRIVER_DIAGRAM_MESSAGES,
  PDSA_MESSAGES,
  THEORY_OF_ACTION_MESSAGES,
  formatLatest,
  type DriverDiagramModel,
  type DriverNode,
  type Lang,
  type Measure,
} from '@outcome-kit/core';
import { sparkline, statusIcon, verdictIcon } from '@outcome-kit/elements';
import { changeStatusIcon } from './icons.js';

/** What the tree's templates need from the element. */
export interface TreeContext {
  lang: Lang;
  /** A prefix for ids, unique to the element. */
  ids: string;
  /** The node that holds the roving tab stop. */
  focused: string;
  /** The PDSA log's address for a change idea, or null (no link). */
  logHref(node: DriverNode): string | null;
  onKeydown(event: KeyboardEvent): void;
  onFocus(id: string): void;
}

const MAX_LEVELS = 4;

function measureLine(measure: Measure, lang: Lang): TemplateResult {
  const t = THEORY_OF_ACTION_MESSAGES[lang];
  return html`<li class="measure" data-verdict=${measure.verdict}>
    <span class="measure-name">${measure.name}</span>
    <span class="measure-line">
      ${sparkline(measure) ?? nothing}
      <span class="latest">${measure.latest ? `${t.latest}: ${formatLatest(measure, lang)}` : t.verdict['no-data']}</span>
      ${measure.verdict === 'no-data' ? nothing : html`<span class="verdict">${verdictIcon(measure.verdict)}${t.verdict[measure.verdict]}</span>`}
    </span>
  </li>`;
}

function statusLine(node: DriverNode, ctx: TreeContext, id: string): TemplateResult | typeof nothing {
  const m = DRIVER_DIAGRAM_MESSAGES[ctx.lang];
  if (node.changeStatus) {
    const cycles = node.pdsa?.cycles.length ?? 0;
    const decision = node.pdsa?.latestDecision;
    const href = cycles ? ctx.logHref(node) : null;
    const count = `${m.pdsaCount(cycles)}${decision ? ` · ${PDSA_MESSAGES[ctx.lang].decision[decision]}` : ''}`;
    return html`<p class="node-status" id=${id}>
      <span class="change-status" data-change-status=${node.changeStatus}>${changeStatusIcon(node.changeStatus)}${m.changeStatus[node.changeStatus]}</span>
      ${href ? html`<a class="pdsa" part="pdsa-link" href=${href} aria-label=${`${count}: ${m.openLog(node.text)}`}>${count}</a>` : html`<span class="pdsa">${count}</span>`}
    </p>`;
  }
  if (node.measureStatus) {
    const t = THEORY_OF_ACTION_MESSAGES[ctx.lang];
    return html`<p class="node-status" id=${id}><span class="measure-status" data-status=${node.measureStatus}>${statusIcon(node.measureStatus)}${t.status[node.measureStatus]}</span></p>`;
  }
  return nothing;
}

function item(model: DriverDiagramModel, node: DriverNode, ctx: TreeContext, byId: Map<string, DriverNode>): TemplateResult {
  const m = DRIVER_DIAGRAM_MESSAGES[ctx.lang];
  const base = `${ctx.ids}-${model.nodes.indexOf(node)}`;
  const children = node.children.map((id) => byId.get(id)!);
  const status = statusLine(node, ctx, `${base}-status`);
  return html`<li class="node" part="node ${node.kind}" data-kind=${node.kind} data-span=${MAX_LEVELS - node.level + 1}>
    <div
      class="card"
      part="card"
      role="group"
      data-id=${node.id}
      aria-labelledby="${base}-kind ${base}-text"
      aria-describedby=${status === nothing ? nothing : `${base}-status`}
      tabindex=${ctx.focused === node.id ? '0' : '-1'}
      @focus=${(e: FocusEvent) => e.target === e.currentTarget && ctx.onFocus(node.id)}
    >
      <span class="kind" id="${base}-kind">${m.kind[node.kind]}</span>
      <span class="text" id="${base}-text">${node.text}</span>
      ${node.owner ? html`<span class="owner">${m.owner(node.owner)}</span>` : nothing}
      ${status}
      ${node.measures.length ? html`<ul class="measures" aria-label=${m.measures}>${node.measures.map((x) => measureLine(x, ctx.lang))}</ul>` : nothing}
    </div>
    ${children.length ? html`<ul class="children" aria-label=${m.under(node.text)}>${children.map((c) => item(model, c, ctx, byId))}</ul>` : nothing}
  </li>`;
}

/**
 * The diagram as nested lists (screen readers announce each list's level), each node a card that
 * holds one roving tab stop: arrow keys move through the tree (see keys.ts).
 */
export function treeTemplate(model: DriverDiagramModel, ctx: TreeContext): TemplateResult {
  const m = DRIVER_DIAGRAM_MESSAGES[ctx.lang];
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const aim = byId.get(model.aim)!;
  return html`${model.description ? html`<p part="description">${model.description}</p>` : nothing}
    <ul class="tree" part="tree" aria-label=${m.treeLabel(aim.text)} @keydown=${ctx.onKeydown}>
      ${item(model, aim, ctx, byId)}
    </ul>`;
}
