import type { Lang } from '../i18n/lang.js';
import type { RuleName } from './types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  title: 'Run chart',
  rule: {
    shift: 'Shift', trend: 'Trend', 'too-few-runs': 'Too few runs', 'too-many-runs': 'Too many runs',
    'longest-run': 'Longest run', crossings: 'Crossings', astronomical: 'Possible astronomical point',
  } satisfies Record<RuleName, string> as Record<RuleName, string>,
  noSignal: 'No signal',
  legendTitle: 'Signal',
  side: { above: 'Above the median', below: 'Below the median', on: 'On the median' },
  missingValue: 'Missing',
  columns: { date: 'Date', x: 'Point', value: 'Value', phase: 'Phase', centre: 'Median', side: 'Side of the median', change: 'Change', signals: 'Signals' },
  phase: (n: number) => `Phase ${n}`,
  phaseInText: (n: number) => `phase ${n}`,
  medianLabel: (v: string) => `Median ${v}`,
  goalLabel: (v: string) => `Goal ${v}`,
  // summary
  rulesUsed: {
    ihi: 'This run chart uses the IHI rules: shift, trend, too few or too many runs, and possible astronomical point.',
    anhoej: 'This run chart uses Anhøj’s rules: longest run and crossings.',
  },
  median: (v: string) => `The median is ${v}.`,
  medianFrozen: (v: string, n: number) => `The median, ${v}, comes from the first ${n} ${s(n, 'point', 'points')} (a frozen baseline) and is extended over the rest.`,
  medians: (list: string) => `Medians: ${list}.`,
  medianItem: (v: string, phase: string, start: string) => `${v} in ${phase} (from ${start})`,
  noValues: 'no values',
  baselineEach: (n: number) => `Each phase’s median comes from its first ${n} ${s(n, 'point', 'points')} (a frozen baseline).`,
  goal: (v: string) => `The goal is ${v}.`,
  missing: (n: number) => `${n} ${s(n, 'value is', 'values are')} missing and shown as ${s(n, 'a gap', 'gaps')}.`,
  sorted: 'The rows were put in order before the analysis.',
  pooled: (rows: number, points: number, period: string | null, rule: 'mean' | 'ratio') =>
    `The ${rows} ${s(rows, 'row was', 'rows were')} ${period ? `grouped by ${({ week: 'week (from Monday)', month: 'month', quarter: 'quarter', schoolYear: 'school year (from July 1)' } as Record<string, string>)[period]}` : 'pooled where they share an x'} into ${points} ${s(points, 'point', 'points')}, each ${rule === 'ratio' ? 'the sum of y over the sum of n' : 'the mean of its values'}.`,
  excluded: (n: number) => `${n} ${s(n, 'point is', 'points are')} shown but left out of the median and the rules.`,
  duplicates: (n: number, dates: boolean) => `${n} ${s(n, 'point repeats', 'points repeat')} a ${dates ? 'date' : 'label'} already used.`,
  unmatched: (n: number) => `${n} phase ${s(n, 'start or change matches', 'starts or changes match')} no point and ${s(n, 'is', 'are')} not shown.`,
  inPhase: (phase: string, sentence: string) => `${phase}: ${sentence}`,
  within: (phase: string) => `in ${phase}, `,
  pointsNeeded: (n: number) => `${n} more ${s(n, 'point is', 'points are')} needed before the run-chart rules apply.`,
  allOnMedian: 'No point is off the median, so there are no runs to test.',
  runsNotApplied: (useful: number) => `The runs rule was not applied: it needs 10 to 60 points off the median, and there ${s(useful, 'is', 'are')} ${useful}.`,
  noSignalFound: 'No rule gave a signal of non-random variation.',
  moreSignals: (n: number) => `${n} more ${s(n, 'signal is', 'signals are')} listed in the data table.`,
  // signal sentences: prefix, clause, verdict
  since: (label: string, when: string) => `since ‘${label}’ began ${when}, `,
  fromTo: (a: string, b: string) => `from ${a} to ${b}, `,
  at: (when: string) => `${when}, `,
  when: (text: string, kind: 'day' | 'month' | 'year' | 'other') => (kind === 'day' ? `on ${text}` : kind === 'other' ? `at ${text}` : `in ${text}`),
  shift: (n: number, up: boolean) => `${n} points in a row were ${up ? 'above' : 'below'} the median (a shift)`,
  trend: (n: number, up: boolean) => `${n} points in a row went ${up ? 'up' : 'down'} (a trend)`,
  longestRun: (n: number, up: boolean, limit: number) =>
    `${n} points in a row were ${up ? 'above' : 'below'} the median, more than the limit of ${limit} (longest run)`,
  crossings: (n: number, limit: number) => `the values crossed the median ${n} ${s(n, 'time', 'times')}, fewer than the limit of ${limit} (too few crossings)`,
  tooFewRuns: (n: number, lower: number) => `there ${s(n, 'was', 'were')} ${n} ${s(n, 'run', 'runs')}, fewer than the lower limit of ${lower} (too few runs)`,
  tooManyRuns: (n: number, upper: number) => `there were ${n} runs, more than the upper limit of ${upper} (too many runs)`,
  astronomical: (v: string, up: boolean, limit: string) =>
    `the value ${v} was ${up ? 'above the upper' : 'below the lower'} limit of ${limit} (a possible astronomical point)`,
  astronomicalMany: (n: number, up: boolean, limit: string) =>
    `${n} values were ${up ? 'above the upper' : 'below the lower'} limit of ${limit} (possible astronomical points)`,
  verdict: {
    improvement: 'a signal of improvement',
    deterioration: 'a signal of deterioration',
    change: 'a signal of change',
    nonRandom: 'a signal of non-random variation',
  },
  sentence: (clause: string, verdict: string) => `${clause}: ${verdict}.`,
};

