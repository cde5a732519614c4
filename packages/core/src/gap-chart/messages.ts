import { problem, type Problem } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { formatList } from '../i18n/format.js';
import { MESSAGES, type MessageCatalogue } from '../i18n/messages.js';
import type { DashboardChangeLevel, IndicatorDirection, DashboardStatusLevel, IndicatorUnit } from './facts.js';
import type { GapTrend, NoColorReason } from './types.js';

/** A text per reason; `min` is the colour minimum that applied to the group. */
type ReasonText = (reason: NoColorReason, min: number) => string;

const en = {
  statusLevel: {
    'very-low': 'Very Low',
    low: 'Low',
    medium: 'Medium',
    high: 'High',
    'very-high': 'Very High',
  } satisfies Record<DashboardStatusLevel, string>,
  changeLevel: {
    'declined-significantly': 'Declined Significantly',
    declined: 'Declined',
    maintained: 'Maintained',
    increased: 'Increased',
    'increased-significantly': 'Increased Significantly',
  } satisfies Record<DashboardChangeLevel, string>,
  direction: { higher: 'Higher is better', lower: 'Lower is better' } satisfies Record<IndicatorDirection, string>,
  /** The unit of a value, for axis titles. */
  unit: { dfs: 'points from standard', percent: '%', points: 'points' } satisfies Record<IndicatorUnit, string>,
  /** The unit of a difference (a gap or change). */
  gapUnit: { dfs: 'points', percent: 'percentage points', points: 'points' } satisfies Record<IndicatorUnit, string>,
  trend: { closing: 'gap closing', widening: 'gap widening', steady: 'gap steady' } satisfies Record<GapTrend, string>,
  trendWord: { closing: 'Closing', widening: 'Widening', steady: 'Steady' } satisfies Record<GapTrend, string>,
  reason: ((reason, min) =>
    ({
      'too-few-students': `fewer than ${min} students`,
      'no-prior-year': 'no prior year',
      'no-status': 'no current value',
      'custom-indicator': 'not a Dashboard indicator',
      'no-cut-points': 'no cut points for this indicator',
      'not-colored-in-file': 'no color in the Dashboard file',
      'unknown-year': 'no Dashboard rules for this year',
      'status-only-year': 'the Dashboard gave a status only this year',
      'group-not-colored': 'the Dashboard gives this group no color',
      'too-few-students-prior-year': `fewer than ${min} students last year`,
    })[reason]) as ReasonText,
  noColor: 'No color',
  state: 'California (state)',
  highest: (name: string | null) => (name ? `the highest-performing group (${name})` : 'the highest-performing group'),
  title: (indicator: string, reference: string) => `${indicator}: student groups compared with ${reference}`,
  lead: (indicator: string, entity: string | null, year: string | null) => `${[indicator, entity, year].filter(Boolean).join(', ')}.`,
  behindItem: (name: string, amount: string, unit: string, trend: string | null) =>
    `${name} (${amount} ${unit} behind${trend ? `, ${trend}` : ''})`,
  behind: (reference: string, value: string, items: string[]) =>
    `Compared with ${reference} (${value}), the group${items.length === 1 ? '' : 's'} furthest behind ${items.length === 1 ? 'is' : 'are'} ${formatList(items, 'en')}.`,
  noneBehind: (reference: string, value: string) => `No group is behind ${reference} (${value}).`,
  noReference: (reference: string) => `There is no value for ${reference} to compare with.`,
  noColorList: (items: string[]) => `No color for ${formatList(items, 'en')}.`,
  suppressed: (count: number, below: number) =>
    `${count} group${count === 1 ? '' : 's'} with ${below} or fewer students ${count === 1 ? 'is' : 'are'} not shown, to protect privacy.`,
  noGroups: 'No student group can be shown.',
  complementary: (count: number) =>
    `${count} more group${count === 1 ? ' is' : 's are'} not shown, so that a hidden group’s figures cannot be worked out from All Students and the other groups.`,
  duplicateHiddenGroup: 'A student group appears more than once. Give one row per student group.',
  referenceNotShown: (below: number, codes: readonly string[]) =>
    `The option “reference” names a student group that is not among the groups shown (it may be missing from the data, or hidden because it has ${below} or fewer students). Use all, highest, state:<value>[/<prior>] or one of: ${codes.join(', ')}.`,
  col: {
    code: 'Code',
    group: 'Student group',
    value: (unit: string) => `Value (${unit})`,
    prior: 'Last year',
    change: 'Change',
    n: 'Students (n)',
    statusLevel: 'Status level',
    changeLevel: 'Change level',
    color: 'Color',
    gap: (reference: string) => `Gap to ${reference}`,
    gapToReference: 'Gap to the reference',
    reference: 'Reference',
    gapPrior: 'Gap last year',
    trend: 'Gap trend',
  },
  referenceMark: 'reference',
  legend: 'Dashboard color',
  lastYear: 'Last year',
  referenceLabel: (name: string, value: string) => `${name}: ${value}`,
  // errors and option expectations
  duplicateGroup: (group: string) => `The group “${group}” appears more than once. Give one row per student group.`,
  severalEntities: (names: string[]) => `The data holds several schools or districts (${names.join(', ')}). Choose one with the entity option.`,
  severalCds: (codes: string[]) => `The Dashboard file holds several schools or districts (CDS ${codes.join(', ')}). Choose one with its CDS code.`,
  noCds: (cds: string) => `The Dashboard file has no rows for CDS code “${cds}”.`,
  noEntity: (entity: string) => `The data has no rows for “${entity}”.`,
  expectCount: 'a whole number of 0 or more',
  expectNumber: 'a number of 0 or more',
  expectBoolean: 'true or false',
  expectReference: 'all, highest, state:<value>[/<prior>] or a student group',
  expectCds: 'a CDS code of up to 14 digits',
  expectGroupIn: (codes: readonly string[]) => `all, highest, state:<value>[/<prior>] or a student group in the data (${codes.join(', ')})`,
  expectOneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
  expectIndicatorFact: (fact: string) => `${fact} (the Dashboard sets it for this indicator)`,
};

