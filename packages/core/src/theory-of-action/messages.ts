import { problem, type Problem } from '../errors.js';
import { formatList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { MESSAGES, quote, type MessageCatalogue } from '../i18n/messages.js';
import type { RunChartRules } from '../run-chart/types.js';
import { LINK_STATUSES, STAGES, type LinkStatus, type MeasureVerdict, type StageKey } from './types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Where a problem is: a JSON path (`links[2].stage`) or a CSV row and column, with the link and measure it concerns. */
export interface Place {
  path?: string;
  row?: number;
  field?: string;
  link?: string | null;
  measure?: string | null;
}

const en = {
  title: 'Theory of action',
  stage: {
    analysis: 'Analysis of performance',
    plans: 'Improvement plans',
    services: 'Services',
    'district-practice': 'District practice',
    'school-practice': 'School and classroom practice',
    'student-outcomes': 'Student outcomes',
  } satisfies Record<StageKey, string>,
  /** The stage inside a sentence. */
  stageInText: {
    analysis: 'the analysis of performance',
    plans: 'improvement plans',
    services: 'services',
    'district-practice': 'district practice',
    'school-practice': 'school and classroom practice',
    'student-outcomes': 'student outcomes',
  } satisfies Record<StageKey, string>,
  /** Whether the stage's name takes a plural verb. */
  stagePlural: {
    analysis: false,
    plans: true,
    services: true,
    'district-practice': false,
    'school-practice': false,
    'student-outcomes': true,
  } satisfies Record<StageKey, boolean>,
  /** Whom support must reach for a link of this stage to show it works. */
  reach: {
    analysis: 'the analysis',
    plans: 'the district’s plans',
    services: 'district leaders',
    'district-practice': 'classrooms',
    'school-practice': 'classrooms',
    'student-outcomes': 'students',
  } satisfies Record<StageKey, string>,
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    'on-track': 'On track',
    'off-track': 'Off track',
    achieved: 'Achieved',
  } satisfies Record<LinkStatus, string>,
  verdict: {
    improving: 'Improving',
    worsening: 'Worsening',
    signal: 'Signal of change',
    'no-signal': 'No signal',
    'too-few': 'Too few points',
    'no-data': 'No data yet',
  } satisfies Record<MeasureVerdict, string>,
  rulesName: { ihi: 'IHI', anhoej: 'Anhøj' } satisfies Record<RunChartRules, string>,
  // the chain, in the element
  chainLabel: 'The theory of action, stage by stage',
  stageNumber: (n: number, name: string) => `${n}. ${name}`,
  derived: 'from its measures',
  derivedNote: 'Status derived from the measures’ run charts',
  owner: (who: string) => `Owner: ${who}`,
  evidence: 'Evidence',
  leadsTo: (items: string[]) => `Leads to ${formatList(items, 'en')}.`,
  breakHere: 'The chain breaks here',
  noMeasures: 'No interim measure yet.',
  measuresLabel: (link: string) => `Interim measures of ${link}`,
  latest: 'Latest',
  goal: 'Goal',
  direction: { up: 'Higher is better', down: 'Lower is better' },
  goalMet: 'Goal met',
  goalNotMet: 'Goal not met yet',
  pointsNeeded: (n: number) => `${n} more ${s(n, 'point is', 'points are')} needed before the run-chart rules apply.`,
  noSignalText: 'No run-chart rule gives a signal yet: the variation so far looks random.',
  noValuesText: 'No value has been recorded yet.',
  valuesCaption: (measure: string) => `Values of ${measure}`,
  when: 'When',
  value: 'Value',
  missing: 'Missing',
  measureButton: (name: string, verdict: string) => `${name}: ${verdict}`,
  // summary
  lead: (links: number, stages: number, counts: string) =>
    `The chain has ${links} ${s(links, 'link', 'links')} in ${stages} ${s(stages, 'stage', 'stages')}: ${counts}.`,
  countItem: {
    achieved: (n: number) => `${n} achieved`,
    'on-track': (n: number) => `${n} on track`,
    'in-progress': (n: number) => `${n} in progress`,
    'off-track': (n: number) => `${n} off track`,
    'not-started': (n: number) => `${n} not started`,
  } satisfies Record<LinkStatus, (n: number) => string>,
  onTrack: (subject: string, plural: boolean) => `${subject} ${plural ? 'are' : 'is'} on track`,
  breakUnmeasured: (before: string, where: string, plural: boolean, reach: string) =>
    `${before}, but ${where} ${plural ? 'have' : 'has'} no measure yet: the chain cannot yet show that support reaches ${reach}.`,
  breakNotStarted: (before: string, where: string, plural: boolean, reach: string) =>
    `${before}, but ${where} ${plural ? 'have' : 'has'} not started: support cannot yet reach ${reach}.`,
  breakOffTrack: (before: string, where: string, plural: boolean, reach: string) =>
    `${before}, but ${where} ${plural ? 'are' : 'is'} off track: the chain breaks here, and support may not be reaching ${reach}.`,
  whereWithLabel: (stage: string, label: string) => `the “${label}” link (${stage})`,
  allGood: (first: string, last: string) => `Every link is on track or achieved: the chain holds from ${first} to ${last}.`,
  noBreak: 'No break in the chain shows yet.',
  offList: (items: string[], also: boolean) => `${also ? 'Also off track' : 'Off track'}: ${formatList(items, 'en')}.`,
  measureCounts: (total: number, items: string[]) => `${total} interim ${s(total, 'measure', 'measures')}: ${formatList(items, 'en')}.`,
  verdictCount: {
    improving: (n: number) => `${n} improving`,
    worsening: (n: number) => `${n} worsening`,
    signal: (n: number) => `${n} with a signal of change`,
    'no-signal': (n: number) => `${n} with no signal`,
    'too-few': (n: number) => `${n} with too few points for the run-chart rules`,
    'no-data': (n: number) => `${n} with no data yet`,
  } satisfies Record<MeasureVerdict, (n: number) => string>,
  noMeasuresAtAll: 'No link has an interim measure yet.',
  noLinks: 'The theory of action has no link yet.',
  derivedCount: (n: number, rules: string) =>
    `${n} ${s(n, 'status is', 'statuses are')} derived from ${s(n, 'its', 'their')} measures’ run charts (${rules} rules).`,
  // table
  col: {
    stage: 'Stage',
    link: 'Link',
    status: 'Status',
    owner: 'Owner',
    measure: 'Interim measure',
    latest: 'Latest value',
    goal: 'Goal',
    verdict: 'Run-chart verdict',
    points: 'Points',
  },
  derivedMark: 'derived',
  // validation
  at: (p: Place) => {
    const where = p.path ?? [p.row !== undefined ? `Row ${p.row}` : '', p.field !== undefined ? `field “${p.field}”` : ''].filter(Boolean).join(', ');
    const about = [p.link ? `link “${p.link}”` : '', p.measure ? `measure “${p.measure}”` : ''].filter(Boolean).join(', ');
    return `${where}${about ? ` (${about})` : ''}`;
  },
  notDocument:
    'The data must be a theory of action: a JSON object with a “links” list, or a CSV table with one row per measure value (columns stage, link, label, measure, x, y…).',
  required: (at: string) => `${at}: a value is required.`,
  notText: (at: string, value: unknown) => `${at}: ${quote(value)} is not text.`,
  notList: (at: string, value: unknown) => `${at}: ${quote(value)} is not a list.`,
  notObject: (at: string, value: unknown) => `${at}: ${quote(value)} is not an object with named fields.`,
  notNumber: (at: string, value: unknown) => `${at}: ${quote(value)} is not a number.`,
  notDate: (at: string, value: unknown) => `${at}: ${quote(value)} is not a date, though the measure’s other x values are (use 2024-09 or 2024-09-15).`,
  notOneOf: (at: string, value: unknown, what: string, allowed: readonly string[]) => `${at}: ${quote(value)} is not ${what}. Use one of: ${allowed.join(', ')}.`,
  what: { stage: 'a stage', status: 'a status', direction: 'a direction' },
  duplicateId: (at: string, id: string, first: string) => `${at}: the id “${id}” is already used by ${first}. Give each link its own id.`,
  duplicateMeasure: (at: string, name: string) => `${at}: the link already has a measure named “${name}”.`,
  unknownLink: (at: string, id: string) => `${at}: no link has the id “${id}”.`,
  backwardLink: (at: string, id: string) => `${at}: the link “${id}” is not in a later stage. A link leads to links further along the chain.`,
  conflict: (at: string, value: unknown, first: unknown, firstRow: number) =>
    `${at}: ${quote(value)} differs from ${quote(first)} given for the same link or measure in row ${firstRow}.`,
};