const es: typeof en = {
  title: 'Gráfica de rachas',
  rule: {
    shift: 'Desplazamiento', trend: 'Tendencia', 'too-few-runs': 'Muy pocas rachas', 'too-many-runs': 'Demasiadas rachas',
    'longest-run': 'Racha más larga', crossings: 'Cruces', astronomical: 'Posible punto astronómico',
  },
  noSignal: 'Sin señal',
  legendTitle: 'Señal',
  side: { above: 'Por encima de la mediana', below: 'Por debajo de la mediana', on: 'En la mediana' },
  missingValue: 'Falta el dato',
  columns: { date: 'Fecha', x: 'Punto', value: 'Valor', phase: 'Fase', centre: 'Mediana', side: 'Lado de la mediana', change: 'Cambio', signals: 'Señales' },
  phase: (n) => `Fase ${n}`,
  phaseInText: (n) => `la fase ${n}`,
  medianLabel: (v) => `Mediana ${v}`,
  goalLabel: (v) => `Meta ${v}`,
  rulesUsed: {
    ihi: 'Esta gráfica de rachas usa las reglas del IHI: desplazamiento, tendencia, muy pocas o demasiadas rachas y posible punto astronómico.',
    anhoej: 'Esta gráfica de rachas usa las reglas de Anhøj: racha más larga y cruces.',
  },
  median: (v) => `La mediana es ${v}.`,
  medianFrozen: (v, n) => `La mediana, ${v}, se calcula con ${s(n, 'el primer punto', `los primeros ${n} puntos`)} (una línea base congelada) y se extiende al resto.`,
  medians: (list) => `Medianas: ${list}.`,
  medianItem: (v, phase, start) => `${v} en ${phase} (desde ${start})`,
  noValues: 'sin valores',
  baselineEach: (n) => `La mediana de cada fase se calcula con ${s(n, 'su primer punto', `sus primeros ${n} puntos`)} (una línea base congelada).`,
  goal: (v) => `La meta es ${v}.`,
  missing: (n) => `${s(n, 'Falta 1 valor, que se muestra como un hueco', `Faltan ${n} valores, que se muestran como huecos`)}.`,
  sorted: 'Las filas se ordenaron antes del análisis.',
  pooled: (rows, points, period, rule) =>
    `${s(rows, 'La fila se', `Las ${rows} filas se`)} ${period ? `agruparon por ${({ week: 'semana (desde el lunes)', month: 'mes', quarter: 'trimestre', schoolYear: 'año escolar (desde el 1 de julio)' } as Record<string, string>)[period]}` : 'combinaron donde comparten la x'} en ${points} ${s(points, 'punto', 'puntos')}, cada uno ${rule === 'ratio' ? 'la suma de y entre la suma de n' : 'la media de sus valores'}.`,
  excluded: (n) => `${s(n, 'Un punto se muestra', `${n} puntos se muestran`)} pero no cuenta${s(n, '', 'n')} para la mediana ni las reglas.`,
  duplicates: (n, dates) => `${n} ${s(n, 'punto repite', 'puntos repiten')} una ${dates ? 'fecha' : 'etiqueta'} ya usada.`,
  unmatched: (n) => `${n} ${s(n, 'inicio de fase o cambio no coincide', 'inicios de fase o cambios no coinciden')} con ningún punto y no se ${s(n, 'muestra', 'muestran')}.`,
  inPhase: (phase, sentence) => `${phase}: ${sentence}`,
  within: (phase) => `en ${phase}, `,
  pointsNeeded: (n) => `${s(n, 'Se necesita 1 punto más', `Se necesitan ${n} puntos más`)} antes de que se apliquen las reglas de la gráfica de rachas.`,
  allOnMedian: 'Ningún punto está fuera de la mediana, así que no hay rachas que evaluar.',
  runsNotApplied: (useful) => `No se aplicó la regla de rachas: necesita entre 10 y 60 puntos fuera de la mediana, y hay ${useful}.`,
  noSignalFound: 'Ninguna regla dio una señal de variación no aleatoria.',
  moreSignals: (n) => `${s(n, 'Otra señal aparece', `Otras ${n} señales aparecen`)} en la tabla de datos.`,
  since: (label, when) => `desde que comenzó ‘${label}’ ${when}, `,
  fromTo: (a, b) => `de ${a} a ${b}, `,
  at: (when) => `${when}, `,
  when: (text, kind) => (kind === 'day' ? `el ${text}` : `en ${text}`),
  shift: (n, up) => `${n} puntos seguidos quedaron por ${up ? 'encima' : 'debajo'} de la mediana (un desplazamiento)`,
  trend: (n, up) => `${n} puntos seguidos ${up ? 'subieron' : 'bajaron'} (una tendencia)`,
  longestRun: (n, up, limit) => `${n} puntos seguidos quedaron por ${up ? 'encima' : 'debajo'} de la mediana, más que el límite de ${limit} (racha más larga)`,
  crossings: (n, limit) => `los valores cruzaron la mediana ${n} ${s(n, 'vez', 'veces')}, menos que el límite de ${limit} (muy pocos cruces)`,
  tooFewRuns: (n, lower) => `hubo ${n} ${s(n, 'racha', 'rachas')}, menos que el límite inferior de ${lower} (muy pocas rachas)`,
  tooManyRuns: (n, upper) => `hubo ${n} rachas, más que el límite superior de ${upper} (demasiadas rachas)`,
  astronomical: (v, up, limit) =>
    `el valor ${v} quedó ${up ? 'por encima del límite superior' : 'por debajo del límite inferior'} de ${limit} (un posible punto astronómico)`,
  astronomicalMany: (n, up, limit) =>
    `${n} valores quedaron ${up ? 'por encima del límite superior' : 'por debajo del límite inferior'} de ${limit} (posibles puntos astronómicos)`,
  verdict: {
    improvement: 'una señal de mejora',
    deterioration: 'una señal de deterioro',
    change: 'una señal de cambio',
    nonRandom: 'una señal de variación no aleatoria',
  },
  sentence: (clause, verdict) => `${clause}: ${verdict}.`,
};

/** The run chart's messages, one catalogue per language with the same shape. */
export const RUN_CHART_MESSAGES: Record<Lang, typeof en> = { en, es };

export type RunChartMessages = typeof en;
