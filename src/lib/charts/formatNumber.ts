import { format } from 'd3';

// No thousands separators: the reports print plain figures (2841), and so do we.
const integer = format('d');
const decimal = format('.2~f');
const percent = format('.1~%');

/** A figure as shown in tables and labels: as printed, at most two decimals. */
export function formatValue(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '';
  return Number.isInteger(value) ? integer(value) : decimal(value);
}

/** A share 0–1 as a percentage (`45.2%`). */
export function formatShare(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return '';
  return percent(share);
}

/** Counts below this total are shown as counts, never as percentages (small numbers mislead). */
export const MIN_TOTAL_FOR_SHARES = 10;

/** A cell of a share table: the percentage, or the count when the row total is below 10. */
export function shareOrCount(
  value: number | null,
  total: number | null,
): { text: string; isShare: boolean } {
  if (value == null) return { text: '', isShare: false };
  if (total == null || total < MIN_TOTAL_FOR_SHARES || total === 0)
    return { text: formatValue(value), isShare: false };
  return { text: formatShare(value / total), isShare: true };
}
