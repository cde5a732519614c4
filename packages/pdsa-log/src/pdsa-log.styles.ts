import { css } from 'lit';

/** The log's look: cycles as cards in order, decisions with a shape and a word, the ramp as a small grid. */
export const pdsaLogStyles = css`
  :host {
    --pdsa-adopt: var(--outcome-status-achieved, #1b6b35);
    --pdsa-adapt: var(--outcome-status-in-progress, #7a4d00);
    --pdsa-abandon: var(--outcome-status-off-track, #b3261e);
    --pdsa-line: var(--outcome-border-color, #767676);
  }
  [part~='description'] {
    margin: 0 0 0.75rem;
    max-width: 70ch;
  }
  .group + .group {
    margin-top: 1.25rem;
  }
  .group-name {
    font-weight: 700;
    font-size: 1.0625rem;
    margin: 0 0 0.25rem;
  }
  .group-summary {
    margin: 0 0 0.5rem;
  }
  .cycles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.625rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  }
  .cycle {
    border: 1px solid var(--pdsa-line);
    border-left: 4px solid var(--pdsa-line);
    border-radius: var(--outcome-radius, 6px);
    padding: 0.5rem 0.75rem;
    background: var(--outcome-card-background, var(--outcome-background, #ffffff));
    overflow-wrap: normal;
    min-width: 0;
  }
  .cycle:focus {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .cycle[data-decision='adopt'] { border-left-color: var(--pdsa-adopt); }
  .cycle[data-decision='adapt'] { border-left-color: var(--pdsa-adapt); }
  .cycle[data-decision='abandon'] { border-left-color: var(--pdsa-abandon); }
  .cycle-title {
    font-weight: 700;
  }
  .meta {
    margin: 0.125rem 0 0.375rem;
    font-size: 0.875rem;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125rem;
    font-size: 0.9375rem;
  }
  dt {
    font-weight: 700;
    margin-top: 0.25rem;
  }
  dd {
    margin: 0;
  }
  .met,
  .decision {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .met[data-met='true'] { color: var(--pdsa-adopt); }
  .met[data-met='false'] { color: var(--pdsa-abandon); }
  .decision[data-decision='adopt'] { color: var(--pdsa-adopt); }
  .decision[data-decision='adapt'] { color: var(--pdsa-adapt); }
  .decision[data-decision='abandon'] { color: var(--pdsa-abandon); }
  .icon {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  .ramp {
    margin: 0.25rem 0 0.75rem;
  }
  .ramp figcaption {
    font-size: 0.875rem;
    margin-bottom: 0.25rem;
  }
  /* A table layout lines the cycles up in columns across the scale rows (no style attributes: strict CSP). */
  .ramp-grid {
    display: table;
    border-spacing: 0.375rem 0.25rem;
    font-size: 0.875rem;
  }
  .ramp-row {
    display: table-row;
  }
  .ramp-scale,
  .ramp-cell {
    display: table-cell;
    vertical-align: middle;
  }
  .ramp-scale {
    padding-right: 0.5rem;
    border-right: 2px solid var(--pdsa-line);
  }
  .ramp-cell {
    width: 1.75rem;
    text-align: center;
  }
  .ramp-mark {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid var(--pdsa-line);
    font-weight: 700;
  }
  .ramp-mark[data-decision='adopt'] { border-color: var(--pdsa-adopt); background: var(--pdsa-adopt); color: #fff; }
  .ramp-mark[data-decision='adapt'] { border-color: var(--pdsa-adapt); }
  .ramp-mark[data-decision='abandon'] { border-color: var(--pdsa-abandon); border-style: dashed; }
  @media (forced-colors: active) {
    .cycle, .ramp-mark { border-color: CanvasText; }
  }
`;
