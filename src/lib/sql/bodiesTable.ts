import { canonicalNamesSql } from './bodyName.ts';

/**
 * The `bodies` table: one row per issuing body across years (grouped by `body_key`), with its
 * canonical name (bodyName.ts), its place as of its latest report, and how many reports it has.
 * Built once after loading, as every query joins it.
 */
export function createBodiesTable(): string {
  return `CREATE OR REPLACE TABLE bodies AS
WITH canonical AS (${canonicalNamesSql('reports')})
SELECT body_key,
  coalesce(any_value(c.body_name), body_key) AS body_name,
  arg_max(province, coalesce(report_year, 0)) AS province,
  arg_max(city, coalesce(report_year, 0)) AS city,
  arg_max(district, coalesce(report_year, 0)) AS district,
  arg_max(body_level, coalesce(report_year, 0)) AS body_level,
  arg_max(scope, coalesce(report_year, 0)) AS scope,
  count(*) AS n_reports,
  min(report_year) AS first_year,
  max(report_year) AS last_year
FROM reports LEFT JOIN canonical c USING (body_key)
WHERE body_key IS NOT NULL
GROUP BY body_key`;
}
