import { css } from 'lit';

/** The report's look: a scrolling table whose first column stays in view, Dashboard swatches, the DA verdict. */
export const equityReportStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0 0 0.75rem;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.875rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-background, #ffffff);
    color: inherit;
  }
  select:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .subheading {
    font-weight: 700;
    font-size: 1.0625rem;
    margin: 1rem 0 0.375rem;
  }
  [part~='da'] {
    border-left: 6px solid var(--outcome-border-color, #767676);
    padding: 0.5rem 0.75rem;
    margin: 0 0 1rem;
    background: var(--outcome-status-background, #f3f3f3);
    max-width: 70ch;
  }
  [part~='da'][data-eligible='true'] {
    border-left-color: var(--outcome-da-eligible-color, #a4001d);
  }
  [part~='da'] .subheading {
    margin-top: 0;
  }
  .verdict {
    font-weight: 700;
    display: flex;
    gap: 0.375rem;
    align-items: center;
    margin: 0 0 0.25rem;
  }
  .verdict svg {
    width: 1.125rem;
    height: 1.125rem;
    flex: none;
  }
  [part~='da'] p,
  [part~='da'] ul {
    margin: 0.25rem 0;
  }
  [part~='da'] ul {
    padding-left: 1.25rem;
  }
  caption.hidden-caption {
    padding: 0;
  }
  .caption {
    font-weight: 600;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .scroll {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
  }
  .scroll table {
    border: none;
  }
  .scroll th,
  .scroll td {
    border-top: none;
    border-left: none;
  }
  table.report {
    min-width: 100%;
  }
  table.report caption,
  table.counts caption {
    padding: 0.375rem 0.5rem;
  }
  table.report th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--outcome-table-header-background, #f3f3f3);
    min-width: 7.5rem;
    max-width: 15rem;
    /* Names wrap between words, never inside one ("Socioeconómicamente" stays whole). */
    overflow-wrap: normal;
    font-weight: 600;
  }
  table.report td {
    padding: 0;
    min-width: 7.5rem;
  }
  th .sort {
    all: unset;
    box-sizing: border-box;
    display: flex;
    gap: 0.25rem;
    align-items: center;
    min-height: 44px;
    width: 100%;
    cursor: pointer;
    font-weight: 700;
    color: var(--outcome-accent-color, #0b5cad);
  }
  th .sort:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: -3px;
  }
  th .sort .arrow {
    font-size: 0.75rem;
    flex: none;
  }
  button.cell {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
    line-height: 1.35;
  }
  button.cell:hover {
    background: var(--outcome-button-hover-background, #e8f0fa);
  }
  button.cell:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: -3px;
  }
  .cell-color {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 700;
  }
  .swatch {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  .cell-levels,
  .cell-numbers {
    display: block;
    font-size: 0.8125rem;
  }
  .cell-numbers {
    color: var(--outcome-muted-color, #4a4a4a);
    font-variant-numeric: tabular-nums;
  }
  .nodata {
    display: block;
    padding: 0.25rem 0.5rem;
    color: var(--outcome-muted-color, #4a4a4a);
  }
  .counts-wrap {
    margin-top: 0.5rem;
  }
  table.counts td.num {
    min-width: 4rem;
  }
  table.counts .all {
    display: flex;
    gap: 0.375rem;
    align-items: center;
  }
  dialog {
    width: min(56rem, calc(100vw - 1rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    color: var(--outcome-text-color, #1a1a1a);
    background: var(--outcome-background, #ffffff);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem 0.5rem 0;
  }
  .dialog-body {
    padding: 0.5rem 0.75rem 0.75rem;
  }
  @media (forced-colors: active) {
    .swatch path {
      forced-color-adjust: none;
    }
    [part~='da'] {
      border-left-color: CanvasText;
    }
  }
  @media print {
    .controls,
    dialog {
      display: none !important;
    }
    .scroll {
      overflow: visible;
    }
    table.report th[scope='row'] {
      position: static;
    }
  }
`;
