/**
 * One county's published documents, built by core's `buildEntityDocuments` (the hierarchy, the
 * privacy cut with complementary suppression, DA by year for LEAs, children for the grid): the
 * publish only feeds it one county's records at a time, so memory stays bounded statewide.
 */
import { buildEntityDocuments, entityHref, type DashboardRecord, type EntityDocument, type PublishIndex } from '@outcome-kit/core';

/** What a parent's `children` carry of each child's records: All Students only, or every group. */
export type ChildRecords = 'all-students' | 'every-group';

/** Publishing facts shared by every document of a run. */
export interface DocumentMeta {
  suppressBelow: number;
  sources: string[];
  generated: string;
  illustrative?: boolean;
}

/** The documents of one county, its index entries, and how many records the privacy cut removed. */
export interface CountyDocuments {
  documents: EntityDocument[];
  entities: PublishIndex['entities'];
  removed: number;
}

export { entityHref as hrefOf };

/** Builds one county's documents from its records (every record of the county, the state's left out). */
export function buildCountyDocuments(county: string, records: readonly DashboardRecord[], meta: DocumentMeta, childRecords: ChildRecords = 'all-students'): CountyDocuments {
  const built = buildEntityDocuments(records, {
    suppressBelow: meta.suppressBelow,
    sources: meta.sources,
    generated: meta.generated,
    illustrative: meta.illustrative === true,
    childGroups: childRecords === 'every-group' ? 'all' : ['ALL'],
    county,
  });
  const removed = built.privacy.suppressed + built.privacy.complementary;
  return { documents: built.documents, entities: built.index.entities, removed };
}
