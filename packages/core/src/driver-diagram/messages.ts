import { formatList } from '../i18n/format.js';
import { catalogueRecord } from '../i18n/registry.js';
import { quote } from '../i18n/messages.js';
import type { ChangeStatus, DriverKind } from './types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  title: 'Driver diagram',
  kind: { aim: 'Aim', primary: 'Primary driver', secondary: 'Secondary driver', change: 'Change idea' } satisfies Record<DriverKind, string>,
  kindPlural: { aim: 'Aim', primary: 'Primary drivers', secondary: 'Secondary drivers', change: 'Change ideas' } satisfies Record<DriverKind, string>,
  changeStatus: { 'not-tested': 'Not tested yet', testing: 'Testing', adopted: 'Adopted', abandoned: 'Abandoned' } satisfies Record<ChangeStatus, string>,
  treeLabel: (aim: string) => `Driver diagram for the aim: ${aim}`,
  owner: (who: string) => `Owner: ${who}`,
  pdsaCount: (n: number) => `${n} PDSA ${s(n, 'cycle', 'cycles')}`,
  openLog: (text: string) => `PDSA log of ${text}`,
  measures: 'Measures',
  under: (text: string) => `Under ${text}`,
  levelName: (level: number) => `level ${level}`,
  fromCycles: 'from its PDSA cycles',
  // summary
  lead: (aim: string, p: number, sd: number, c: number) =>
    `Aim: ${aim}. It has ${p} primary ${s(p, 'driver', 'drivers')}, ${sd} secondary ${s(sd, 'driver', 'drivers')} and ${c} change ${s(c, 'idea', 'ideas')}.`,
  changeCounts: (items: string[]) => `Change ideas: ${formatList(items, 'en')}.`,
  countItem: { 'not-tested': (n: number) => `${n} not tested yet`, testing: (n: number) => `${n} being tested`, adopted: (n: number) => `${n} adopted`, abandoned: (n: number) => `${n} abandoned` } satisfies Record<ChangeStatus, (n: number) => string>,
  cyclesLogged: (n: number) => `${n} PDSA ${s(n, 'cycle', 'cycles')} logged.`,
  aimMeasure: (name: string, verdict: string) => `The aim's measure, ${name}: ${verdict}.`,
  // table
  col: { level: 'Level', text: 'Text', parent: 'Under', owner: 'Owner', status: 'Status', cycles: 'PDSA cycles', measures: 'Measures' },
  // problems
  at: (where: { path?: string; row?: number }) => (where.row !== undefined ? `Row ${where.row}` : where.path ? `At ${where.path}` : 'In the data'),
  notDocument: 'The data is not a driver diagram: give `{ "nodes": [...] }` or rows with id, parent, kind and text columns.',
  required: (at: string, field: string) => `${at}: ${field} is missing.`,
  notText: (at: string, field: string) => `${at}: ${field} is not text.`,
  badKind: (at: string, value: unknown) => `${at}: kind ${quote(value)} is not aim, primary, secondary or change.`,
  badStatus: (at: string, value: unknown) => `${at}: status ${quote(value)} is not not-tested, testing, adopted or abandoned.`,
  duplicateId: (at: string, id: string) => `${at}: the id ${quote(id)} is used twice; each node needs its own id.`,
  noAim: 'The diagram has no aim: one node needs kind “aim”.',
  twoAims: (at: string) => `${at}: a second aim; a driver diagram has one aim at its root.`,
  aimWithParent: (at: string) => `${at}: the aim has a parent; the aim is the root and has none.`,
  orphan: (at: string, text: string, kind: string) => `${at}: ${quote(text)} (${kind}) has no parent; every driver and change idea needs one.`,
  unknownParent: (at: string, parent: string) => `${at}: the parent ${quote(parent)} is not an id in the diagram.`,
  cycle: (at: string, path: string[]) => `${at}: the parents go round in a circle (${path.join(' → ')}); a diagram is a tree.`,
  wrongParent: (at: string, kind: string, parentKind: string, allowed: string) => `${at}: a ${kind.toLowerCase()} cannot sit under a ${parentKind.toLowerCase()}; its parent must be ${allowed}.`,
  unknownMeasure: (at: string, id: string) => `${at}: the measure ${quote(id)} is not among the document’s measures.`,
  unknownChange: (at: string, id: string) => `${at}: the cycle’s change idea ${quote(id)} is not a change idea of the diagram.`,
  notList: (at: string) => `${at}: expected a list.`,
};

