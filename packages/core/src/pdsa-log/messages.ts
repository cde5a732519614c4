import { formatList } from '../i18n/format.js';
import { catalogueRecord } from '../i18n/registry.js';
import { quote } from '../i18n/messages.js';
import type { PdsaDecision, PdsaScale } from './types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
const ORDINAL_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_ES = ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'];

const en = {
  title: 'PDSA cycles',
  changesTested: 'Changes tested (PDSA cycles)',
  scale: { student: 'Some students', classroom: 'One classroom', grade: 'One grade', school: 'One school', schools: 'Several schools', district: 'The district' } satisfies Record<PdsaScale, string>,
  /** "at 4 schools", "in one classroom". */
  atScale: (scale: PdsaScale, sites: number | null) => {
    const unit: Record<PdsaScale, [string, string]> = {
      student: ['student', 'students'],
      classroom: ['classroom', 'classrooms'],
      grade: ['grade', 'grades'],
      school: ['school', 'schools'],
      schools: ['school', 'schools'],
      district: ['district', 'districts'],
    };
    if (scale === 'district') return 'across the district';
    if (sites !== null && sites > 0) return `at ${sites} ${s(sites, unit[scale][0], unit[scale][1])}`;
    return scale === 'schools' ? 'at several schools' : scale === 'student' ? 'with some students' : `in one ${unit[scale][0]}`;
  },
  decision: { adapt: 'Adapt', adopt: 'Adopt', abandon: 'Abandon' } satisfies Record<PdsaDecision, string>,
  decided: { adapt: 'adapted', adopt: 'adopted', abandon: 'abandoned' } satisfies Record<PdsaDecision, string>,
  noDecision: 'No decision yet',
  cycle: (n: number) => `Cycle ${n}`,
  plan: 'Plan',
  prediction: 'Prediction',
  result: 'What happened',
  learned: 'What we learned',
  decisionLabel: 'Decision',
  scaleLabel: 'Scale',
  dates: 'Dates',
  predictionMet: 'Prediction met',
  predictionNotMet: 'Prediction not met',
  predictionUnknown: 'Prediction not checked',
  ungrouped: 'Cycles not linked to a change idea',
  changeIdea: (text: string) => `Change idea: ${text}`,
  ramp: 'Ramp: each cycle at the scale it was tried',
  rampCycle: (n: number) => `${n}`,
  logLabel: (change: string) => `PDSA cycles of ${change}`,
  // summary
  cycles: (n: number) => `${n} ${s(n, 'cycle', 'cycles')}`,
  adoptedAfter: (k: number, where: string) => `adopted after the ${ORDINAL_EN[k - 1] ?? `${k}th`} ${where}`,
  latest: (d: PdsaDecision) => `latest decision: ${en.decision[d].toLowerCase()}`,
  notDecided: 'no decision yet',
  predictions: (met: number, of: number) => `predictions met in ${met} of ${of}`,
  lead: (changes: number, cycles: number) => `${cycles} PDSA ${s(cycles, 'cycle', 'cycles')} across ${changes} change ${s(changes, 'idea', 'ideas')}.`,
  groupSentence: (name: string | null, parts: string[]) => `${name ? `${name}: ` : ''}${parts.join('; ')}.`,
  noCycles: 'No PDSA cycle has been logged yet.',
  // table
  col: { change: 'Change idea', cycle: 'Cycle', title: 'Test', start: 'Start', end: 'End', scale: 'Scale', sites: 'Sites', prediction: 'Prediction', result: 'What happened', met: 'Prediction met', decision: 'Decision' },
  yes: 'Yes',
  no: 'No',
  // problems
  at: (where: { path?: string; row?: number }) => (where.row !== undefined ? `Row ${where.row}` : where.path ? `At ${where.path}` : 'In the data'),
  noCyclesList: 'The data has no cycles: give a list of cycles, `{ "cycles": [...] }`, or rows with `id` and `title` columns.',
  missing: (at: string, field: string) => `${at}: the cycle has no ${field}.`,
  notText: (at: string, field: string) => `${at}: ${field} is not text.`,
  duplicate: (at: string, id: string) => `${at}: the cycle id ${quote(id)} is used twice; each cycle needs its own id.`,
  badDate: (at: string, field: string, value: unknown) => `${at}: ${field} ${quote(value)} is not a date (write 2024-09-16).`,
  endBeforeStart: (at: string) => `${at}: the cycle ends before it starts.`,
  badScale: (at: string, value: unknown) => `${at}: scale ${quote(value)} is not one of ${formatList(['student', 'classroom', 'grade', 'school', 'schools', 'district'], 'en')}.`,
  badSites: (at: string, value: unknown) => `${at}: sites ${quote(value)} is not a whole number above 0.`,
  badDecision: (at: string, value: unknown) => `${at}: decision ${quote(value)} is not adapt, adopt or abandon.`,
  badMet: (at: string, value: unknown) => `${at}: prediction-met ${quote(value)} is not yes or no.`,
  badOption: (value: unknown) => `The change ${quote(value)} is not an id.`,
};

