import type { Lang, Localized } from '../i18n/lang.js';
import { DASHBOARD_COLORS, NO_COLOR, type DashboardColor } from '../theme/tokens.js';
import type { DashboardChangeLevel, DashboardStatusLevel } from './facts.js';
import type { DashboardLevels } from './levels.js';
import { GAP_MESSAGES } from './messages.js';

/** What Outcome Kit's rules gave for a group whose file colour or levels they disagree with. */
export interface CrossCheckDetail {
  /** Which of the file's values differ from the computed ones. */
  differs: Array<'color' | 'status' | 'change'>;
  color: DashboardColor | null;
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  /** Why the rules give no colour, when they give none. */
  reason: DashboardLevels['reason'];
  /** The Dashboard year whose rules were applied. */
  year: string | null;
  /** The difference in words (English and Spanish); the file's colour is the one shown. */
  note: Localized;
}

const colorName = (c: DashboardColor | null, lang: Lang) => (c ? DASHBOARD_COLORS[c].name[lang] : NO_COLOR.name[lang]);

function levelsText(s: DashboardStatusLevel | null, c: DashboardChangeLevel | null, lang: Lang): string {
  const m = GAP_MESSAGES[lang];
  const parts = [s ? m.statusLevel[s] : null, c ? m.changeLevel[c] : null].filter(Boolean);
  return parts.length ? ` (${parts.join(' × ')})` : '';
}

function note(file: { color: DashboardColor | null; statusLevel: DashboardStatusLevel | null; changeLevel: DashboardChangeLevel | null }, got: DashboardLevels, lang: Lang): string {
  const m = GAP_MESSAGES[lang];
  const why = got.color === null && got.reason ? `: ${m.reason(got.reason, got.minimum)}` : '';
  const fileText = `${colorName(file.color, lang)}${levelsText(file.statusLevel, file.changeLevel, lang)}`;
  const gotText = `${colorName(got.color, lang)}${levelsText(got.statusLevel, got.changeLevel, lang)}${why}`;
  const year = got.year ?? '';
  return lang === 'es'
    ? `El archivo de CDE da ${fileText}; las reglas ${year} de Outcome Kit dan ${gotText}. Se muestra el color del archivo.`
    : `CDE’s file gives ${fileText}; Outcome Kit’s ${year} rules give ${gotText}. The file’s color is shown.`;
}

/**
 * Compares a file's colour and level codes with those the year's rules compute. Null when they
 * agree; otherwise what differs, what the rules gave and why, in words.
 */
export function crossCheckDetail(
  file: { color: DashboardColor | null; statusLevel: DashboardStatusLevel | null; changeLevel: DashboardChangeLevel | null },
  got: DashboardLevels,
): CrossCheckDetail | null {
  const differs: CrossCheckDetail['differs'] = [];
  if (file.color !== got.color) differs.push('color');
  if (file.statusLevel && file.statusLevel !== got.statusLevel) differs.push('status');
  if (file.changeLevel && file.changeLevel !== got.changeLevel) differs.push('change');
  if (!differs.length) return null;
  return {
    differs,
    color: got.color,
    statusLevel: got.statusLevel,
    changeLevel: got.changeLevel,
    reason: got.reason,
    year: got.year,
    note: { en: note(file, got, 'en'), es: note(file, got, 'es') },
  };
}
