import type { Lang } from '../i18n/lang.js';
import type { IndicatorUnit } from './facts.js';

/** The gap chart's own words on the chart: its key (what the hollow dot, the line and the numbers mean). */
export const GAP_SPEC_MESSAGES = {
  en: {
    lastYear: 'Last year (hollow dot)',
    change: 'Change since last year (line)',
    /** The numbers beside the dots: named, and the sign explained the same way for either direction. */
    gapKey: (reference: string) => `Numbers beside the dots: gap to ${reference} (+ ahead, - behind)`,
    gapUnit: { dfs: 'pts', percent: 'pp', points: 'pts' } satisfies Record<IndicatorUnit, string>,
  },
  es: {
    lastYear: 'Año pasado (punto hueco)',
    change: 'Cambio desde el año pasado (línea)',
    gapKey: (reference: string) => `Números junto a los puntos: brecha con ${reference} (+ por delante, - por detrás)`,
    gapUnit: { dfs: 'ptos', percent: 'pp', points: 'ptos' } satisfies Record<IndicatorUnit, string>,
  },
} satisfies Record<Lang, unknown>;
