import { CONCEPTS, FORMATS, comparability, type Concept } from './crosswalk.ts';
import { quoteLiteral } from './quote.ts';

/** Rows of the `crosswalk` table: one per concept x format x metric cell. */
export function crosswalkRows(concepts: Concept[] = CONCEPTS): string[][] {
  const rows: string[][] = [];
  for (const c of concepts) {
    for (const f of FORMATS) {
      const def = c.formats[f];
      if (!def) continue;
      for (const term of def.terms) {
        rows.push([
          c.id,
          f,
          def.segment,
          comparability(c, f),
          term.metric,
          term.applicant,
          term.source,
          String(term.factor),
          String(def.terms.length),
        ]);
      }
    }
  }
  return rows;
}

function valuesList(rows: string[][]): string {
  return rows.map((r) => `(${r.map(quoteLiteral).join(', ')})`).join(',\n  ');
}

/** DDL for the crosswalk tables (`crosswalk`, `concept_catalogue`) built from CONCEPTS. */
export function createCrosswalkTables(concepts: Concept[] = CONCEPTS): string[] {
  const cat = concepts.map((c) => [c.id, c.topic, c.zh, c.en, c.unit, c.relation]);
  return [
    `CREATE OR REPLACE TABLE crosswalk AS SELECT
  col0 AS concept_id, col1 AS format_version, col2 AS segment, col3 AS comparability,
  col4 AS metric_id, col5 AS applicant_type, col6 AS source, CAST(col7 AS DOUBLE) AS factor,
  CAST(col8 AS INTEGER) AS n_terms
FROM (VALUES
  ${valuesList(crosswalkRows(concepts))})`,
    `CREATE OR REPLACE TABLE concept_catalogue AS SELECT
  col0 AS concept_id, col1 AS topic, col2 AS label_zh, col3 AS label_en, col4 AS unit,
  col5 AS relation, CAST(row_number() OVER () AS INTEGER) AS ord
FROM (VALUES
  ${valuesList(cat)})`,
  ];
}

/**
 * The `concepts` view: one row per report x concept. For each report the format whose terms it
 * printed is chosen (the report's own format first; for `mixed` reports the format with the most
 * cells found). `value` is the sum of the terms only when every term has a value; otherwise it is
 * NULL and `value_status` says why (`ambiguous`, `incomplete`, `missing`), never 0.
 */
export function createConceptsView(): string {
  return `CREATE OR REPLACE VIEW concepts AS
WITH cand AS (
  SELECT f.report_id, x.concept_id, x.format_version, x.segment, x.comparability, x.n_terms,
    count(*) AS n_found,
    count(f.value) AS n_values,
    sum(f.value * x.factor) AS total,
    bool_or(f.value_status = 'imputed_zero') AS any_imputed,
    bool_or(f.value_status = 'derived') AS any_derived,
    bool_or(f.value_status = 'ambiguous') AS any_ambiguous,
    bool_or(f.value_status = 'truncated') AS any_truncated,
    min(f.value_status) AS first_status
  FROM crosswalk x
  JOIN facts f ON f.metric_id = x.metric_id AND f.applicant_type = x.applicant_type
    AND f.source = x.source AND f.period = 'year'
  GROUP BY ALL
),
ranked AS (
  SELECT c.*, row_number() OVER (
      PARTITION BY c.report_id, c.concept_id
      ORDER BY (c.format_version = r.format_version) DESC, c.n_found DESC, c.format_version DESC
    ) AS rn
  FROM cand c JOIN reports r USING (report_id)
)
SELECT report_id, concept_id, format_version, segment, comparability,
  CASE WHEN n_values = n_terms THEN total END AS value,
  CASE
    WHEN n_values = n_terms AND any_imputed THEN 'imputed_zero'
    WHEN n_values = n_terms AND (any_derived OR n_terms > 1) THEN 'derived'
    WHEN n_values = n_terms THEN first_status
    WHEN any_ambiguous THEN 'ambiguous'
    WHEN any_truncated THEN 'truncated'
    WHEN n_found < n_terms THEN 'incomplete'
    ELSE 'missing'
  END AS value_status,
  n_terms, n_found
FROM ranked WHERE rn = 1`;
}

/**
 * `concept_values`: the `concepts` view computed once at start-up. The app's queries read it, so
 * a filter change does not re-run the crosswalk join; the view stays the definition.
 */
export function createConceptValues(): string {
  return `CREATE OR REPLACE TABLE concept_values AS SELECT * FROM concepts`;
}

/** Every statement that builds the crosswalk tables, the view and its cache, in order. */
export function crosswalkSetup(): string[] {
  return [...createCrosswalkTables(), createConceptsView(), createConceptValues()];
}
