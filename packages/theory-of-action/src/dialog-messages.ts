import type { Lang } from '@outcome-kit/core';

/** The words of a measure's run-chart dialog. */
export const DIALOG_MESSAGES: Record<Lang, { showChart: string; close: string; label: (link: string, measure: string) => string }> = {
  en: { showChart: 'Show the run chart', close: 'Close', label: (link, measure) => `Run chart: ${link}, ${measure}` },
  es: { showChart: 'Mostrar el gráfico de ejecución', close: 'Cerrar', label: (link, measure) => `Gráfico de ejecución: ${link}, ${measure}` },
};
