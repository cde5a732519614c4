import type { Lang } from './lang.js';
import { isolateBidi } from './bidi.js';
import { localize } from './registry.js';

/** Any value as text, never throwing (a bigint, a circular or null-prototype object, a symbol). */
function asText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Quotes a user's value for a message, shortened so a huge cell cannot flood the page. */
export function quote(value: unknown): string {
  const text = asText(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${isolateBidi(short)}”`;
}

function where(lang: Lang, row: number | undefined, field: string | undefined): string {
  const parts: string[] = [];
  if (row !== undefined) parts.push(lang === 'es' ? `Fila ${row}` : `Row ${row}`);
  if (field !== undefined) parts.push(lang === 'es' ? `campo “${field}”` : `field “${field}”`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

const en = {
    loading: 'Loading data…',
    reading: (percent: number) => `Reading… ${percent} %`,
    empty: 'No data yet.',
    showData: 'Show data',
    hideData: 'Hide data',
    dataTableCaption: (title: string) => `Data for ${title}`,
    downloadCsv: 'Download CSV',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    exportsLabel: 'Download',
    chartLabel: (title: string) => `Chart: ${title}. The summary and the data table below give the same information in text.`,
    errorTitle: 'This chart could not be shown',
    // keyboard (arrow keys through the chart's points)
    keysLabel: (title: string) => `${title}: points`,
    keysHint: 'Use the arrow keys to go through the points, Home and End for the first and last, Escape to leave.',
    keysPoint: (position: number, count: number, text: string) => `${position} of ${count}. ${text}`,
    keysLeft: 'Left the points.',
    moreErrors: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
    // load
    httpStatus: (url: string, status: number) => `The data file at ${url} could not be loaded: the server answered ${status}. Check the address.`,
    network: (url: string) => `The data file at ${url} could not be reached (network error or blocked by the server's CORS settings).`,
    timeout: (url: string, seconds: number) => `The data file at ${url} did not answer within ${seconds} seconds.`,
    html: (url: string) => `The address ${url} returned a web page (HTML), not data. Link to the CSV or JSON file itself.`,
    emptyBody: (url: string) => `The data file at ${url} is empty.`,
    badJson: (detail: string) => `The data is not valid JSON: ${detail}.`,
    badCsv: (detail: string) => `The CSV data could not be read: ${detail}.`,
    notRows: 'The data must be a list of rows (a JSON array of objects, or a CSV table with a header row).',
    cspNeedsJson:
      'This page’s security policy (Content-Security-Policy without ‘unsafe-eval’) blocks the CSV reader. Give the data as JSON instead (a .json file or an inline <script type="application/json">).',
    // validate
    required: (row: number | undefined, field: string) => `${where('en', row, field)}a value is required.`,
    missingField: (field: string) => `The data has no field “${field}”. Name the right column in the element’s attributes.`,
    notNumber: (row: number | undefined, field: string, value: unknown) => `${where('en', row, field)}${quote(value)} is not a number.`,
    notFinite: (row: number | undefined, field: string, value: unknown) => `${where('en', row, field)}${quote(value)} is not a finite number.`,
    notPercent: (row: number | undefined, field: string, value: unknown) => `${where('en', row, field)}${quote(value)} is not a percentage.`,
    notDate: (row: number | undefined, field: string, value: unknown) =>
      `${where('en', row, field)}${quote(value)} is not a date (use 2024-03-15, 2024-03 or a school year like 2023-24).`,
    notAllowed: (row: number | undefined, field: string, value: unknown, allowed: string) =>
      `${where('en', row, field)}${quote(value)} is not one of: ${allowed}.`,
    notText: (row: number | undefined, field: string, value: unknown) => `${where('en', row, field)}${quote(value)} is not text.`,
    badOption: (option: string, value: unknown, expected: string) => `The option “${option}” is ${quote(value)}; expected ${expected}.`,
    // privacy and limits (issue 18): messages that quote no value
    notCount: (row: number | undefined, field: string) => `${where('en', row, field)}the value is not a whole number of 0 or more (a count of students).`,
    unreadable: (row: number | undefined, field: string) => `${where('en', row, field)}the value cannot be read (not quoted here: the row may be a group too small to show).`,
    duplicateHeader: (name: string) => `The CSV has two columns named “${name}”. Give each column its own name.`,
    tooBig: (what: string, limit: string) => `The data is too big to draw in a web page: ${what} (the limit is ${limit}). Publish a smaller file (one school or district, one year).`,
    notCsv: (what: string) => `The data is not CSV: it looks like ${what}.`,
    promiseTimeout: (seconds: number) => `The data did not arrive within ${seconds} seconds.`,
    showingOf: (shown: string, total: string) => `Showing ${shown} of ${total} rows.`,
    tablePrevious: 'Previous rows',
    tableNext: 'Next rows',
    tablePages: 'Pages of the data table',
    pngTooBig: (size: string) => `The chart (${size} pixels) is too big for a PNG image. Download the SVG or the CSV instead.`,
    chartTooBig: (rows: string, limit: string) => `The chart is not drawn for ${rows} rows (the limit is ${limit}); the data table and the CSV download list them all.`,
};

/** The shared catalogue's shape: every language has every message. */
export type MessageCatalogue = typeof en;

const es: MessageCatalogue = {
    loading: 'Cargando datos…',
    reading: (percent: number) => `Leyendo… ${percent} %`,
    empty: 'Todavía no hay datos.',
    showData: 'Mostrar datos',
    hideData: 'Ocultar datos',
    dataTableCaption: (title: string) => `Datos de ${title}`,
    downloadCsv: 'Descargar CSV',
    downloadSvg: 'Descargar SVG',
    downloadPng: 'Descargar PNG',
    exportsLabel: 'Descargar',
    chartLabel: (title: string) => `Gráfica: ${title}. El resumen y la tabla de datos de abajo dan la misma información en texto.`,
    errorTitle: 'No se pudo mostrar esta gráfica',
    keysLabel: (title: string) => `${title}: puntos`,
    keysHint: 'Use las flechas para recorrer los puntos, Inicio y Fin para el primero y el último, Escape para salir.',
    keysPoint: (position: number, count: number, text: string) => `${position} de ${count}. ${text}`,
    keysLeft: 'Salió de los puntos.',
    moreErrors: (n: number) => `…y ${n} problema${n === 1 ? '' : 's'} más.`,
    httpStatus: (url: string, status: number) => `No se pudo cargar el archivo de datos en ${url}: el servidor respondió ${status}. Revise la dirección.`,
    network: (url: string) => `No se pudo acceder al archivo de datos en ${url} (error de red o bloqueado por la configuración CORS del servidor).`,
    timeout: (url: string, seconds: number) => `El archivo de datos en ${url} no respondió en ${seconds} segundos.`,
    html: (url: string) => `La dirección ${url} devolvió una página web (HTML), no datos. Enlace directamente al archivo CSV o JSON.`,
    emptyBody: (url: string) => `El archivo de datos en ${url} está vacío.`,
    badJson: (detail: string) => `Los datos no son JSON válido: ${detail}.`,
    badCsv: (detail: string) => `No se pudieron leer los datos CSV: ${detail}.`,
    notRows: 'Los datos deben ser una lista de filas (un arreglo JSON de objetos o una tabla CSV con fila de encabezado).',
    cspNeedsJson:
      'La política de seguridad de esta página (Content-Security-Policy sin ‘unsafe-eval’) bloquea el lector de CSV. Proporcione los datos en JSON (un archivo .json o un <script type="application/json"> en línea).',
    required: (row: number | undefined, field: string) => `${where('es', row, field)}se requiere un valor.`,
    missingField: (field: string) => `Los datos no tienen el campo “${field}”. Indique la columna correcta en los atributos del elemento.`,
    notNumber: (row: number | undefined, field: string, value: unknown) => `${where('es', row, field)}${quote(value)} no es un número.`,
    notFinite: (row: number | undefined, field: string, value: unknown) => `${where('es', row, field)}${quote(value)} no es un número finito.`,
    notPercent: (row: number | undefined, field: string, value: unknown) => `${where('es', row, field)}${quote(value)} no es un porcentaje.`,
    notDate: (row: number | undefined, field: string, value: unknown) =>
      `${where('es', row, field)}${quote(value)} no es una fecha (use 2024-03-15, 2024-03 o un ciclo escolar como 2023-24).`,
    notAllowed: (row: number | undefined, field: string, value: unknown, allowed: string) =>
      `${where('es', row, field)}${quote(value)} no es uno de: ${allowed}.`,
    notText: (row: number | undefined, field: string, value: unknown) => `${where('es', row, field)}${quote(value)} no es texto.`,
    badOption: (option: string, value: unknown, expected: string) => `La opción “${option}” es ${quote(value)}; se esperaba ${expected}.`,
    notCount: (row: number | undefined, field: string) => `${where('es', row, field)}el valor no es un número entero de 0 o más (un número de estudiantes).`,
    unreadable: (row: number | undefined, field: string) => `${where('es', row, field)}no se puede leer el valor (no se cita aquí: la fila puede ser un grupo demasiado pequeño para mostrarse).`,
    duplicateHeader: (name: string) => `El CSV tiene dos columnas llamadas “${name}”. Dé a cada columna su propio nombre.`,
    tooBig: (what: string, limit: string) => `Los datos son demasiado grandes para dibujarse en una página web: ${what} (el límite es ${limit}). Publique un archivo más pequeño (una escuela o distrito, un año).`,
    notCsv: (what: string) => `Los datos no son CSV: parecen ${what}.`,
    promiseTimeout: (seconds: number) => `Los datos no llegaron en ${seconds} segundos.`,
    showingOf: (shown: string, total: string) => `Se muestran ${shown} de ${total} filas.`,
    tablePrevious: 'Filas anteriores',
    tableNext: 'Filas siguientes',
    tablePages: 'Páginas de la tabla de datos',
    pngTooBig: (size: string) => `La gráfica (${size} píxeles) es demasiado grande para una imagen PNG. Descargue el SVG o el CSV.`,
    chartTooBig: (rows: string, limit: string) => `La gráfica no se dibuja para ${rows} filas (el límite es ${limit}); la tabla de datos y la descarga CSV las incluyen todas.`,
};

/** The shared message catalogue (UI, load and validation), one entry per language. */
export const MESSAGES: Record<Lang, MessageCatalogue> = { en, es };

/**
 * The shared messages in one language: `en`, `es`, or any language a page registered with
 * `registerLanguage(tag, { core: … })`, English wherever a string is not translated.
 */
export function messages(lang: Lang | string): MessageCatalogue {
  return localize('core', MESSAGES, lang);
}
