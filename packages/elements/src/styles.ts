import { css } from 'lit';

/** The shared look of every Outcome Kit widget; brands change it through `--outcome-*` properties. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--outcome-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    color: var(--outcome-text-color, #1a1a1a);
    background: var(--outcome-background, #ffffff);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    padding: var(--outcome-padding, 1rem);
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: var(--outcome-heading-size, 1.25rem);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part='chart'] {
    width: 100%;
    min-height: 1px;
  }
  [part='chart'] svg {
    max-width: 100%;
    height: auto;
  }
  [part='summary'] {
    margin: 0.75rem 0;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }
  /* The loading box keeps the chart's height, so the page does not jump (a class, not a style attribute: strict CSP). */
  .status.loading {
    min-height: var(--outcome-loading-min-height, 20rem);
    box-sizing: border-box;
  }
  .status {
    padding: 1rem;
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-status-background, #f3f3f3);
    color: var(--outcome-text-color, #1a1a1a);
  }
  [part='error'] {
    border-left: 4px solid var(--outcome-error-color, #a4001d);
    background: var(--outcome-error-background, #fff4f4);
    overflow-wrap: anywhere;
  }
  [part='error'] ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button {
    font: inherit;
    font-size: 0.9375rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--outcome-accent-color, #0b5cad);
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-button-background, #ffffff);
    color: var(--outcome-accent-color, #0b5cad);
    cursor: pointer;
  }
  button:hover {
    background: var(--outcome-button-hover-background, #e8f0fa);
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 0.75rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    min-width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border: 1px solid var(--outcome-border-color, #767676);
    padding: 0.25rem 0.5rem;
    text-align: left;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  th {
    background: var(--outcome-table-header-background, #f3f3f3);
  }
  td.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    [part='base'],
    button,
    th,
    td {
      border-color: CanvasText;
    }
    [part='chart'] svg {
      forced-color-adjust: none;
      background: Canvas;
    }
  }
  /* On paper: the chart, the summary and the data table (shown even when hidden on screen); no buttons. */
  @media print {
    .toolbar,
    [part='table-toggle'],
    [part='exports'] {
      display: none !important;
    }
    .table-wrap.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0.75rem 0 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .table-wrap {
      overflow: visible;
    }
    [part='base'] {
      border: none;
      padding: 0;
    }
    .heading {
      break-after: avoid;
    }
    [part='chart'],
    [part='summary'],
    caption,
    tr {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    table {
      font-size: 0.75rem;
    }
    /* Words and numbers stay whole on paper (a narrow page would otherwise break "24.1%" in two). */
    th,
    td {
      overflow-wrap: break-word;
    }
    td.num {
      white-space: nowrap;
    }
  }
`;