export type PdsaMessages = typeof en;

const es: PdsaMessages = {
  title: 'Ciclos PDSA',
  changesTested: 'Cambios probados (ciclos PDSA)',
  scale: { student: 'Algunos estudiantes', classroom: 'Un salón', grade: 'Un grado', school: 'Una escuela', schools: 'Varias escuelas', district: 'El distrito' },
  atScale: (scale, sites) => {
    const unit: Record<PdsaScale, [string, string]> = {
      student: ['estudiante', 'estudiantes'],
      classroom: ['salón', 'salones'],
      grade: ['grado', 'grados'],
      school: ['escuela', 'escuelas'],
      schools: ['escuela', 'escuelas'],
      district: ['distrito', 'distritos'],
    };
    if (scale === 'district') return 'en todo el distrito';
    if (sites !== null && sites > 0) return `en ${sites} ${s(sites, unit[scale][0], unit[scale][1])}`;
    return scale === 'schools' ? 'en varias escuelas' : scale === 'student' ? 'con algunos estudiantes' : `en ${scale === 'school' ? 'una' : 'un'} ${unit[scale][0]}`;
  },
  decision: { adapt: 'Adaptar', adopt: 'Adoptar', abandon: 'Abandonar' },
  decided: { adapt: 'adaptado', adopt: 'adoptado', abandon: 'abandonado' },
  noDecision: 'Sin decisión aún',
  cycle: (n) => `Ciclo ${n}`,
  plan: 'Plan',
  prediction: 'Predicción',
  result: 'Qué pasó',
  learned: 'Qué aprendimos',
  decisionLabel: 'Decisión',
  scaleLabel: 'Escala',
  dates: 'Fechas',
  predictionMet: 'Predicción cumplida',
  predictionNotMet: 'Predicción no cumplida',
  predictionUnknown: 'Predicción sin comprobar',
  ungrouped: 'Ciclos sin idea de cambio',
  changeIdea: (text) => `Idea de cambio: ${text}`,
  ramp: 'Rampa: cada ciclo en la escala en que se probó',
  rampCycle: (n) => `${n}`,
  logLabel: (change) => `Ciclos PDSA de ${change}`,
  cycles: (n) => `${n} ${s(n, 'ciclo', 'ciclos')}`,
  adoptedAfter: (k, where) => `adoptado tras el ${ORDINAL_ES[k - 1] ?? `${k}.º`} ${where}`,
  latest: (d) => `última decisión: ${es.decision[d].toLowerCase()}`,
  notDecided: 'sin decisión aún',
  predictions: (met, of) => `predicciones cumplidas en ${met} de ${of}`,
  lead: (changes, cycles) => `${cycles} ${s(cycles, 'ciclo', 'ciclos')} PDSA en ${changes} ${s(changes, 'idea', 'ideas')} de cambio.`,
  groupSentence: (name, parts) => `${name ? `${name}: ` : ''}${parts.join('; ')}.`,
  noCycles: 'Aún no se ha registrado ningún ciclo PDSA.',
  col: { change: 'Idea de cambio', cycle: 'Ciclo', title: 'Prueba', start: 'Inicio', end: 'Fin', scale: 'Escala', sites: 'Sitios', prediction: 'Predicción', result: 'Qué pasó', met: 'Predicción cumplida', decision: 'Decisión' },
  yes: 'Sí',
  no: 'No',
  at: (where) => (where.row !== undefined ? `Fila ${where.row}` : where.path ? `En ${where.path}` : 'En los datos'),
  noCyclesList: 'Los datos no tienen ciclos: dé una lista de ciclos, `{ "cycles": [...] }`, o filas con columnas `id` y `title`.',
  missing: (at, field) => `${at}: al ciclo le falta ${field}.`,
  notText: (at, field) => `${at}: ${field} no es texto.`,
  duplicate: (at, id) => `${at}: el id de ciclo ${quote(id)} se usa dos veces; cada ciclo necesita su propio id.`,
  badDate: (at, field, value) => `${at}: ${field} ${quote(value)} no es una fecha (escriba 2024-09-16).`,
  endBeforeStart: (at) => `${at}: el ciclo termina antes de empezar.`,
  badScale: (at, value) => `${at}: la escala ${quote(value)} no es student, classroom, grade, school, schools ni district.`,
  badSites: (at, value) => `${at}: sites ${quote(value)} no es un número entero mayor que 0.`,
  badDecision: (at, value) => `${at}: la decisión ${quote(value)} no es adapt, adopt ni abandon.`,
  badMet: (at, value) => `${at}: prediction-met ${quote(value)} no es sí ni no.`,
  badOption: (value) => `El cambio ${quote(value)} no es un id.`,
};

export const PDSA_MESSAGES = catalogueRecord<PdsaMessages>('pdsa-log', { en, es });
