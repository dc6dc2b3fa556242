/**
 * What a report template is made of. Each template is one module in this folder, collected in
 * `TEMPLATES` (index.ts): adding one is a file and a line there, and this interface is the list of
 * everything it must fill in.
 */
import type { PreRow } from '../grammar/pre2019.ts';
import type { T3Row } from '../grammar/t3.ts';
import type { Identity } from '../identities.ts';
import type { Period } from '../types.ts';

/** The templates the extractor reads (METRICS.md §1). */
export type TemplateId = 'pre2019' | 't2019' | 't2021';

/** The tables of a report: the one 统计表 before 2019 (`P`), tables 二–四 after. */
export type TableId = 'P' | 'T2' | 'T3' | 'T4';

/** A printed row of table 二 and the cells it holds in one template, in order. */
export interface T2TemplateRow {
  /** Label cores (labels.ts) that identify the row; the same array in every template. */
  keys: readonly string[];
  metrics: readonly string[];
}

export interface Template {
  id: TemplateId;
  /** Order in time: a report on a lower rank than the year before went back to an older template. */
  rank: number;
  /** Printed column headers that only this template has, per table (METRICS.md §1). */
  markers: Readonly<Partial<Record<TableId, readonly string[]>>>;
  /** The rows each table prints, by label; an empty list when the template has no such table. */
  rows: {
    P: readonly PreRow[];
    T2: readonly T2TemplateRow[];
    T3: readonly T3Row[];
    /** Table 四's outcome groups (the last metric of each is its total); empty without table 四. */
    T4: readonly (readonly string[])[];
  };
  /** Its accounting identities (METRICS.md §8) for the period columns printed. */
  identities: (periods: readonly Period[]) => Identity[];
  /** Table 三 subtotals derived when not printed: subtotal metric -> the rows it adds up. */
  derived: Readonly<Record<string, readonly string[]>>;
  /** The definition era of its figures in the crosswalk, for concepts that change at 2019. */
  segment: 'pre2019' | 'post2019';
}
