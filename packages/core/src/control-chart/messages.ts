import type { Lang } from '../i18n/lang.js';
import type { ControlChartType, ControlRule, NhsAssurance, NhsPointType } from './types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  title: 'Control chart',
  chart: {
    i: 'I chart (individuals)', mr: 'moving-range chart', p: 'p chart (proportions)', pp: 'Laney p′ chart (proportions, large denominators)',
    u: 'u chart (rates)', up: 'Laney u′ chart (rates, large denominators)', c: 'c chart (counts)', xbar: 'x̄ chart (subgroup means)',
    s: 's chart (subgroup standard deviations)', g: 'g chart (cases between events)', t: 't chart (time between events)',
  } satisfies Record<ControlChartType, string>,
  rule: {
    outside: 'Outside the limits', 'longest-run': 'Long run', crossings: 'Too few crossings',
    'nhs-outside': 'Outside the limits', 'nhs-trend': '7-point trend', 'nhs-two-of-three': '2 of 3 near a limit', 'nhs-shift': '7 on one side',
  } satisfies Record<ControlRule, string>,
  noSignal: 'No signal',
  legendTitle: 'Signal',
  nhsType: {
    common: 'Common cause', improvement: 'Special cause — improving', concern: 'Special cause — concerning',
    'neutral-high': 'Special cause — higher', 'neutral-low': 'Special cause — lower',
  } satisfies Record<NhsPointType, string>,
  assurance: {
    pass: 'the target is reliably met', fail: 'the target is reliably not met', inconsistent: 'the target is not reliably met (hit and miss)',
  } satisfies Record<NhsAssurance, string>,
  columns: {
    date: 'Date', x: 'Point', value: 'Value', n: 'n', part: 'Phase', cl: 'Centre line', lcl: 'Lower limit', ucl: 'Upper limit',
    lcl2: 'Lower 2σ', ucl2: 'Upper 2σ', signals: 'Signals', note: 'Note', change: 'Change', facet: 'Group', verdict: 'Verdict', points: 'Points',
  },
  excluded: 'excluded from the limits',
  suppressedValue: 'Suppressed (10 or fewer)',
  missingValue: 'Missing',
  phase: (n: number) => `Phase ${n}`,
  clLabel: (v: string) => `CL ${v}`,
  uclLabel: (v: string) => `UCL ${v}`,
  lclLabel: (v: string) => `LCL ${v}`,
  targetLabel: (v: string) => `Target ${v}`,
  // summary
  uses: (chart: string, nhs: boolean) => `This ${chart} ${nhs ? 'uses the NHS “Making Data Count” rules (limits at 2.66 × the average moving range on I charts; 7-point runs and trends; 2 of 3 beyond 2σ)' : 'shows 3-sigma limits and uses Anhøj’s runs rules on the centre line'}.`,
  centre: (v: string) => `The centre line is ${v}`,
  limits: (l: string, u: string) => `, with limits from ${l} to ${u}`,
  limitsVary: ' (the limits vary with each point’s n)',
  centres: (list: string) => `Centre lines: ${list}.`,
  centreItem: (v: string, phase: string) => `${v} in ${phase}`,
  frozen: (n: number) => `The limits come from the first ${n} ${s(n, 'point', 'points')} (a frozen baseline) and are extended over the rest.`,
  freezeIgnored: 'The freeze was ignored because the chart has phases (each phase has its own limits).',
  special: (list: string) => `Special-cause variation: ${list}.`,
  common: 'Only common-cause variation: no point is beyond the limits and no run or trend signals.',
  unjudged: 'There are too few points, or the values are too flat, to compute limits.',
  outsideItem: (n: number, up: boolean, when: string) => `${n} ${s(n, 'point', 'points')} ${up ? 'above the upper' : 'below the lower'} limit (${when})`,
  runItem: (n: number, up: boolean, limit: number, when: string) => `a run of ${n} points ${up ? 'above' : 'below'} the centre line, longer than ${limit} (${when})`,
  crossingsItem: (n: number, limit: number) => `the values crossed the centre line ${n} ${s(n, 'time', 'times')}, fewer than ${limit}`,
  nhsItem: (rule: string, when: string) => `${rule.toLowerCase()} (${when})`,
  lean: { improvement: 'pointing to improvement', concern: 'pointing to deterioration', mixed: 'some improving, some deteriorating' },
  variationNow: (t: string) => `Latest point: ${t.toLowerCase()}.`,
  assuranceNow: (a: string, target: string) => `Against the target of ${target}, ${a}.`,
  target: (v: string) => `The target is ${v}.`,
  excludedCount: (n: number) => `${n} ${s(n, 'point is', 'points are')} shown but excluded from the limits.`,
  missing: (n: number) => `${n} ${s(n, 'point has', 'points have')} no value.`,
  suppressed: (n: number) => `${n} ${s(n, 'point is', 'points are')} suppressed because ${s(n, 'it covers', 'they cover')} 10 or fewer students.`,
  pooled: (n: number) => `${n} ${s(n, 'point pools', 'points pool')} several rows with the same x.`,
  multiplied: (k: string) => `Values are multiplied by ${k}.`,
  since: (label: string, when: string) => `since ‘${label}’ (${when})`,
  // facets
  facetSummary: (k: number, total: number, unit: string, list: string) =>
    `${k} of ${total} ${unit} ${s(k, 'shows', 'show')} special-cause variation${k ? `: ${list}` : ''}.`,
  facetUnjudged: (n: number) => `${n} ${s(n, 'has', 'have')} too few points to judge.`,
  facetVerdict: { special: 'Special cause', common: 'Common cause only', unjudged: 'Not judged' },
  tooFew: (n: number, need: number) => `Too few points to judge: ${n} of the ${need} needed.`,
  allSuppressed: 'Every point is suppressed (10 or fewer students).',
  facetCaption: (title: string) => `${title}: one row per group`,
  facetUnit: 'groups',
  more: (n: number) => `${n} more`,
  errors: {
    'needs-n': (field: string) => `A p or u chart needs denominators: set n to the column holding how many students each count is out of (no “${field}” values were found).`,
    't-positive': (field: string) => `A t chart needs times between events above 0 in “${field}”.`,
    'count-above-n': (field: string, row: number, y: string, n: string) =>
      `Row ${row}: “${field}” is ${y}, more than its n of ${n}. A p chart counts students out of n, so the count cannot exceed n (check that y is a count, not a percentage, and that n is the enrolment).`,
    'negative-count': (field: string, row: number, y: string) => `Row ${row}: “${field}” is ${y}; counts cannot be negative.`,
  },
};

