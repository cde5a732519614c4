import type { LinkStatus, Measure, MeasureInput } from '../theory-of-action/types.js';
import type { PdsaCycleInput, PdsaGroup } from '../pdsa-log/types.js';

/** The levels of a driver diagram, from the root: aim → primary drivers → secondary drivers → change ideas. */
export const DRIVER_KINDS = ['aim', 'primary', 'secondary', 'change'] as const;
export type DriverKind = (typeof DRIVER_KINDS)[number];

/** Where a change idea stands, from its PDSA cycles (or as the data gives it). */
export const CHANGE_STATUSES = ['not-tested', 'testing', 'adopted', 'abandoned'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** One node as validated. */
export interface DriverNodeInput {
  id: string;
  parent: string | null;
  kind: DriverKind;
  text: string;
  owner: string | null;
  /** Ids of the document's measures (or measure names, from flat rows). */
  measureIds: string[];
  /** A change idea's status as the data gives it; null to derive it from its PDSA cycles. */
  status: ChangeStatus | null;
  /** The row in the user's file, when from rows. */
  row?: number;
}

/** A measure of the document, with the id nodes name it by. */
export interface DiagramMeasureInput extends MeasureInput {
  id: string;
}

/** A validated driver diagram document. */
export interface DriverDiagramDocument {
  title: string | null;
  description: string | null;
  nodes: DriverNodeInput[];
  measures: DiagramMeasureInput[];
  cycles: PdsaCycleInput[];
}

/** A node of the diagram, analysed. */
export interface DriverNode {
  id: string;
  parent: string | null;
  kind: DriverKind;
  /** 1 for the aim … 4 for a change idea under a secondary driver (its depth in the tree). */
  level: number;
  text: string;
  owner: string | null;
  children: string[];
  /** Its measures with their run-chart reading (the theory of action's own analysis). */
  measures: Measure[];
  /** Aim and drivers: the status their measures suggest (null without measures). */
  measureStatus: LinkStatus | null;
  /** Change ideas: given or from the PDSA cycles; null for the aim and drivers. */
  changeStatus: ChangeStatus | null;
  /** True when `changeStatus` came from the cycles. */
  derived: boolean;
  /** Change ideas: their PDSA cycles (null when none). */
  pdsa: PdsaGroup | null;
}

/** The driver diagram model: one plain object, the single source of every view. */
export interface DriverDiagramModel {
  title: string | null;
  description: string | null;
  /** The aim's id. */
  aim: string;
  /** Every node, depth first from the aim (children in data order). */
  nodes: DriverNode[];
  counts: { primary: number; secondary: number; change: number; cycles: number };
  changeCounts: Record<ChangeStatus, number>;
}

export interface DriverDiagramOptions {
  rules: 'ihi' | 'anhoej';
  minPoints: number;
}

export interface DriverDiagramOptionsInput {
  rules?: string | null;
  minPoints?: number | string | null;
}