const es: typeof en = {
  statusLevel: { 'very-low': 'Muy bajo', low: 'Bajo', medium: 'Medio', high: 'Alto', 'very-high': 'Muy alto' },
  changeLevel: {
    'declined-significantly': 'Disminuyó significativamente',
    declined: 'Disminuyó',
    maintained: 'Se mantuvo',
    increased: 'Aumentó',
    'increased-significantly': 'Aumentó significativamente',
  },
  direction: { higher: 'Más alto es mejor', lower: 'Más bajo es mejor' },
  unit: { dfs: 'puntos respecto a la norma', percent: '%', points: 'puntos' },
  gapUnit: { dfs: 'puntos', percent: 'puntos porcentuales', points: 'puntos' },
  trend: { closing: 'brecha cerrándose', widening: 'brecha ampliándose', steady: 'brecha estable' },
  trendWord: { closing: 'Cerrándose', widening: 'Ampliándose', steady: 'Estable' },
  reason: ((reason, min) =>
    ({
      'too-few-students': `menos de ${min} estudiantes`,
      'no-prior-year': 'sin año anterior',
      'no-status': 'sin valor actual',
      'custom-indicator': 'no es un indicador del Dashboard',
      'no-cut-points': 'sin puntos de corte para este indicador',
      'not-colored-in-file': 'sin color en el archivo del Dashboard',
      'unknown-year': 'sin reglas del Dashboard para este año',
      'status-only-year': 'el Dashboard dio solo el estado este año',
      'group-not-colored': 'el Dashboard no da color a este grupo',
      'too-few-students-prior-year': `menos de ${min} estudiantes el año anterior`,
    })[reason]) as ReasonText,
  noColor: 'Sin color',
  state: 'California (estado)',
  highest: (name: string | null) => (name ? `el grupo con mejor resultado (${name})` : 'el grupo con mejor resultado'),
  title: (indicator: string, reference: string) => `${indicator}: grupos de estudiantes comparados con ${reference}`,
  lead: (indicator: string, entity: string | null, year: string | null) => `${[indicator, entity, year].filter(Boolean).join(', ')}.`,
  behindItem: (name: string, amount: string, unit: string, trend: string | null) =>
    `${name} (${amount} ${unit} por detrás${trend ? `, ${trend}` : ''})`,
  behind: (reference: string, value: string, items: string[]) =>
    `En comparación con ${reference} (${value}), ${items.length === 1 ? 'el grupo más rezagado es' : 'los grupos más rezagados son'} ${formatList(items, 'es')}.`,
  noneBehind: (reference: string, value: string) => `Ningún grupo está por detrás de ${reference} (${value}).`,
  noReference: (reference: string) => `No hay un valor de ${reference} para comparar.`,
  noColorList: (items: string[]) => `Sin color: ${formatList(items, 'es')}.`,
  suppressed: (count: number, below: number) =>
    count === 1
      ? `No se muestra 1 grupo con ${below} estudiantes o menos, para proteger la privacidad.`
      : `No se muestran ${count} grupos con ${below} estudiantes o menos, para proteger la privacidad.`,
  noGroups: 'No se puede mostrar ningún grupo de estudiantes.',
  complementary: (count: number) =>
    count === 1
      ? 'Tampoco se muestra 1 grupo más, para que las cifras de un grupo oculto no se puedan deducir de Todos los estudiantes y los demás grupos.'
      : `Tampoco se muestran ${count} grupos más, para que las cifras de un grupo oculto no se puedan deducir de Todos los estudiantes y los demás grupos.`,
  duplicateHiddenGroup: 'Un grupo de estudiantes aparece más de una vez. Dé una fila por grupo de estudiantes.',
  referenceNotShown: (below: number, codes: readonly string[]) =>
    `La opción “reference” nombra un grupo de estudiantes que no está entre los grupos mostrados (puede faltar en los datos o estar oculto por tener ${below} estudiantes o menos). Use all, highest, state:<valor>[/<anterior>] o uno de: ${codes.join(', ')}.`,
  col: {
    code: 'Código',
    group: 'Grupo de estudiantes',
    value: (unit: string) => `Valor (${unit})`,
    prior: 'Año anterior',
    change: 'Cambio',
    n: 'Estudiantes (n)',
    statusLevel: 'Nivel de estado',
    changeLevel: 'Nivel de cambio',
    color: 'Color',
    gap: (reference: string) => `Brecha con ${reference}`,
    gapToReference: 'Brecha con la referencia',
    reference: 'Referencia',
    gapPrior: 'Brecha del año anterior',
    trend: 'Tendencia de la brecha',
  },
  referenceMark: 'referencia',
  legend: 'Color del Dashboard',
  lastYear: 'Año anterior',
  referenceLabel: (name: string, value: string) => `${name}: ${value}`,
  duplicateGroup: (group: string) => `El grupo “${group}” aparece más de una vez. Dé una fila por grupo de estudiantes.`,
  severalEntities: (names: string[]) => `Los datos incluyen varias escuelas o distritos (${names.join(', ')}). Elija uno con la opción entity.`,
  severalCds: (codes: string[]) => `El archivo del Dashboard incluye varias escuelas o distritos (CDS ${codes.join(', ')}). Elija uno con su código CDS.`,
  noCds: (cds: string) => `El archivo del Dashboard no tiene filas para el código CDS “${cds}”.`,
  noEntity: (entity: string) => `Los datos no tienen filas para “${entity}”.`,
  expectCount: 'un número entero de 0 o más',
  expectNumber: 'un número de 0 o más',
  expectBoolean: 'true o false',
  expectReference: 'all, highest, state:<valor>[/<anterior>] o un grupo de estudiantes',
  expectCds: 'un código CDS de hasta 14 dígitos',
  expectGroupIn: (codes: readonly string[]) => `all, highest, state:<valor>[/<anterior>] o un grupo de estudiantes de los datos (${codes.join(', ')})`,
  expectOneOf: (values: readonly string[]) => `uno de ${values.join(', ')}`,
  expectIndicatorFact: (fact: string) => `${fact} (el Dashboard lo fija para este indicador)`,
};

export type GapMessages = typeof en;

/** This widget's messages, one catalogue per language. */
export const GAP_MESSAGES: Record<Lang, GapMessages> = { en, es };

/** The language of a shared catalogue, so a shared message can embed this widget's text. */
export function langOfCatalogue(m: MessageCatalogue): Lang {
  return m === MESSAGES.es ? 'es' : 'en';
}

/** A problem whose message comes from this widget's catalogue, in English and Spanish. */
export function gapProblem(code: string, render: (m: GapMessages) => string, where: { field?: string; row?: number; value?: unknown } = {}): Problem {
  return problem(code, (m) => render(GAP_MESSAGES[langOfCatalogue(m)]), where);
}
