import { css } from 'lit';

/** The small multiples' grid: as many columns of at least 15rem as fit, one on a phone. */
export const controlChartStyles = css`
  .facet-summary {
    overflow-x: auto;
    margin-bottom: 0.75rem;
  }
  .facet-summary table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  .facet-summary caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .facet-summary th,
  .facet-summary td {
    border-bottom: 1px solid var(--outcome-border-color, #767676);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    overflow-wrap: normal;
    word-break: normal;
  }
  .facet-summary td:first-child,
  .facet-summary th:last-child,
  .facet-summary td:last-child {
    white-space: nowrap;
  }
  .facet-summary td:nth-child(2) {
    min-width: 9rem;
  }
  .facet-summary td:nth-child(3) {
    min-width: 12rem;
  }
  .facets {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem;
  }
  .facet {
    border: 1px solid var(--outcome-border-color, #767676);
    border-radius: var(--outcome-radius, 6px);
    padding: 0.5rem;
    min-width: 0;
  }
  .facet-title {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .facet-verdict {
    margin: 0.125rem 0 0.25rem;
    font-size: 0.875rem;
  }
  .facet-verdict[data-variation='special']::before {
    content: '▲ ';
  }
  .facet-note {
    margin: 0.5rem 0;
    font-size: 0.875rem;
    font-style: italic;
  }
  .facet-chart {
    width: 100%;
    min-height: 1px;
  }
  .facet-chart svg {
    max-width: 100%;
    height: auto;
  }
`;
