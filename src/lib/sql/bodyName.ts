/**
 * A body's canonical name: the body, not the office that signed one year's report. One rule,
 * applied wherever the `bodies` table is built (the build's database and the page's own data):
 *
 * 1. Among the issuer names of the body's reports that contain its key (the name with the
 *    office suffixes taken off, e.g. 平潭综合实验区 for 平潭综合实验区管委会办公室), the shortest;
 *    ties go to the name on more reports, then the later one, then code-point order.
 * 2. When no issuer name contains the key, the latest issuer name (more reports, then code-point
 *    order, on a tie).
 *
 * The data holds no registry of body names (reports.csv has `body_key` and each year's
 * `issuing_body`), so the rule reads only what the reports print.
 */

/**
 * `SELECT body_key, body_name` from `source` (any relation with `body_key`, `issuing_body` and
 * `report_year`), one row per body key that has an issuer name.
 */
export function canonicalNamesSql(source = 'reports'): string {
  return `WITH names AS (
  SELECT body_key, issuing_body AS name, contains(issuing_body, body_key) AS has_key,
    count(*) AS n, max(coalesce(report_year, 0)) AS last
  FROM ${source}
  WHERE body_key IS NOT NULL AND nullif(trim(issuing_body), '') IS NOT NULL
  GROUP BY ALL
)
SELECT body_key, name AS body_name FROM names
QUALIFY row_number() OVER (PARTITION BY body_key ORDER BY has_key DESC,
  CASE WHEN has_key THEN length(name) END, CASE WHEN has_key THEN n END DESC,
  last DESC, n DESC, name) = 1`;
}
