/**
 * Rates in SQL: the RATES registry as two small tables (`rate_terms`, `rate_formats`) and
 * `rate_values`, one row per report x rate with its numerator, denominator and value, computed
 * from `concept_values`. A part with any term missing leaves the rate missing (never 0); a zero
 * denominator gives no value and says so.
 */
import { RATES, rateFormats, type Rate } from '../rates/rates.ts';
import { FORMATS } from './crosswalk.ts';
import { quoteLiteral } from './quote.ts';

const values = (rows: string[][]) =>
  rows.map((r) => `(${r.map(quoteLiteral).join(', ')})`).join(',\n  ');

/** Rows of `rate_terms`: rate x role (`num`, `den`) x concept. */
export function rateTermRows(rates: Record<string, Rate> = RATES): string[][] {
  return Object.entries(rates).flatMap(([id, r]) => [
    ...r.numerator.map((c) => [id, 'num', c]),
    ...r.denominator.map((c) => [id, 'den', c]),
  ]);
}

/**
 * DDL of `rate_catalogue` (unit and scale), `rate_terms`, `rate_formats` (where a rate is
 * defined) and the `rate_values` table, in order.
 */
export function rateSetup(rates: Record<string, Rate> = RATES): string[] {
  const formats = Object.entries(rates).flatMap(([id, r]) => rateFormats(r).map((f) => [id, f]));
  const cat = Object.entries(rates).map(([id, r]) => [
    id,
    r.unit,
    r.unit === 'per100' ? '100' : '1',
  ]);
  return [
    `CREATE OR REPLACE TABLE rate_catalogue AS SELECT col0 AS rate_id, col1 AS unit,
  CAST(col2 AS DOUBLE) AS scale
FROM (VALUES
  ${values(cat)})`,
    `CREATE OR REPLACE TABLE rate_terms AS SELECT col0 AS rate_id, col1 AS role, col2 AS concept_id
FROM (VALUES
  ${values(rateTermRows(rates))})`,
    `CREATE OR REPLACE TABLE rate_formats AS SELECT col0 AS rate_id, col1 AS format_version
FROM (VALUES
  ${values(formats)})`,
    `CREATE OR REPLACE TABLE rate_values AS
WITH parts AS (
  SELECT r.report_id, t.rate_id, t.role,
    count(*) AS n_terms, count(c.value) AS n_values, sum(c.value) AS total,
    string_agg(coalesce(c.segment, '?'), '+' ORDER BY t.concept_id) AS segment,
    max(CASE c.comparability WHEN 'not comparable' THEN 2 WHEN 'approx' THEN 1 ELSE 0 END) AS gap,
    bool_or(c.value_status = 'imputed_zero') AS imputed
  FROM reports r CROSS JOIN rate_terms t
  LEFT JOIN concept_values c ON c.report_id = r.report_id AND c.concept_id = t.concept_id
  GROUP BY ALL
),
per AS (
  SELECT report_id, rate_id,
    any_value(total) FILTER (WHERE role = 'num' AND n_values = n_terms) AS numerator,
    any_value(total) FILTER (WHERE role = 'den' AND n_values = n_terms) AS denominator,
    string_agg(segment, '/' ORDER BY role DESC) AS segment,
    max(gap) AS gap, bool_or(imputed) AS imputed
  FROM parts GROUP BY ALL
)
SELECT p.report_id, p.rate_id, p.numerator, p.denominator,
  CASE WHEN p.denominator > 0 THEN p.numerator / p.denominator * s.scale END AS value,
  CASE
    WHEN p.numerator IS NOT NULL AND p.denominator = 0 THEN 'zero_denominator'
    -- A blank the extractor set to 0 inside either part: drawn hollow like the figure itself.
    WHEN p.numerator IS NOT NULL AND p.denominator IS NOT NULL AND p.imputed THEN 'imputed_zero'
    WHEN p.numerator IS NOT NULL AND p.denominator IS NOT NULL THEN 'rate'
    -- Only a known format can lack a rate; a mixed or table-less report simply did not print it.
    WHEN f.rate_id IS NULL AND r.format_version IN (${FORMATS.map(quoteLiteral).join(', ')})
      THEN 'not_in_format'
    ELSE 'missing'
  END AS value_status,
  p.segment,
  CASE p.gap WHEN 2 THEN 'not comparable' WHEN 1 THEN 'approx' ELSE 'same' END AS comparability
FROM per p JOIN reports r USING (report_id)
LEFT JOIN rate_formats f ON f.rate_id = p.rate_id AND f.format_version = r.format_version
JOIN rate_catalogue s ON s.rate_id = p.rate_id
ORDER BY p.rate_id, p.report_id`,
  ];
}