const es: typeof en = {
  title: 'Gráfica de control',
  chart: {
    i: 'gráfica I (valores individuales)', mr: 'gráfica de rangos móviles', p: 'gráfica p (proporciones)', pp: 'gráfica p′ de Laney (proporciones, denominadores grandes)',
    u: 'gráfica u (tasas)', up: 'gráfica u′ de Laney (tasas, denominadores grandes)', c: 'gráfica c (conteos)', xbar: 'gráfica x̄ (medias de subgrupos)',
    s: 'gráfica s (desviaciones estándar de subgrupos)', g: 'gráfica g (casos entre eventos)', t: 'gráfica t (tiempo entre eventos)',
  },
  rule: {
    outside: 'Fuera de los límites', 'longest-run': 'Racha larga', crossings: 'Muy pocos cruces',
    'nhs-outside': 'Fuera de los límites', 'nhs-trend': 'Tendencia de 7 puntos', 'nhs-two-of-three': '2 de 3 cerca de un límite', 'nhs-shift': '7 de un mismo lado',
  },
  noSignal: 'Sin señal',
  legendTitle: 'Señal',
  nhsType: {
    common: 'Causa común', improvement: 'Causa especial — mejora', concern: 'Causa especial — preocupante',
    'neutral-high': 'Causa especial — más alto', 'neutral-low': 'Causa especial — más bajo',
  },
  assurance: {
    pass: 'la meta se cumple de forma fiable', fail: 'la meta no se cumple de forma fiable', inconsistent: 'la meta no se cumple de forma fiable (a veces sí, a veces no)',
  },
  columns: {
    date: 'Fecha', x: 'Punto', value: 'Valor', n: 'n', part: 'Fase', cl: 'Línea central', lcl: 'Límite inferior', ucl: 'Límite superior',
    lcl2: 'Inferior 2σ', ucl2: 'Superior 2σ', signals: 'Señales', note: 'Nota', change: 'Cambio', facet: 'Grupo', verdict: 'Veredicto', points: 'Puntos',
  },
  excluded: 'excluido de los límites',
  suppressedValue: 'Suprimido (10 o menos)',
  missingValue: 'Falta el dato',
  phase: (n) => `Fase ${n}`,
  clLabel: (v) => `LC ${v}`,
  uclLabel: (v) => `LCS ${v}`,
  lclLabel: (v) => `LCI ${v}`,
  targetLabel: (v) => `Meta ${v}`,
  uses: (chart, nhs) => `Esta ${chart} ${nhs ? 'usa las reglas del NHS “Making Data Count” (límites a 2,66 × el rango móvil medio en gráficas I; rachas y tendencias de 7 puntos; 2 de 3 más allá de 2σ)' : 'muestra límites de 3 sigma y usa las reglas de rachas de Anhøj sobre la línea central'}.`,
  centre: (v) => `La línea central es ${v}`,
  limits: (l, u) => `, con límites de ${l} a ${u}`,
  limitsVary: ' (los límites varían con la n de cada punto)',
  centres: (list) => `Líneas centrales: ${list}.`,
  centreItem: (v, phase) => `${v} en ${phase}`,
  frozen: (n) => `Los límites se calculan con ${s(n, 'el primer punto', `los primeros ${n} puntos`)} (una línea base congelada) y se extienden al resto.`,
  freezeIgnored: 'Se ignoró la congelación porque la gráfica tiene fases (cada fase tiene sus propios límites).',
  special: (list) => `Variación por causa especial: ${list}.`,
  common: 'Solo variación por causa común: ningún punto está fuera de los límites y ninguna racha o tendencia da señal.',
  unjudged: 'Hay muy pocos puntos, o los valores son demasiado planos, para calcular límites.',
  outsideItem: (n, up, when) => `${n} ${s(n, 'punto', 'puntos')} ${up ? 'por encima del límite superior' : 'por debajo del límite inferior'} (${when})`,
  runItem: (n, up, limit, when) => `una racha de ${n} puntos por ${up ? 'encima' : 'debajo'} de la línea central, más larga que ${limit} (${when})`,
  crossingsItem: (n, limit) => `los valores cruzaron la línea central ${n} ${s(n, 'vez', 'veces')}, menos que ${limit}`,
  nhsItem: (rule, when) => `${rule.toLowerCase()} (${when})`,
  lean: { improvement: 'que indican mejora', concern: 'que indican deterioro', mixed: 'unas de mejora y otras de deterioro' },
  variationNow: (t) => `Último punto: ${t.toLowerCase()}.`,
  assuranceNow: (a, target) => `Frente a la meta de ${target}, ${a}.`,
  target: (v) => `La meta es ${v}.`,
  excludedCount: (n) => `${s(n, 'Un punto se muestra', `${n} puntos se muestran`)} pero ${s(n, 'se excluye', 'se excluyen')} de los límites.`,
  missing: (n) => `${s(n, 'Un punto no tiene', `${n} puntos no tienen`)} valor.`,
  suppressed: (n) => `${s(n, 'Un punto se suprime porque abarca', `${n} puntos se suprimen porque abarcan`)} 10 estudiantes o menos.`,
  pooled: (n) => `${s(n, 'Un punto combina', `${n} puntos combinan`)} varias filas con la misma x.`,
  multiplied: (k) => `Los valores se multiplican por ${k}.`,
  since: (label, when) => `desde ‘${label}’ (${when})`,
  facetSummary: (k, total, unit, list) => `${k} de ${total} ${unit} ${s(k, 'muestra', 'muestran')} variación por causa especial${k ? `: ${list}` : ''}.`,
  facetUnjudged: (n) => `${n} ${s(n, 'tiene', 'tienen')} muy pocos puntos para evaluar.`,
  facetVerdict: { special: 'Causa especial', common: 'Solo causa común', unjudged: 'Sin evaluar' },
  tooFew: (n, need) => `Muy pocos puntos para evaluar: ${n} de los ${need} necesarios.`,
  allSuppressed: 'Todos los puntos están suprimidos (10 estudiantes o menos).',
  facetCaption: (title) => `${title}: una fila por grupo`,
  facetUnit: 'grupos',
  more: (n) => `${n} más`,
  errors: {
    'needs-n': (field) => `Una gráfica p o u necesita denominadores: indique en n la columna con el total de estudiantes de cada conteo (no se encontraron valores de “${field}”).`,
    't-positive': (field) => `Una gráfica t necesita tiempos entre eventos mayores que 0 en “${field}”.`,
    'count-above-n': (field, row, y, n) =>
      `Fila ${row}: “${field}” es ${y}, más que su n de ${n}. Una gráfica p cuenta estudiantes de un total n, así que el conteo no puede superar n (compruebe que y es un conteo, no un porcentaje, y que n es la matrícula).`,
    'negative-count': (field, row, y) => `Fila ${row}: “${field}” es ${y}; los conteos no pueden ser negativos.`,
  },
};

/** The control chart's messages, one catalogue per language with the same shape. */
export const CONTROL_MESSAGES: Record<Lang, typeof en> = { en, es };
export type ControlMessages = typeof en;
