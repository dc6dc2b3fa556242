/** A table row as read: the template slots it fills and the candidate cell vectors. */
import type { Cell, CellRead } from './readCells.ts';
import type { TableId } from './templates/types.ts';
import type { ApplicantType, Period } from './types.ts';

export type { TableId };

export interface Slot {
  metric: string;
  applicant: ApplicantType;
  period: Period;
  colLabel: string;
}

export interface RowRead extends CellRead {
  /** Unique within a report, e.g. `T3:res_granted`, `P:pro_info_total`. */
  id: string;
  table: TableId;
  slots: Slot[];
  labelRaw: string;
  /** Normalised-text span of the label (for char offsets of label-only facts). */
  labelStart: number;
  labelEnd: number;
  /** Unit printed in the row's unit column or header (`条`, `万元`). */
  unitRaw: string;
}

/** Key of one cell across tables: metric|applicant|period. */
export function cellKey(metric: string, applicant: ApplicantType, period: Period): string {
  return `${metric}|${applicant}|${period}`;
}

export type { Cell };
