import { css } from 'lit';

/** The grid's look: filters above a scrolling table whose first column stays in view. */
export const countyGridStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0 0 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    font-size: 0.875rem;
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 44px;
    font-size: 0.9375rem;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
  }
  input[type='search'],
  select {
    font: inherit;
    font-weight: 400;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-background, #ffffff);
    color: inherit;
    max-width: 100%;
    box-sizing: border-box;
  }
  input[type='search'] {
    width: 18rem;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .count {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
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
  table.grid {
    min-width: 100%;
  }
  table.grid caption {
    padding: 0.375rem 0.5rem;
  }
  table.grid th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--outcome-table-header-background, #f3f3f3);
    min-width: 8rem;
    max-width: 15rem;
    /* Names wrap between words, never inside one ("Socioeconómicamente" stays whole). */
    overflow-wrap: normal;
  }
  th[scope='row'] a,
  th[scope='row'] button.open {
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 700;
    color: var(--outcome-accent-color, #0b5cad);
    overflow-wrap: normal;
  }
  th[scope='row'] button.open {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 700;
    color: var(--outcome-accent-color, #0b5cad);
    text-decoration: underline;
    cursor: pointer;
    overflow-wrap: normal;
  }
  th[scope='row'] a:focus-visible,
  th[scope='row'] button.open:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 1px;
  }
  .kind {
    display: block;
    font-weight: 400;
    font-size: 0.8125rem;
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
  table.grid td {
    min-width: 6.5rem;
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
  .cell-numbers,
  .da-groups {
    display: block;
    font-size: 0.8125rem;
  }
  .cell-numbers,
  .da-groups {
    color: var(--outcome-muted-color, #4a4a4a);
    font-variant-numeric: tabular-nums;
  }
  .da-yes {
    font-weight: 700;
  }
  .nodata {
    color: var(--outcome-muted-color, #4a4a4a);
  }
  @media (forced-colors: active) {
    .swatch path {
      forced-color-adjust: none;
    }
  }
  @media print {
    .controls {
      display: none !important;
    }
    .scroll {
      overflow: visible;
    }
    table.grid th[scope='row'] {
      position: static;
    }
  }
`;
