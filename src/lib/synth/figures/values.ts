/**
 * The figures of one report as a map (metric × applicant × period → value) and the helpers that
 * turn them into printed cells and rows.
 */
import type { ApplicantType, Period } from '../../extract/types.ts';
import type { LeadCell, SynthCell, SynthRow } from '../types.ts';

export const cellKey = (
  metric: string,
  applicant: ApplicantType = 'all',
  period: Period = 'year',
) => `${metric}|${applicant}|${period}`;

export class Values {
  readonly map = new Map<string, number>();

  set(metric: string, value: number, applicant: ApplicantType = 'all', period: Period = 'year') {
    this.map.set(cellKey(metric, applicant, period), value);
  }

  get(metric: string, applicant: ApplicantType = 'all', period: Period = 'year'): number {
    const v = this.map.get(cellKey(metric, applicant, period));
    if (v === undefined) throw new Error(`no figure for ${cellKey(metric, applicant, period)}`);
    return v;
  }
}

/** How a value is printed: plain, signed (`+3`), money with two decimals at most. */
export function printed(value: number, kind: 'int' | 'signed' | 'money' = 'int'): string {
  if (kind === 'signed') return value > 0 ? `+${value}` : String(value);
  if (kind === 'money') return String(Math.round(value * 100) / 100);
  return String(value);
}

export function cell(
  values: Values,
  metric: string,
  applicant: ApplicantType = 'all',
  period: Period = 'year',
  kind: 'int' | 'signed' | 'money' = 'int',
): SynthCell {
  const value = values.get(metric, applicant, period);
  return { metric, applicant, period, value, printed: printed(value, kind) };
}

/** A row with its label cells (a string is a one-row label, a LeadCell may span rows). */
export function row(
  lead: readonly (string | LeadCell)[],
  cells: SynthCell[],
  extra: { note?: string; unit?: string } = {},
): SynthRow {
  return {
    lead: lead.map((l) => (typeof l === 'string' ? { text: l, rowspan: 1 } : l)),
    cells,
    ...extra,
  };
}
