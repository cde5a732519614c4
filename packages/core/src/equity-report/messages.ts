import { problem, type Problem } from '../errors.js';
import { formatList } from '../i18n/format.js';
import { quote } from '../i18n/messages.js';
import { catalogueRecord } from '../i18n/registry.js';
import { langOfCatalogue } from '../gap-chart/messages.js';

const en = {
  title: (entity: string) => `Equity report: ${entity}`,
  year: 'Dashboard year',
  yearLabel: (year: string) => (/^\d{4}f$/.test(year) ? `Fall ${year.slice(0, 4)}` : /^\d{4}s$/.test(year) ? `Spring ${year.slice(0, 4)}` : year),
  group: 'Student group',
  caption: (entity: string, year: string) => `${entity}, ${year}: each student group’s Dashboard color, status and change by indicator`,
  countsCaption: (year: string) => `Equity counts, ${year}: student groups by color on each indicator`,
  countsHeading: 'Equity counts',
  col: { indicator: 'Indicator', all: 'All Students', evaluated: 'Student groups with a color', red: 'In Red', orange: 'In Orange' },
  sortBy: (column: string) => `Sort by ${column}`,
  noData: 'No data',
  openChart: (indicator: string, group: string) => `Open the ${indicator} gap chart (${group})`,
  chartHeading: (indicator: string, entity: string, year: string) => `${indicator}: student groups, ${entity}, ${year}`,
  close: 'Close',
  chartMissing: 'The gap chart cannot be shown: this page does not load the <outcome-gap-chart> element.',
  status: 'Status',
  change: 'Change',
  students: (n: string) => `${n} students`,
  // differentiated assistance
  daHeading: (year: string) => `Differentiated assistance, ${year}`,
  eligible: 'Eligible for differentiated assistance',
  notEligible: 'Not eligible for differentiated assistance',
  noDa: 'No differentiated-assistance result for this year.',
  eligibleBecause: (groups: string[]) =>
    `${groups.length === 1 ? 'One student group meets' : `${groups.length} student groups meet`} the criteria in two or more LCFF priority areas: ${formatList(groups, 'en')}.`,
  notEligibleBecause: 'No student group meets the criteria in two or more LCFF priority areas.',
  oneAreaOnly: 'Meeting the criteria in one area only:',
  // summary
  lead: (entity: string, year: string, groups: number, indicators: number) =>
    `${entity}, ${year} Dashboard: ${groups} student group${groups === 1 ? '' : 's'} on ${indicators} indicator${indicators === 1 ? '' : 's'}.`,
  redOrange: (red: number, orange: number) => `${red} result${red === 1 ? ' is' : 's are'} Red and ${orange} Orange.`,
  mostRed: (indicator: string, n: number) => `${indicator} has the most student groups in Red (${n}).`,
  allStudentsRed: (indicators: string[]) => `All Students are Red on ${formatList(indicators, 'en')}.`,
  suppressed: (count: number, below: number) =>
    `${count} result${count === 1 ? '' : 's'} for groups of ${below} or fewer students ${count === 1 ? 'is' : 'are'} not shown, to protect privacy.`,
  illustrative: 'Illustrative data.',
  // errors
  notDocument: 'The data is not an Outcome Kit entity document (expected a JSON object with format “outcome-kit/entity”, as outcome-kit publish writes).',
  badField: (path: string, value: unknown, expected: string) => `The document’s field “${path}” is ${quote(value)}; expected ${expected}.`,
  missingField: (path: string, expected: string) => `The document has no field “${path}” (expected ${expected}).`,
  expect: {
    format: '“outcome-kit/entity”',
    text: 'text',
    list: 'a list',
    object: 'an object',
    number: 'a number or null',
    boolean: 'true or false',
    oneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
    oneOfOrNull: (values: readonly string[]) => `one of ${values.join(', ')}, or null`,
    yearIn: (years: readonly string[]) => (years.length ? `a Dashboard year in the data (${years.join(', ')})` : 'a Dashboard year in the data'),
    count: 'a whole number of 0 or more',
  },
};

export type CountyMessages = typeof en;

