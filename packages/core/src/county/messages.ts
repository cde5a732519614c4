/**
 * The county picture's words, English and Spanish: DA reasons and verdicts, and the problems the
 * multi-file reader reports. Spanish wording is ours [U]; group names come from STUDENT_GROUPS.
 */
import { problem, type Problem } from '../errors.js';
import { formatList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import { STUDENT_GROUPS, type DashboardStatusLevel } from '../gap-chart/facts.js';
import { DASHBOARD_COLORS, type DashboardColor } from '../theme/tokens.js';
import type { CountyIndicator, DaReason, DaResult, PriorityArea } from './types.js';

const en = {
  /** Indicator names as they read inside a sentence. */
  indicator: {
    ela: 'ELA',
    math: 'Math',
    elpi: 'English Learner Progress',
    grad: 'graduation rate',
    chronic: 'chronic absenteeism',
    susp: 'suspension rate',
    cci: 'College/Career',
  } satisfies Record<CountyIndicator, string>,
  statusLevel: { 'very-low': 'Very Low', low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very High' } satisfies Record<DashboardStatusLevel, string>,
  /** "ELA and Math" + " Red". */
  both: (a: string, b: string, level: string) => `${a} and ${b} ${level}`,
  one: (name: string, level: string) => `${name} ${level}`,
  area: (text: string, area: PriorityArea) => `${text} (priority ${area})`,
  reason: (group: string, areas: string[]) => `${group}: ${formatList(areas, 'en')}`,
  eligible: (year: string, groups: string[]) =>
    `Eligible for differentiated assistance (${year} Dashboard): ${formatList(groups, 'en')} ${groups.length === 1 ? 'meets' : 'meet'} the criteria in two or more priority areas.`,
  notEligible: (year: string) => `Not eligible for differentiated assistance by student-group performance (${year} Dashboard): no student group meets the criteria in two or more priority areas.`,
  noRule: (year: string) => `There was no differentiated-assistance determination for the ${year} Dashboard.`,
  // reader problems
  noIndicator: (file: string) =>
    `${file}: cannot tell which Dashboard indicator this file holds. Name it as CDE does (e.g. chronicdownload2024.txt) or keep its indicator column.`,
  otherIndicator: (file: string, what: string) => `${file}: ${what} is not one of the seven indicators of the county picture; the file is skipped.`,
  noYear: (file: string) => `${file}: cannot tell the Dashboard year. Keep the reportingyear column or the year in the file name (e.g. eladownload2024.txt).`,
  missingColumn: (file: string, column: string) => `${file}: the column “${column}” is missing, so this is not a CDE Dashboard download file.`,
  emptyFile: (file: string) => `${file}: the file has no rows.`,
  shortRow: (file: string, row: number, got: number, want: number) =>
    `${file}, row ${row}: ${got} of the header's ${want} fields (a truncated file or a broken line); the row is skipped.`,
  badCds: (file: string, row: number, value: string) => `${file}, row ${row}: “${value}” is not a CDS code of up to 14 digits; the row is skipped.`,
  badNumber: (file: string, row: number, column: string, value: string) => `${file}, row ${row}: ${column} “${value}” is not a number; the row is skipped.`,
  badCode: (file: string, row: number, column: string, value: string) => `${file}, row ${row}: ${column} “${value}” is not a code from 0 to 5; the row is skipped.`,
  noGroup: (file: string, row: number) => `${file}, row ${row}: the student group is blank; the row is skipped.`,
  duplicate: (file: string, row: number, group: string) => `${file}, row ${row}: a second row for the same entity, student group (${group}) and year; the first is kept.`,
  encoding: (file: string) =>
    `${file}: some characters could not be read (the file is probably Windows-1252, not UTF-8); names may show “�”. Read it as Windows-1252.`,
  windows1252: (file: string) => `${file}: not UTF-8; read as Windows-1252 (as CDE's 2017 and 2018 files are).`,
  unexpected: (file: string, detail: string) => `${file}: the file could not be read (${detail}); the other files are read.`,
};

const es: typeof en = {
  indicator: {
    ela: 'ELA',
    math: 'Matemáticas',
    elpi: 'Progreso de los estudiantes de inglés',
    grad: 'tasa de graduación',
    chronic: 'ausentismo crónico',
    susp: 'tasa de suspensión',
    cci: 'Preparación universitaria y profesional',
  },
  statusLevel: { 'very-low': 'Muy bajo', low: 'Bajo', medium: 'Medio', high: 'Alto', 'very-high': 'Muy alto' },
  both: (a, b, level) => `${a} y ${b} en ${level}`,
  one: (name, level) => `${name} en ${level}`,
  area: (text, area) => `${text} (prioridad ${area})`,
  reason: (group, areas) => `${group}: ${formatList(areas, 'es')}`,
  eligible: (year, groups) =>
    `Reúne los requisitos para la asistencia diferenciada (Dashboard ${year}): ${formatList(groups, 'es')} ${groups.length === 1 ? 'cumple' : 'cumplen'} los criterios en dos o más áreas prioritarias.`,
  notEligible: (year) => `No reúne los requisitos para la asistencia diferenciada por el desempeño de los grupos de estudiantes (Dashboard ${year}): ningún grupo cumple los criterios en dos o más áreas prioritarias.`,
  noRule: (year) => `No hubo determinación de asistencia diferenciada para el Dashboard ${year}.`,
  noIndicator: (file) =>
    `${file}: no se puede saber qué indicador del Dashboard contiene el archivo. Use el nombre de CDE (p. ej. chronicdownload2024.txt) o conserve su columna indicator.`,
  otherIndicator: (file, what) => `${file}: ${what} no es uno de los siete indicadores del panorama del condado; se omite el archivo.`,
  noYear: (file) => `${file}: no se puede saber el año del Dashboard. Conserve la columna reportingyear o el año en el nombre del archivo (p. ej. eladownload2024.txt).`,
  missingColumn: (file, column) => `${file}: falta la columna “${column}”, así que no es un archivo de descarga del Dashboard de CDE.`,
  emptyFile: (file) => `${file}: el archivo no tiene filas.`,
  shortRow: (file, row, got, want) => `${file}, fila ${row}: ${got} de los ${want} campos del encabezado (un archivo truncado o una línea rota); se omite la fila.`,
  badCds: (file, row, value) => `${file}, fila ${row}: “${value}” no es un código CDS de hasta 14 dígitos; se omite la fila.`,
  badNumber: (file, row, column, value) => `${file}, fila ${row}: ${column} “${value}” no es un número; se omite la fila.`,
  badCode: (file, row, column, value) => `${file}, fila ${row}: ${column} “${value}” no es un código de 0 a 5; se omite la fila.`,
  noGroup: (file, row) => `${file}, fila ${row}: el grupo de estudiantes está en blanco; se omite la fila.`,
  duplicate: (file, row, group) => `${file}, fila ${row}: una segunda fila para la misma entidad, grupo de estudiantes (${group}) y año; se conserva la primera.`,
  encoding: (file) =>
    `${file}: algunos caracteres no se pudieron leer (el archivo probablemente está en Windows-1252, no en UTF-8); los nombres pueden mostrar “�”. Léalo como Windows-1252.`,
  windows1252: (file) => `${file}: no está en UTF-8; se leyó como Windows-1252 (como los archivos de CDE de 2017 y 2018).`,
  unexpected: (file, detail) => `${file}: no se pudo leer el archivo (${detail}); se leen los demás archivos.`,
};

export type CountyDataMessages = typeof en;

/** The county picture's messages, one catalogue per language. */
export const COUNTY_DATA_MESSAGES: Record<Lang, CountyDataMessages> = { en, es };

/** A reader problem naming the file (and row), in English and Spanish. */
export interface DashboardFileProblem extends Problem {
  /** The file's name as given to the reader. */
  file: string;
}

/** A problem whose message comes from this catalogue, in English and Spanish. */
export function dashboardFileProblem(
  code: string,
  file: string,
  render: (m: CountyDataMessages) => string,
  where: { field?: string; row?: number; value?: unknown } = {},
): DashboardFileProblem {
  const p = problem(code, (m) => render(COUNTY_DATA_MESSAGES[m === MESSAGES.es ? 'es' : 'en']), where);
  return { ...p, file };
}

/** A student group's display name (a code the kit does not know is shown as given). */
export function studentGroupName(group: string, lang: Lang): string {
  return STUDENT_GROUPS[group]?.name[lang] ?? group;
}

/** How an indicator's row met its criterion: its colour name, else its status level. */
function levelWord(e: DaReason['indicators'][number], lang: Lang): string {
  if (e.color) return DASHBOARD_COLORS[e.color as DashboardColor].name[lang];
  return e.statusLevel ? COUNTY_DATA_MESSAGES[lang].statusLevel[e.statusLevel] : '—';
}

/** One area's words: "ELA and Math Red (priority 4)", "ELA Red and Math Orange (priority 4)". */
export function daAreaText(reason: DaReason, lang: Lang): string {
  const m = COUNTY_DATA_MESSAGES[lang];
  // Indicators that share a level read together ("graduation rate and chronic absenteeism Red").
  const byLevel = new Map<string, string[]>();
  for (const e of reason.indicators) {
    const level = levelWord(e, lang);
    byLevel.set(level, [...(byLevel.get(level) ?? []), m.indicator[e.indicator]]);
  }
  const parts = [...byLevel].map(([level, names]) => (names.length === 2 ? m.both(names[0]!, names[1]!, level) : names.length === 1 ? m.one(names[0]!, level) : m.one(formatList(names, lang), level)));
  return m.area(formatList(parts, lang), reason.area);
}

/**
 * Each student group's reasons in words, one sentence per group, groups in the order of the result:
 * "Students with Disabilities: ELA and Math Red (priority 4) and chronic absenteeism Red (priority 5)".
 * `only = 'qualifying'` keeps the groups that meet two or more areas.
 */
export function daReasonSentences(result: DaResult, lang: Lang, only: 'all' | 'qualifying' = 'all'): string[] {
  const m = COUNTY_DATA_MESSAGES[lang];
  const groups = only === 'qualifying' ? result.qualifyingGroups : Object.keys(result.groups);
  return groups.map((group) => {
    const reasons = result.reasons.filter((r) => r.group === group).sort((a, b) => a.area - b.area);
    return m.reason(studentGroupName(group, lang), reasons.map((r) => daAreaText(r, lang)));
  });
}

/** The verdict in one sentence: eligible (and which groups) or not. */
export function daVerdictSentence(result: DaResult, lang: Lang, hasRule = true): string {
  const m = COUNTY_DATA_MESSAGES[lang];
  if (!hasRule) return m.noRule(result.year);
  return result.eligible ? m.eligible(result.year, result.qualifyingGroups.map((g) => studentGroupName(g, lang))) : m.notEligible(result.year);
}
