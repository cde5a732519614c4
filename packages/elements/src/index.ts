/**
 * @outcome-kit/elements — the Lit base element every Outcome Kit widget extends, and the shared UI.
 * @packageDocumentation
 */
export { OutcomeElement, type OutcomeStatus, type OutcomeErrorDetail } from './outcome-element.js';
export { defineElement } from './define.js';
export { drawChart, loadVegaEmbed, type ChartView } from './vega.js';
export { whenNearViewport } from './visibility.js';
export { pickSource, loadSource, inlineDataScript, dedent, type DataSource } from './data-source.js';
export { baseStyles } from './styles.js';
export { headingTemplate, tableTemplate, errorTemplate } from './templates.js';
export { fileName, downloadText, downloadUrl } from './download.js';
export { optionsFromProperties } from './attribute-options.js';
export { arrowIcon, sparkline, statusIcon, verdictIcon } from './measure-icons.js';