const es: CountyMessages = {
  title: (entity) => `Informe de equidad: ${entity}`,
  year: 'Año del Dashboard',
  yearLabel: (year) => (/^\d{4}f$/.test(year) ? `Otoño de ${year.slice(0, 4)}` : /^\d{4}s$/.test(year) ? `Primavera de ${year.slice(0, 4)}` : year),
  group: 'Grupo de estudiantes',
  caption: (entity, year) => `${entity}, ${year}: color, estado y cambio del Dashboard de cada grupo de estudiantes por indicador`,
  countsCaption: (year) => `Conteos de equidad, ${year}: grupos de estudiantes por color en cada indicador`,
  countsHeading: 'Conteos de equidad',
  col: { indicator: 'Indicador', all: 'Todos los estudiantes', evaluated: 'Grupos de estudiantes con color', red: 'En rojo', orange: 'En anaranjado' },
  sortBy: (column) => `Ordenar por ${column}`,
  noData: 'Sin datos',
  openChart: (indicator, group) => `Abrir la gráfica de brechas de ${indicator} (${group})`,
  chartHeading: (indicator, entity, year) => `${indicator}: grupos de estudiantes, ${entity}, ${year}`,
  close: 'Cerrar',
  chartMissing: 'No se puede mostrar la gráfica de brechas: esta página no carga el elemento <outcome-gap-chart>.',
  status: 'Estado',
  change: 'Cambio',
  students: (n) => `${n} estudiantes`,
  daHeading: (year) => `Asistencia diferenciada, ${year}`,
  eligible: 'Elegible para asistencia diferenciada',
  notEligible: 'No elegible para asistencia diferenciada',
  noDa: 'No hay resultado de asistencia diferenciada para este año.',
  eligibleBecause: (groups) =>
    `${groups.length === 1 ? 'Un grupo de estudiantes cumple' : `${groups.length} grupos de estudiantes cumplen`} los criterios en dos o más áreas prioritarias de LCFF: ${formatList(groups, 'es')}.`,
  notEligibleBecause: 'Ningún grupo de estudiantes cumple los criterios en dos o más áreas prioritarias de LCFF.',
  oneAreaOnly: 'Cumplen los criterios en una sola área:',
  lead: (entity, year, groups, indicators) =>
    `${entity}, Dashboard ${year}: ${groups} grupo${groups === 1 ? '' : 's'} de estudiantes en ${indicators} indicador${indicators === 1 ? '' : 'es'}.`,
  redOrange: (red, orange) => `${red} resultado${red === 1 ? ' está' : 's están'} en rojo y ${orange} en anaranjado.`,
  mostRed: (indicator, n) => `${indicator} tiene más grupos de estudiantes en rojo (${n}).`,
  allStudentsRed: (indicators) => `Todos los estudiantes están en rojo en ${formatList(indicators, 'es')}.`,
  suppressed: (count, below) =>
    count === 1
      ? `No se muestra 1 resultado de grupos con ${below} estudiantes o menos, para proteger la privacidad.`
      : `No se muestran ${count} resultados de grupos con ${below} estudiantes o menos, para proteger la privacidad.`,
  illustrative: 'Datos ilustrativos.',
  notDocument:
    'Los datos no son un documento de entidad de Outcome Kit (se esperaba un objeto JSON con format “outcome-kit/entity”, como lo escribe outcome-kit publish).',
  badField: (path, value, expected) => `El campo “${path}” del documento es ${quote(value)}; se esperaba ${expected}.`,
  missingField: (path, expected) => `El documento no tiene el campo “${path}” (se esperaba ${expected}).`,
  expect: {
    format: '“outcome-kit/entity”',
    text: 'texto',
    list: 'una lista',
    object: 'un objeto',
    number: 'un número o null',
    boolean: 'true o false',
    oneOf: (values) => `uno de ${values.join(', ')}`,
    oneOfOrNull: (values) => `uno de ${values.join(', ')}, o null`,
    yearIn: (years) => (years.length ? `un año del Dashboard de los datos (${years.join(', ')})` : 'un año del Dashboard de los datos'),
    count: 'un número entero de 0 o más',
  },
};

/** Messages of the county views (equity report, county grid), one catalogue per language. */
export const COUNTY_MESSAGES = catalogueRecord<CountyMessages>('county', { en, es });

/** A problem whose message comes from the county catalogue, in English and Spanish. */
export function countyProblem(code: string, render: (m: CountyMessages) => string, where: { field?: string; row?: number; value?: unknown } = {}): Problem {
  return problem(code, (m) => render(COUNTY_MESSAGES[langOfCatalogue(m)]), where);
}
