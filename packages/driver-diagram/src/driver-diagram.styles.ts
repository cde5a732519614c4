import { css } from 'lit';

/**
 * The diagram's look. Narrow: a stacked tree, each level indented under a connector line. Wide
 * (the element at least 56rem): the classic left-to-right diagram, one column per level, with
 * connectors drawn by borders. Words never break inside; statuses carry a shape and a name.
 */
export const driverDiagramStyles = css`
  :host {
    --dd-adopted: var(--outcome-status-achieved, #1b6b35);
    --dd-testing: var(--outcome-status-in-progress, #7a4d00);
    --dd-abandoned: var(--outcome-status-off-track, #b3261e);
    --dd-not-tested: var(--outcome-status-not-started, #595959);
    --dd-line: var(--outcome-border-color, #767676);
  }
  [part~='description'] {
    margin: 0 0 0.75rem;
    max-width: 70ch;
  }
  .tree,
  .children {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .children {
    margin-left: 0.75rem;
    padding-left: 0.75rem;
    border-left: 2px solid var(--dd-line);
  }
  .node {
    margin: 0.375rem 0;
    border-radius: var(--outcome-radius, 6px);
  }
  .card:focus {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .card {
    box-sizing: border-box;
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--dd-line);
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-card-background, var(--outcome-background, #ffffff));
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
    min-width: 0;
  }
  .children > .node > .card::before {
    content: '';
    position: absolute;
    left: calc(-0.75rem - 2px);
    top: 1.1rem;
    width: 0.75rem;
    border-top: 2px solid var(--dd-line);
  }
  [data-kind='aim'] > .card {
    border-width: 2px;
    font-size: 1.0625rem;
  }
  .kind {
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .text {
    font-weight: 600;
  }
  .owner,
  .node-status,
  .measures {
    font-size: 0.875rem;
    margin: 0;
  }
  .node-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .change-status,
  .measure-status,
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .icon {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  [data-change-status='adopted'] { color: var(--dd-adopted); }
  [data-change-status='testing'] { color: var(--dd-testing); }
  [data-change-status='abandoned'] { color: var(--dd-abandoned); }
  [data-change-status='not-tested'] { color: var(--dd-not-tested); }
  .measure-status[data-status='achieved'] { color: var(--outcome-status-achieved, #1d4f91); }
  .measure-status[data-status='on-track'] { color: var(--outcome-status-on-track, #1b6b35); }
  .measure-status[data-status='in-progress'] { color: var(--outcome-status-in-progress, #7a4d00); }
  .measure-status[data-status='off-track'] { color: var(--outcome-status-off-track, #b3261e); }
  .measure-status[data-status='not-started'] { color: var(--outcome-status-not-started, #595959); }
  .pdsa {
    color: var(--outcome-accent-color, #0b5cad);
  }
  span.pdsa {
    color: inherit;
  }
  .measures {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .measure-name {
    display: block;
  }
  .measure-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .sparkline {
    width: 88px;
    height: 28px;
    color: var(--outcome-sparkline-color, var(--outcome-accent-color, #0b5cad));
    flex: none;
  }
  @container (min-width: 56rem) {
    /* One column per level: a card, then its children; connectors run through the middle of the gap. */
    .node {
      display: flex;
      align-items: flex-start;
      gap: 1.25rem;
      margin: 0;
    }
    /* A card takes its share of the width left for its level and the levels under it (no style attributes: strict CSP). */
    .node[data-span='4'] > .card { flex: 0 0 calc((100% - 3 * 1.25rem) / 4); }
    .node[data-span='3'] > .card { flex: 0 0 calc((100% - 2 * 1.25rem) / 3); }
    .node[data-span='2'] > .card { flex: 0 0 calc((100% - 1.25rem) / 2); }
    .node[data-span='1'] > .card { flex: 1 1 0; }
    .node > .children {
      flex: 1 1 0;
      min-width: 0;
      margin: 0;
      padding-left: 0;
      border-left: 0;
    }
    .children > .node {
      position: relative;
      padding-block: 0.25rem;
    }
    .children > .node::before {
      content: '';
      position: absolute;
      left: calc(-0.625rem - 1px);
      top: 0;
      bottom: 0;
      border-left: 2px solid var(--dd-line);
    }
    .children > .node:first-child::before {
      top: 1.35rem;
    }
    .children > .node:last-child::before {
      bottom: auto;
      height: 1.35rem;
    }
    .children > .node:only-child::before {
      display: none;
    }
    .children > .node > .card::before {
      left: calc(-1.25rem - 1px);
      top: 1.1rem;
      width: 1.25rem;
    }
  }
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .children, .children > .node::before, .children > .node > .card::before { border-color: CanvasText; }
  }
  @media print {
    .node > .card { break-inside: avoid; }
  }
`;