export type DriverDiagramMessages = typeof en;

const es: DriverDiagramMessages = {
  title: 'Diagrama de impulsores',
  kind: { aim: 'Objetivo', primary: 'Impulsor primario', secondary: 'Impulsor secundario', change: 'Idea de cambio' },
  kindPlural: { aim: 'Objetivo', primary: 'Impulsores primarios', secondary: 'Impulsores secundarios', change: 'Ideas de cambio' },
  changeStatus: { 'not-tested': 'Sin probar', testing: 'En prueba', adopted: 'Adoptada', abandoned: 'Abandonada' },
  treeLabel: (aim) => `Diagrama de impulsores del objetivo: ${aim}`,
  owner: (who) => `Responsable: ${who}`,
  pdsaCount: (n) => `${n} ${s(n, 'ciclo', 'ciclos')} PDSA`,
  openLog: (text) => `Registro PDSA de ${text}`,
  measures: 'Medidas',
  under: (text) => `Bajo ${text}`,
  levelName: (level) => `nivel ${level}`,
  fromCycles: 'según sus ciclos PDSA',
  lead: (aim, p, sd, c) =>
    `Objetivo: ${aim}. Tiene ${p} ${s(p, 'impulsor primario', 'impulsores primarios')}, ${sd} ${s(sd, 'impulsor secundario', 'impulsores secundarios')} y ${c} ${s(c, 'idea', 'ideas')} de cambio.`,
  changeCounts: (items) => `Ideas de cambio: ${formatList(items, 'es')}.`,
  countItem: { 'not-tested': (n) => `${n} sin probar`, testing: (n) => `${n} en prueba`, adopted: (n) => `${n} ${s(n, 'adoptada', 'adoptadas')}`, abandoned: (n) => `${n} ${s(n, 'abandonada', 'abandonadas')}` },
  cyclesLogged: (n) => `${n} ${s(n, 'ciclo', 'ciclos')} PDSA ${s(n, 'registrado', 'registrados')}.`,
  aimMeasure: (name, verdict) => `La medida del objetivo, ${name}: ${verdict}.`,
  col: { level: 'Nivel', text: 'Texto', parent: 'Bajo', owner: 'Responsable', status: 'Estado', cycles: 'Ciclos PDSA', measures: 'Medidas' },
  at: (where) => (where.row !== undefined ? `Fila ${where.row}` : where.path ? `En ${where.path}` : 'En los datos'),
  notDocument: 'Los datos no son un diagrama de impulsores: dé `{ "nodes": [...] }` o filas con columnas id, parent, kind y text.',
  required: (at, field) => `${at}: falta ${field}.`,
  notText: (at, field) => `${at}: ${field} no es texto.`,
  badKind: (at, value) => `${at}: el tipo (kind) ${quote(value)} no es aim, primary, secondary ni change.`,
  badStatus: (at, value) => `${at}: el estado ${quote(value)} no es not-tested, testing, adopted ni abandoned.`,
  duplicateId: (at, id) => `${at}: el id ${quote(id)} se usa dos veces; cada nodo necesita su propio id.`,
  noAim: 'El diagrama no tiene objetivo: un nodo necesita el tipo “aim”.',
  twoAims: (at) => `${at}: un segundo objetivo; un diagrama de impulsores tiene un solo objetivo en su raíz.`,
  aimWithParent: (at) => `${at}: el objetivo tiene un padre; el objetivo es la raíz y no tiene.`,
  orphan: (at, text, kind) => `${at}: ${quote(text)} (${kind.toLowerCase()}) no tiene padre; cada impulsor e idea de cambio necesita uno.`,
  unknownParent: (at, parent) => `${at}: el padre ${quote(parent)} no es un id del diagrama.`,
  cycle: (at, path) => `${at}: los padres forman un círculo (${path.join(' → ')}); un diagrama es un árbol.`,
  wrongParent: (at, kind, parentKind, allowed) => `${at}: un ${kind.toLowerCase()} no puede ir bajo un ${parentKind.toLowerCase()}; su padre debe ser ${allowed}.`,
  unknownMeasure: (at, id) => `${at}: la medida ${quote(id)} no está entre las medidas del documento.`,
  unknownChange: (at, id) => `${at}: la idea de cambio ${quote(id)} del ciclo no es una idea de cambio del diagrama.`,
  notList: (at) => `${at}: se esperaba una lista.`,
};

export const DRIVER_DIAGRAM_MESSAGES = catalogueRecord<DriverDiagramMessages>('driver-diagram', { en, es });