const es: typeof en = {
  title: 'Teoría de acción',
  stage: {
    analysis: 'Análisis del desempeño',
    plans: 'Planes de mejora',
    services: 'Servicios',
    'district-practice': 'Práctica del distrito',
    'school-practice': 'Práctica en escuelas y aulas',
    'student-outcomes': 'Resultados estudiantiles',
  },
  stageInText: {
    analysis: 'el análisis del desempeño',
    plans: 'los planes de mejora',
    services: 'los servicios',
    'district-practice': 'la práctica del distrito',
    'school-practice': 'la práctica en escuelas y aulas',
    'student-outcomes': 'los resultados estudiantiles',
  },
  stagePlural: {
    analysis: false,
    plans: true,
    services: true,
    'district-practice': false,
    'school-practice': false,
    'student-outcomes': true,
  },
  reach: {
    analysis: 'el análisis',
    plans: 'los planes del distrito',
    services: 'los líderes del distrito',
    'district-practice': 'las aulas',
    'school-practice': 'las aulas',
    'student-outcomes': 'los estudiantes',
  },
  status: {
    'not-started': 'Sin iniciar',
    'in-progress': 'En curso',
    'on-track': 'Por buen camino',
    'off-track': 'Fuera de rumbo',
    achieved: 'Logrado',
  },
  verdict: {
    improving: 'Mejorando',
    worsening: 'Empeorando',
    signal: 'Señal de cambio',
    'no-signal': 'Sin señal',
    'too-few': 'Muy pocos puntos',
    'no-data': 'Sin datos todavía',
  },
  rulesName: { ihi: 'IHI', anhoej: 'Anhøj' },
  chainLabel: 'La teoría de acción, etapa por etapa',
  stageNumber: (n, name) => `${n}. ${name}`,
  derived: 'según sus medidas',
  derivedNote: 'Estado derivado de las gráficas de rachas de las medidas',
  owner: (who) => `Responsable: ${who}`,
  evidence: 'Evidencia',
  leadsTo: (items) => `Lleva a ${formatList(items, 'es')}.`,
  breakHere: 'Aquí se rompe la cadena',
  noMeasures: 'Todavía no hay ninguna medida intermedia.',
  measuresLabel: (link) => `Medidas intermedias de ${link}`,
  latest: 'Último valor',
  goal: 'Meta',
  direction: { up: 'Más alto es mejor', down: 'Más bajo es mejor' },
  goalMet: 'Meta alcanzada',
  goalNotMet: 'Meta aún no alcanzada',
  pointsNeeded: (n) => (n === 1 ? 'Falta 1 punto para aplicar las reglas de la gráfica de rachas.' : `Faltan ${n} puntos para aplicar las reglas de la gráfica de rachas.`),
  noSignalText: 'Ninguna regla de la gráfica de rachas da todavía una señal: la variación hasta ahora parece aleatoria.',
  noValuesText: 'Todavía no se ha registrado ningún valor.',
  valuesCaption: (measure) => `Valores de ${measure}`,
  when: 'Fecha',
  value: 'Valor',
  missing: 'Falta el dato',
  measureButton: (name, verdict) => `${name}: ${verdict}`,
  lead: (links, stages, counts) =>
    `La cadena tiene ${links} ${s(links, 'eslabón', 'eslabones')} en ${stages} ${s(stages, 'etapa', 'etapas')}: ${counts}.`,
  countItem: {
    achieved: (n) => `${n} ${s(n, 'logrado', 'logrados')}`,
    'on-track': (n) => `${n} por buen camino`,
    'in-progress': (n) => `${n} en curso`,
    'off-track': (n) => `${n} fuera de rumbo`,
    'not-started': (n) => `${n} sin iniciar`,
  },
  onTrack: (subject, plural) => `${subject} ${plural ? 'van' : 'va'} por buen camino`,
  breakUnmeasured: (before, where, plural, reach) =>
    `${before}, pero ${where} aún no ${plural ? 'tienen' : 'tiene'} ninguna medida: la cadena todavía no puede mostrar que el apoyo llega a ${reach}.`,
  breakNotStarted: (before, where, plural, reach) =>
    `${before}, pero ${where} no ${plural ? 'han' : 'ha'} comenzado: el apoyo todavía no puede llegar a ${reach}.`,
  breakOffTrack: (before, where, plural, reach) =>
    `${before}, pero ${where} ${plural ? 'están' : 'está'} fuera de rumbo: aquí se rompe la cadena y puede que el apoyo no esté llegando a ${reach}.`,
  whereWithLabel: (stage, label) => `el eslabón “${label}” (${stage})`,
  allGood: (first, last) => `Todos los eslabones van por buen camino o están logrados: la cadena se sostiene desde ${first} hasta ${last}.`,
  noBreak: 'Todavía no se ve ninguna ruptura en la cadena.',
  offList: (items, also) => `${also ? 'También fuera de rumbo' : 'Fuera de rumbo'}: ${formatList(items, 'es')}.`,
  measureCounts: (total, items) => `${total} ${s(total, 'medida intermedia', 'medidas intermedias')}: ${formatList(items, 'es')}.`,
  verdictCount: {
    improving: (n) => `${n} mejorando`,
    worsening: (n) => `${n} empeorando`,
    signal: (n) => `${n} con una señal de cambio`,
    'no-signal': (n) => `${n} sin señal`,
    'too-few': (n) => `${n} con muy pocos puntos para las reglas de la gráfica de rachas`,
    'no-data': (n) => `${n} sin datos todavía`,
  },
  noMeasuresAtAll: 'Ningún eslabón tiene todavía una medida intermedia.',
  noLinks: 'La teoría de acción todavía no tiene eslabones.',
  derivedCount: (n, rules) =>
    n === 1
      ? `1 estado se deriva de las gráficas de rachas de sus medidas (reglas ${rules}).`
      : `${n} estados se derivan de las gráficas de rachas de sus medidas (reglas ${rules}).`,
  col: {
    stage: 'Etapa',
    link: 'Eslabón',
    status: 'Estado',
    owner: 'Responsable',
    measure: 'Medida intermedia',
    latest: 'Último valor',
    goal: 'Meta',
    verdict: 'Veredicto de la gráfica de rachas',
    points: 'Puntos',
  },
  derivedMark: 'derivado',
  at: (p) => {
    const where = p.path ?? [p.row !== undefined ? `Fila ${p.row}` : '', p.field !== undefined ? `campo “${p.field}”` : ''].filter(Boolean).join(', ');
    const about = [p.link ? `eslabón “${p.link}”` : '', p.measure ? `medida “${p.measure}”` : ''].filter(Boolean).join(', ');
    return `${where}${about ? ` (${about})` : ''}`;
  },
  notDocument:
    'Los datos deben ser una teoría de acción: un objeto JSON con una lista “links”, o una tabla CSV con una fila por valor de medida (columnas stage, link, label, measure, x, y…).',
  required: (at) => `${at}: se requiere un valor.`,
  notText: (at, value) => `${at}: ${quote(value)} no es texto.`,
  notList: (at, value) => `${at}: ${quote(value)} no es una lista.`,
  notObject: (at, value) => `${at}: ${quote(value)} no es un objeto con campos con nombre.`,
  notNumber: (at, value) => `${at}: ${quote(value)} no es un número.`,
  notDate: (at, value) => `${at}: ${quote(value)} no es una fecha, aunque los demás valores x de la medida sí lo son (use 2024-09 o 2024-09-15).`,
  notOneOf: (at, value, what, allowed) => `${at}: ${quote(value)} no es ${what}. Use uno de: ${allowed.join(', ')}.`,
  what: { stage: 'una etapa', status: 'un estado', direction: 'una dirección' },
  duplicateId: (at, id, first) => `${at}: el id “${id}” ya lo usa ${first}. Dé a cada eslabón su propio id.`,
  duplicateMeasure: (at, name) => `${at}: el eslabón ya tiene una medida llamada “${name}”.`,
  unknownLink: (at, id) => `${at}: ningún eslabón tiene el id “${id}”.`,
  backwardLink: (at, id) => `${at}: el eslabón “${id}” no está en una etapa posterior. Un eslabón lleva a eslabones más adelante en la cadena.`,
  conflict: (at, value, first, firstRow) => `${at}: ${quote(value)} difiere de ${quote(first)}, dado para el mismo eslabón o medida en la fila ${firstRow}.`,
};

export type TheoryOfActionMessages = typeof en;

/** This widget's messages, one catalogue per language. */
export const THEORY_OF_ACTION_MESSAGES: Record<Lang, TheoryOfActionMessages> = { en, es };

/** The allowed keys, for messages. */
export const ALLOWED = { stage: STAGES, status: LINK_STATUSES, direction: ['up', 'down'] as const };

function langOf(m: MessageCatalogue): Lang {
  return m === MESSAGES.es ? 'es' : 'en';
}

/**
 * A validation problem in both languages. `field` is the JSON path (`links[2].stage`) or the CSV
 * column; `row` the CSV row as the user counts it (header = row 1).
 */
export function toaProblem(code: string, place: Place, render: (m: TheoryOfActionMessages, at: string) => string, value?: unknown): Problem {
  const where: { field?: string; row?: number; value?: unknown } = {};
  const field = place.path ?? place.field;
  if (field !== undefined) where.field = field;
  if (place.row !== undefined) where.row = place.row;
  if (value !== undefined) where.value = value;
  return problem(code, (m) => {
    const t = THEORY_OF_ACTION_MESSAGES[langOf(m)];
    return render(t, t.at(place));
  }, where);
}
