/** How a rate reads in a table, a bar label or a tooltip: the value with its n, or the count. */
import { formatShare, formatValue } from '../charts/formatNumber.ts';
import type { Rate } from './rates.ts';

export interface RateFigures {
  value: number | null;
  value_status: string;
  numerator?: number | null;
  denominator?: number | null;
}

/** The rate's value as shown: `7.5%` (share) or `4` (per 100); '' when there is none. */
export function rateValueText(rate: Pick<Rate, 'unit'>, value: number | null): string {
  if (value == null) return '';
  return rate.unit === 'share' ? formatShare(value) : formatValue(Math.round(value * 100) / 100);
}

/**
 * `7.5% (n=40)`; below the minimum n the count instead (`1/4 (n too small)`, from `countOnly`);
 * `n=0` for a zero denominator; '' when the rate is missing.
 */
export function rateText(
  rate: Pick<Rate, 'unit'>,
  f: RateFigures,
  countOnly: (num: string, den: string) => string,
): string {
  if (f.value_status === 'small_n')
    return countOnly(formatValue(f.numerator ?? null), formatValue(f.denominator ?? null));
  if (f.value_status === 'zero_denominator') return 'n=0';
  if (f.value == null) return '';
  return `${rateValueText(rate, f.value)} (n=${formatValue(f.denominator ?? null)})`;
}

/**
 * The text under each point of a rate's line, keyed `body|year`: `n=40`, or below the minimum n
 * the count (`1/4`); points without a denominator have none.
 */
export function ratePointLabels(
  rows: readonly (RateFigures & { body_key: string; report_year: number })[],
): Map<string, string> {
  return new Map(
    rows
      .filter((r) => r.denominator != null)
      .map((r) => [
        `${r.body_key}|${r.report_year}`,
        r.value_status === 'small_n'
          ? `${formatValue(r.numerator ?? null)}/${formatValue(r.denominator ?? null)}`
          : `n=${formatValue(r.denominator ?? null)}`,
      ]),
  );
}
