import { formatList } from '../i18n/format.js';
import { catalogueRecord } from '../i18n/registry.js';

const en = {
  title: (entity: string, kind: 'lea' | 'school') => `${entity}: ${kind === 'school' ? 'schools' : 'districts'} on the Dashboard`,
  caption: (entity: string, kind: 'lea' | 'school', group: string, year: string) =>
    `${entity}, ${year}: each ${kind === 'school' ? 'school' : 'district'}’s Dashboard color by indicator, ${group}`,
  name: (kind: 'lea' | 'school'): string => (kind === 'school' ? 'School' : 'District'),
  da: 'Differentiated assistance',
  daEligible: 'Eligible',
  daNotEligible: 'Not eligible',
  daGroups: (groups: string[]) => formatList(groups, 'en'),
  search: 'Search by name or CDS code',
  daOnly: 'Only those eligible for differentiated assistance',
  groupPicker: 'Student group',
  showing: (shown: number, total: number, kind: 'lea' | 'school') => `Showing ${shown} of ${total} ${kind === 'school' ? 'schools' : 'districts'}.`,
  noMatch: 'No district or school matches the filters.',
  openReport: (name: string) => `Equity report for ${name}`,
  kindName: { coe: 'County office of education', charter: 'Charter' } as Record<'coe' | 'charter', string>,
  // summary
  lead: (entity: string, year: string, n: number, kind: 'lea' | 'school', group: string, indicators: number) =>
    `${entity}, ${year} Dashboard: ${n} ${kind === 'school' ? (n === 1 ? 'school' : 'schools') : n === 1 ? 'district' : 'districts'} on ${indicators} indicator${indicators === 1 ? '' : 's'}, for ${group}.`,
  eligibleCount: (n: number, names: string[]) =>
    n === 0 ? 'None is eligible for differentiated assistance.' : `${n} ${n === 1 ? 'is' : 'are'} eligible for differentiated assistance: ${formatList(names, 'en')}.`,
  redCount: (indicator: string, n: number) => `${n} ${n === 1 ? 'is' : 'are'} Red on ${indicator}`,
  redList: (items: string[]) => `${formatList(items, 'en')}.`,
  noRed: 'None is Red on any indicator.',
  suppressed: (count: number, below: number) =>
    `${count} result${count === 1 ? '' : 's'} for groups of ${below} or fewer students ${count === 1 ? 'is' : 'are'} not shown, to protect privacy.`,
};

export type CountyGridMessages = typeof en;

const es: CountyGridMessages = {
  title: (entity, kind) => `${entity}: ${kind === 'school' ? 'escuelas' : 'distritos'} en el Dashboard`,
  caption: (entity, kind, group, year) => `${entity}, ${year}: color del Dashboard de cada ${kind === 'school' ? 'escuela' : 'distrito'} por indicador, ${group}`,
  name: (kind) => (kind === 'school' ? 'Escuela' : 'Distrito'),
  da: 'Asistencia diferenciada',
  daEligible: 'Elegible',
  daNotEligible: 'No elegible',
  daGroups: (groups) => formatList(groups, 'es'),
  search: 'Buscar por nombre o código CDS',
  daOnly: 'Solo los elegibles para asistencia diferenciada',
  groupPicker: 'Grupo de estudiantes',
  showing: (shown, total, kind) => `Se muestran ${shown} de ${total} ${kind === 'school' ? 'escuelas' : 'distritos'}.`,
  noMatch: 'Ningún distrito o escuela coincide con los filtros.',
  openReport: (name) => `Informe de equidad de ${name}`,
  kindName: { coe: 'Oficina de educación del condado', charter: 'Escuela chárter' },
  lead: (entity, year, n, kind, group, indicators) =>
    `${entity}, Dashboard ${year}: ${n} ${kind === 'school' ? (n === 1 ? 'escuela' : 'escuelas') : n === 1 ? 'distrito' : 'distritos'} en ${indicators} indicador${indicators === 1 ? '' : 'es'}, para ${group}.`,
  eligibleCount: (n, names) =>
    n === 0 ? 'Ninguno es elegible para asistencia diferenciada.' : `${n} ${n === 1 ? 'es elegible' : 'son elegibles'} para asistencia diferenciada: ${formatList(names, 'es')}.`,
  redCount: (indicator, n) => `${n} ${n === 1 ? 'está' : 'están'} en rojo en ${indicator}`,
  redList: (items) => `${formatList(items, 'es')}.`,
  noRed: 'Ninguno está en rojo en ningún indicador.',
  suppressed: (count, below) =>
    count === 1
      ? `No se muestra 1 resultado de grupos con ${below} estudiantes o menos, para proteger la privacidad.`
      : `No se muestran ${count} resultados de grupos con ${below} estudiantes o menos, para proteger la privacidad.`,
};

/** The county grid's messages, one catalogue per language. */
export const COUNTY_GRID_MESSAGES = catalogueRecord<CountyGridMessages>('county-grid', { en, es });
