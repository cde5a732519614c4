import type { Lang } from '../i18n/lang.js';

/** The run chart's own words on the chart, for the encodings that say what a signal covers. */
export const RUN_SPEC_MESSAGES = {
  en: {
    trendBand: 'Trend (shaded band)',
    ring: 'Astronomical point (ring)',
    upperLimit: (v: string) => `Upper limit ${v}`,
    lowerLimit: (v: string) => `Lower limit ${v}`,
  },
  es: {
    trendBand: 'Tendencia (franja sombreada)',
    ring: 'Punto astronómico (anillo)',
    upperLimit: (v: string) => `Límite superior ${v}`,
    lowerLimit: (v: string) => `Límite inferior ${v}`,
  },
} satisfies Record<Lang, unknown>;
