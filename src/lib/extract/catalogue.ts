/** The metric catalogue (METRICS.md §6), as generated from metrics.tsv. */
import { CATALOGUE_ROWS } from './catalogue.generated.ts';

export interface CatalogueEntry {
  id: string;
  /** Section, e.g. `T3 收到和处理政府信息公开申请情况`. */
  table: string;
  /** Label variants as printed, separated by `；`. */
  labels: string;
  formats: string;
  /** Canonical unit, e.g. `件`, `万元`. */
  unit: string;
  byApplicant: boolean;
  kind: string;
  mapsTo: string;
  notes: string;
}

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(
  CATALOGUE_ROWS.map((row) => [row.id, row]),
);

/** The catalogue entry of a metric id; throws on an unknown id (ids are a contract). */
export function metric(id: string): CatalogueEntry {
  const entry = CATALOGUE.get(id);
  if (!entry) throw new Error(`unknown metric id: ${id}`);
  return entry;
}

/** Canonical unit of a metric, reduced to one of 条/件/次/篇/人/人次/个/项/万元/元. */
export function canonicalUnit(id: string): string {
  const unit = metric(id).unit;
  const m = /万元|人次|元|条|件|次|篇|人|个|项/.exec(unit);
  return m ? m[0] : '';
}

/** Label variants of a metric as separate strings, local notes in brackets dropped. */
export function labelVariants(id: string): string[] {
  return metric(id)
    .labels.split('；')
    .flatMap((variant) =>
      variant.split(/\s+×\s+|\s+\(第|\s\((?:local|2009 local|t2019|t2021)[^)]*\)/),
    )
    .map((v) => v.trim())
    .filter(Boolean);
}
