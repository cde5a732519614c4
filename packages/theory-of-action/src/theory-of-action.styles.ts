import { css } from 'lit';

/** The chain's look. Status colours always come with the status's name and its own shape. */
export const theoryOfActionStyles = css`
  :host {
    --toa-achieved: var(--outcome-status-achieved, #1d4f91);
    --toa-on-track: var(--outcome-status-on-track, #1b6b35);
    --toa-in-progress: var(--outcome-status-in-progress, #7a4d00);
    --toa-off-track: var(--outcome-status-off-track, #b3261e);
    --toa-not-started: var(--outcome-status-not-started, #595959);
  }
  [part~='description'] {
    margin: 0 0 0.75rem;
    max-width: 70ch;
  }
  .chain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .stage {
    position: relative;
    min-width: 0;
  }
  .stage-name {
    font-weight: 700;
    font-size: 0.9375rem;
    margin: 0 0 0.375rem;
  }
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .link {
    border: 1px solid var(--outcome-border-color, #767676);
    border-left: 6px solid var(--toa-color);
    border-radius: var(--outcome-radius, 6px);
    padding: 0.5rem 0.625rem;
    background: var(--outcome-card-background, #ffffff);
    /* A long word wraps only when it cannot fit its line: columns are wide enough that none has to. */
    overflow-wrap: break-word;
    min-width: 0;
  }
  .link[data-status='achieved'],
  .icon[data-status='achieved'] {
    --toa-color: var(--toa-achieved);
  }
  .link[data-status='on-track'],
  .icon[data-status='on-track'] {
    --toa-color: var(--toa-on-track);
  }
  .link[data-status='in-progress'],
  .icon[data-status='in-progress'] {
    --toa-color: var(--toa-in-progress);
  }
  .link[data-status='off-track'],
  .icon[data-status='off-track'] {
    --toa-color: var(--toa-off-track);
  }
  .link[data-status='not-started'],
  .icon[data-status='not-started'] {
    --toa-color: var(--toa-not-started);
  }
  .link[data-break] {
    border-width: 3px 3px 3px 6px;
    border-color: var(--toa-off-track);
    border-style: solid solid solid solid;
  }
  .link[data-break][data-status='not-started'] {
    border-style: dashed dashed dashed solid;
  }
  .link-label {
    font-weight: 600;
    margin: 0;
  }
  .link-status,
  .break,
  .owner,
  .leads,
  .link-description,
  .no-measures {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }
  .link-status {
    font-weight: 600;
    overflow-wrap: normal;
  }
  .derived {
    font-weight: 400;
    font-style: italic;
  }
  .break {
    font-weight: 700;
    color: var(--toa-off-track);
  }
  .icon {
    flex: none;
    display: inline-block;
    vertical-align: -0.15em;
    margin-right: 0.3rem;
    width: 1rem;
    height: 1rem;
    color: var(--toa-color, currentColor);
  }
  .measures {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .measure-toggle {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.125rem;
    width: 100%;
    text-align: left;
    color: var(--outcome-text-color, #1a1a1a);
    border-color: var(--outcome-border-color, #767676);
    padding: 0.375rem 0.5rem;
    font-size: 0.875rem;
  }
  .measure-name {
    font-weight: 600;
    color: var(--outcome-accent-color, #0b5cad);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .measure-line {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .sparkline {
    flex: none;
    width: 88px;
    height: 28px;
    color: var(--outcome-sparkline-color, #0b5cad);
  }
  .latest {
    font-variant-numeric: tabular-nums;
  }
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-style: italic;
  }
  .verdict .icon {
    margin-right: 0;
  }
  .measure-details {
    margin: 0.25rem 0 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .measure-details p {
    margin: 0.25rem 0;
  }
  .measure-details table {
    min-width: 0;
    font-size: 0.8125rem;
  }
  details {
    margin-top: 0.375rem;
    font-size: 0.875rem;
  }
  summary {
    cursor: pointer;
    color: var(--outcome-accent-color, #0b5cad);
    min-height: 24px;
  }
  summary:focus-visible {
    outline: 3px solid var(--outcome-focus-color, #1a1a1a);
    outline-offset: 2px;
  }
  .arrow {
    display: flex;
    justify-content: center;
    color: var(--outcome-border-color, #767676);
    padding: 0.125rem 0;
  }
  .arrow svg {
    width: 1.25rem;
    height: 1.25rem;
    transform: rotate(90deg);
  }
  /* Auto layout: six columns when each gets about 10rem, three (two rows) when each gets about 12rem, else stacked. */
  @container (min-width: 40rem) {
    .chain[data-layout='auto'] {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      column-gap: 1.75rem;
      row-gap: 1rem;
    }
    .chain[data-layout='auto'] .arrow {
      position: absolute;
      top: 0;
      right: -1.625rem;
      padding: 0;
    }
    .chain[data-layout='auto'] .arrow svg {
      transform: none;
    }
    .chain[data-layout='auto'] > .stage:nth-child(3n) .arrow {
      display: none;
    }
  }
  @container (min-width: 66rem) {
    .chain[data-layout='auto'] {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
    .chain[data-layout='auto'] > .stage:nth-child(3n) .arrow {
      display: flex;
    }
  }
  .values-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .chart-open {
    margin-top: 0.375rem;
    font-size: 0.875rem;
  }
  dialog.chart-dialog {
    width: min(64rem, calc(100vw - 2rem));
    max-width: none;
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: 0.75rem;
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    background: var(--outcome-background, #ffffff);
    color: var(--outcome-text-color, #1a1a1a);
    overflow-wrap: normal;
    font-size: 1rem;
  }
  dialog.chart-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5rem;
  }
  .chain[data-layout='horizontal'] {
    flex-direction: row;
    gap: 1.75rem;
    overflow-x: auto;
  }
  .chain[data-layout='horizontal'] > .stage {
    flex: 1 0 11rem;
  }
  .chain[data-layout='horizontal'] .arrow {
    position: absolute;
    top: 0;
    right: -1.625rem;
    padding: 0;
  }
  .chain[data-layout='horizontal'] .arrow svg {
    transform: none;
  }
  @media print {
    .chain[data-layout] {
      flex-direction: column;
    }
    .chain[data-layout] .arrow {
      position: static;
    }
    .chain[data-layout] .arrow svg {
      transform: rotate(90deg);
    }
    .measure-details[hidden] {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .link,
    .link[data-break] {
      border-color: CanvasText;
    }
    .icon,
    .sparkline,
    .break {
      color: CanvasText;
    }
  }
`;
