/**
 * The `bodies` table: one row per issuing body across years (grouped by `body_key`), named after
 * its latest report, with its place and how many reports it has. Built once after loading, as
 * every query joins it.
 */
export function createBodiesTable(): string {
  return `CREATE OR REPLACE TABLE bodies AS
SELECT body_key,
  arg_max(issuing_body, coalesce(report_year, 0)) AS body_name,
  arg_max(province, coalesce(report_year, 0)) AS province,
  arg_max(city, coalesce(report_year, 0)) AS city,
  arg_max(district, coalesce(report_year, 0)) AS district,
  arg_max(body_level, coalesce(report_year, 0)) AS body_level,
  arg_max(scope, coalesce(report_year, 0)) AS scope,
  count(*) AS n_reports,
  min(report_year) AS first_year,
  max(report_year) AS last_year
FROM reports
WHERE body_key IS NOT NULL
GROUP BY body_key`;
}
