/**
 * Anomalies across reports, as one SQL query over reports/facts/checks: failed hard identities,
 * narrative vs table, continuity between consecutive years, year-over-year jumps, copy-paste
 * suspicion (identical table vectors, near-identical narratives) and gaps in a body's series.
 * The same SQL runs in DuckDB-WASM (the Anomalies view) and in Node (`npm run anomalies`).
 */
import { CHECKS } from '../extract/checks/registry.ts';
import { TEMPLATE_IDS, TEMPLATES } from '../extract/templates/index.ts';
import type { Query } from './query.ts';
import { placeholders, quoteLiteral } from './quote.ts';

export interface AnomalyParams {
  /** A metric that grows or shrinks by at least this factor between consecutive years … */
  jumpFactor: number;
  /** … where both years are at least this large. */
  jumpMin: number;
  /** Narratives at least this similar (estimated Jaccard of 5-character shingles) are near-identical. */
  similarityMin: number;
  /** A table vector needs this many non-zero cells before two identical ones are suspicious. */
  vectorMinNonZero: number;
}

export const DEFAULT_ANOMALY_PARAMS: AnomalyParams = {
  jumpFactor: 3,
  jumpMin: 10,
  similarityMin: 0.9,
  vectorMinNonZero: 3,
};

export const ANOMALY_TYPES = [
  'identity',
  'text_vs_table',
  'continuity',
  'jump',
  'copy_table',
  'copy_text',
  'gap',
  'format_regress',
] as const;
export type AnomalyType = (typeof ANOMALY_TYPES)[number];

export interface Anomaly {
  anomaly_id: string;
  type: AnomalyType;
  severity: 'high' | 'medium' | 'low';
  report_id: string;
  other_report_id: string | null;
  body_key: string;
  issuing_body: string;
  report_year: number | null;
  metric_id: string | null;
  applicant_type: string | null;
  period: string | null;
  value_a: number | null;
  value_b: number | null;
  /** The check behind the finding (identity, text_vs_table, continuity), for highlighting. */
  check_id: string | null;
  sentence_zh: string;
  sentence_en: string;
}

/** The columns of every anomaly row, in order. */
export const ANOMALY_COLUMNS: readonly (keyof Anomaly)[] = [
  'anomaly_id',
  'type',
  'severity',
  'report_id',
  'other_report_id',
  'body_key',
  'issuing_body',
  'report_year',
  'metric_id',
  'applicant_type',
  'period',
  'value_a',
  'value_b',
  'check_id',
  'sentence_zh',
  'sentence_en',
];

/**
 * What each check says, in words (METRICS.md §8), for the sentences: the check registry's words,
 * as [zh, en] pairs by check id.
 */
export const CHECK_WORDS: Readonly<Record<string, [zh: string, en: string]>> = Object.fromEntries(
  Object.entries(CHECKS).map(([id, check]) => [id, [check.words.zh, check.words.en]]),
);

/** Template ranks as a SQL CASE over `format_version` (an older template ranks lower). */
const TEMPLATE_RANK = `CASE format_version ${TEMPLATE_IDS.map(
  (id) => `WHEN ${quoteLiteral(id)} THEN ${TEMPLATES[id].rank}`,
).join(' ')} ELSE NULL END`;

// Display label of a metric: the first printed variant in the catalogue.
const LABEL = (metric: string) =>
  `coalesce(nullif(trim(split_part(m.labels, '；', 1)), ''), ${metric})`;
const NUM = (col: string) => `regexp_replace(CAST(${col} AS VARCHAR), '\\.0$', '')`;

/** Every anomaly, most severe first; thresholds are bound parameters. */
export function anomaliesQuery(params: AnomalyParams = DEFAULT_ANOMALY_PARAMS): Query {
  const sql = `
WITH p AS (
  SELECT CAST(? AS DOUBLE) AS jump_factor, CAST(? AS DOUBLE) AS jump_min,
         CAST(? AS DOUBLE) AS sim_min, CAST(? AS INTEGER) AS vector_min, CAST(? AS INTEGER) AS band
),
words(check_id, zh, en) AS (VALUES ${Object.entries(CHECK_WORDS)
    .map(([id, [zh, en]]) => `(${quoteLiteral(id)}, ${quoteLiteral(zh)}, ${quoteLiteral(en)})`)
    .join(', ')}),
r AS (
  SELECT report_id, body_key, issuing_body, report_year, format_version, narrative_signature
  FROM reports WHERE status IN ('ok', 'partial')
),
checked AS (
  SELECT c.*, r.body_key, r.issuing_body, r.report_year FROM checks c JOIN r USING (report_id)
  WHERE c.status = 'fail'
),
identity AS (
  SELECT 'identity' AS type, 'high' AS severity, c.report_id, NULL AS other_report_id, c.body_key, c.issuing_body,
    c.report_year, nullif(c.metric_id, '') AS metric_id, c.applicant_type, c.period, c.lhs AS value_a, c.rhs AS value_b,
    format('{}（{}）不成立：左边 {}，右边 {}（差 {}）{}', coalesce(w.zh, c.check_id), c.check_id, ${NUM('c.lhs')}, ${NUM('c.rhs')}, ${NUM('c.delta')},
      CASE WHEN c.applicant_type NOT IN ('all', '') THEN '，列 ' || c.applicant_type ELSE '' END) AS sentence_zh,
    format('{} ({}) fails as printed: {} on the left, {} on the right (difference {}){}', coalesce(w.en, c.check_id), c.check_id, ${NUM('c.lhs')}, ${NUM('c.rhs')}, ${NUM('c.delta')},
      CASE WHEN c.applicant_type NOT IN ('all', '') THEN ', column ' || c.applicant_type ELSE '' END) AS sentence_en,
    c.check_id AS detail
  FROM checked c LEFT JOIN words w ON w.check_id = c.check_id WHERE c.severity = 'hard'
),
text_table AS (
  SELECT 'text_vs_table', 'medium', c.report_id, NULL, c.body_key, c.issuing_body, c.report_year, c.metric_id,
    c.applicant_type, c.period, c.lhs, c.rhs,
    format('正文写 {}，统计表是 {}（{}）', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.metric_id),
    format('the text says {} where the table says {} ({})', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.metric_id),
    c.check_id
  FROM checked c WHERE c.check_id IN ('P_text_vs_table', 'T3_text_received')
),
continuity AS (
  SELECT 'continuity', 'medium', c.report_id, regexp_extract(c.note, 'previous report ([^,)]+)', 1), c.body_key, c.issuing_body, c.report_year,
    c.metric_id, c.applicant_type, c.period, c.lhs, c.rhs,
    CASE c.check_id
      WHEN 'X_carry_roll' THEN format('上年结转（{}）≠ 上一年报告的结转下年度（{}），列 {}', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.applicant_type)
      WHEN 'X_valid_roll' THEN format('现行有效 {} ≠ 上年现行有效 + 制发 − 废止 = {}（{}）', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.metric_id)
      WHEN 'X_items_roll' THEN format('上一年项目数量 {} ≠ 上年报告的项目数 + 增减 = {}（{}）', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.metric_id)
      ELSE format('历年累计 {} ≠ 上年历年累计 + 本年 = {}（{}）{}', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.metric_id,
        CASE WHEN c.lhs < prev.value THEN '，累计数比上年还少' ELSE '' END)
    END,
    CASE c.check_id
      WHEN 'X_carry_roll' THEN format('carried in {} is not last year''s carried forward {} (column {})', ${NUM('c.lhs')}, ${NUM('c.rhs')}, c.applicant_type)
      WHEN 'X_valid_roll' THEN format('{} in force {} is not last year''s + made − repealed = {}', c.metric_id, ${NUM('c.lhs')}, ${NUM('c.rhs')})
      WHEN 'X_items_roll' THEN format('{} {} is not last year''s items + change = {}', c.metric_id, ${NUM('c.lhs')}, ${NUM('c.rhs')})
      ELSE format('cumulative {} {} is not last year''s cumulative + this year = {}{}', c.metric_id, ${NUM('c.lhs')}, ${NUM('c.rhs')},
        CASE WHEN c.lhs < prev.value THEN '; the cumulative count falls' ELSE '' END)
    END,
    c.check_id
  FROM checked c
  LEFT JOIN (
    SELECT f.report_id, f.metric_id, f.value, r2.body_key, r2.report_year FROM facts f JOIN r r2 USING (report_id)
    WHERE f.period = 'cumulative' AND f.source = 'table'
  ) prev ON prev.body_key = c.body_key AND prev.report_year = c.report_year - 1 AND prev.metric_id = c.metric_id
    AND c.check_id = 'X_cumulative_roll'
  WHERE c.check_id IN ('X_carry_roll', 'X_valid_roll', 'X_items_roll', 'X_cumulative_roll')
),
valued AS (
  SELECT f.report_id, f.metric_id, f.applicant_type, f.period, f.value, r.body_key, r.issuing_body, r.report_year
  FROM facts f JOIN r USING (report_id)
  WHERE f.source = 'table' AND f.value IS NOT NULL AND f.value_status IN ('reported', 'resolved')
),
jump AS (
  SELECT 'jump', 'low', b.report_id, a.report_id, b.body_key, b.issuing_body, b.report_year, b.metric_id, b.applicant_type,
    b.period, b.value, a.value,
    format('{}：{} 年 {} → {} 年 {}（{} 倍）', ${LABEL('b.metric_id')}, a.report_year, ${NUM('a.value')}, b.report_year, ${NUM('b.value')},
      ${NUM('round(greatest(a.value / b.value, b.value / a.value), 1)')}),
    format('{}: {} in {} → {} in {} (×{})', b.metric_id, ${NUM('a.value')}, a.report_year, ${NUM('b.value')}, b.report_year,
      ${NUM('round(b.value / a.value, 2)')}),
    b.metric_id
  FROM valued b
  JOIN valued a ON a.body_key = b.body_key AND a.report_year = b.report_year - 1 AND a.metric_id = b.metric_id
    AND a.applicant_type = b.applicant_type AND a.period = b.period
  LEFT JOIN metrics m ON m.metric_id = b.metric_id
  CROSS JOIN p
  WHERE b.body_key <> '' AND b.applicant_type IN ('all', 'total') AND b.period = 'year'
    AND a.value >= p.jump_min AND b.value >= p.jump_min
    AND greatest(a.value / b.value, b.value / a.value) >= p.jump_factor
),
vectors AS (
  SELECT v.report_id, any_value(v.body_key) AS body_key, any_value(v.issuing_body) AS issuing_body,
    any_value(v.report_year) AS report_year,
    string_agg(v.metric_id || '|' || v.applicant_type || '|' || v.period || '=' || CAST(v.value AS VARCHAR), ';'
      ORDER BY v.metric_id, v.applicant_type, v.period) AS vector,
    count(*) FILTER (WHERE v.value <> 0) AS nonzero, count(*) AS cells
  FROM valued v GROUP BY v.report_id
),
kept AS (
  -- Only vectors with enough non-zero cells are compared: all-zero tables are common and alike.
  SELECT v.* FROM vectors v, p WHERE v.nonzero >= p.vector_min
),
copy_table AS (
  SELECT 'copy_table', 'medium', b.report_id, a.report_id, b.body_key, b.issuing_body, b.report_year, NULL, NULL, NULL,
    b.nonzero, b.cells,
    format('统计表与 {}（{} {} 年）的 {} 个数值完全相同（其中 {} 个非零）', a.report_id, a.issuing_body, a.report_year, b.cells, b.nonzero),
    format('all {} table figures ({} non-zero) are identical to those of {} ({}, {})', b.cells, b.nonzero, a.report_id, a.issuing_body, a.report_year),
    NULL
  FROM kept b JOIN kept a ON a.vector = b.vector AND a.report_id < b.report_id
),
bands AS (
  SELECT r.report_id, i, substr(r.narrative_signature, 8 * p.band * i + 1, 8 * p.band) AS h
  FROM r, p, range(CAST(64 // p.band AS BIGINT)) t(i) WHERE length(r.narrative_signature) = 512
),
candidates AS (
  SELECT DISTINCT x.report_id AS a_id, y.report_id AS b_id
  FROM bands x JOIN bands y ON x.i = y.i AND x.h = y.h AND x.report_id < y.report_id
),
similarity AS (
  SELECT c.a_id, c.b_id, len(list_filter(range(64), k ->
      substr(ra.narrative_signature, 8 * k + 1, 8) = substr(rb.narrative_signature, 8 * k + 1, 8))) / 64.0 AS sim
  FROM candidates c JOIN r ra ON ra.report_id = c.a_id JOIN r rb ON rb.report_id = c.b_id
),
copy_text AS (
  SELECT 'copy_text', 'medium', rb.report_id, ra.report_id, rb.body_key, rb.issuing_body, rb.report_year, NULL, NULL, NULL,
    round(s.sim, 2), NULL,
    format('正文与 {}（{} {} 年）几乎相同（相似度 {}）', ra.report_id, ra.issuing_body, ra.report_year, round(s.sim, 2)),
    format('the narrative is near-identical to {} ({}, {}): similarity {}', ra.report_id, ra.issuing_body, ra.report_year, round(s.sim, 2)),
    NULL
  FROM similarity s JOIN r ra ON ra.report_id = s.a_id JOIN r rb ON rb.report_id = s.b_id
  CROSS JOIN p WHERE s.sim >= p.sim_min
),
years AS (
  SELECT body_key, any_value(issuing_body ORDER BY report_year DESC) AS issuing_body, min(report_year) AS first_year,
    max(report_year) AS last_year, list(DISTINCT report_year) AS present
  FROM r WHERE body_key <> '' AND report_year IS NOT NULL GROUP BY body_key
),
gap AS (
  SELECT 'gap', 'low', '', NULL, y.body_key, y.issuing_body, g.year, NULL, NULL, NULL, NULL, NULL,
    format('{} 缺少 {} 年的报告（已有 {}–{} 年）', y.issuing_body, g.year, y.first_year, y.last_year),
    format('{} has no report for {} (reports {}–{})', y.issuing_body, g.year, y.first_year, y.last_year),
    NULL
  FROM years y, range(y.first_year + 1, y.last_year) g(year)
  WHERE NOT list_contains(y.present, g.year)
),
ranked AS (
  SELECT report_id, body_key, issuing_body, report_year, format_version,
    ${TEMPLATE_RANK} AS level
  FROM r WHERE body_key <> ''
),
format_regress AS (
  SELECT 'format_regress', 'low', b.report_id, a.report_id, b.body_key, b.issuing_body, b.report_year, NULL, NULL, NULL,
    NULL, NULL,
    format('{} 年报告用的格式（{}）比 {} 年（{}）旧', b.report_year, b.format_version, a.report_year, a.format_version),
    format('the {} report uses an older format ({}) than the {} one ({})', b.report_year, b.format_version, a.report_year, a.format_version),
    NULL
  FROM ranked b JOIN ranked a ON a.body_key = b.body_key AND a.report_year = b.report_year - 1
  WHERE b.level < a.level
),
everything AS (
  SELECT * FROM identity UNION ALL SELECT * FROM text_table UNION ALL SELECT * FROM continuity
  UNION ALL SELECT * FROM jump UNION ALL SELECT * FROM copy_table UNION ALL SELECT * FROM copy_text
  UNION ALL SELECT * FROM gap UNION ALL SELECT * FROM format_regress
)
SELECT
  concat_ws('|', type, body_key, report_id, coalesce(other_report_id, ''), coalesce(metric_id, ''), coalesce(applicant_type, ''),
    coalesce(period, ''), coalesce(detail, ''), CAST(report_year AS VARCHAR)) AS anomaly_id,
  type, severity, report_id, other_report_id, body_key, issuing_body, report_year, metric_id, applicant_type, period,
  value_a, value_b, CASE WHEN type IN ('identity', 'text_vs_table', 'continuity') THEN detail END AS check_id,
  sentence_zh, sentence_en
FROM everything
ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, type, body_key, report_year, report_id, anomaly_id`;
  return {
    sql,
    params: [
      params.jumpFactor,
      params.jumpMin,
      params.similarityMin,
      params.vectorMinNonZero,
      bandSize(params.similarityMin),
    ],
  };
}

/**
 * Hash values per band when comparing narrative signatures (64 MinHash values). Two narratives
 * are compared only when a whole band matches; a pair at or above the threshold differs in fewer
 * values than there are bands, so at least one band matches whole and no such pair is missed:
 * the bands only spare the comparison of pairs that cannot reach it.
 */
export function bandSize(similarityMin: number): number {
  const mismatches = 64 - Math.ceil(64 * similarityMin - 1e-9);
  let band = 64;
  while (band > 1 && 64 / band <= mismatches) band /= 2;
  return band;
}

/** Per report of the findings in `source`: how many, the most severe, the types. */
function countsSql(source: string): string {
  return `WITH a AS (${source})
SELECT report_id, count(*) AS n,
  min(CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END) AS rank,
  string_agg(DISTINCT type, ',' ORDER BY type) AS types
FROM a WHERE report_id <> '' GROUP BY report_id ORDER BY report_id`;
}

/** Per report: how many anomalies it carries and the most severe, for marks on other views. */
export function anomalyCountsQuery(params: AnomalyParams = DEFAULT_ANOMALY_PARAMS): Query {
  const inner = anomaliesQuery(params);
  return { sql: countsSql(inner.sql), params: inner.params };
}

/** `anomalyCountsQuery()` over the list the build stored (`anomaly_list`), without re-running it. */
export function storedAnomalyCountsQuery(): Query {
  return { sql: countsSql('SELECT * FROM anomaly_list'), params: [] };
}

/** The list the build stored with the default thresholds (`anomaly_list`, see serving.ts), in order. */
export function storedAnomaliesQuery(): Query {
  return { sql: 'SELECT * FROM anomaly_list ORDER BY rowid', params: [] };
}

/** The stored counts (the coverage pre-aggregate, see serving.ts) of the given reports. */
export function storedCountsQuery(reportIds: readonly string[]): Query {
  return {
    sql: `SELECT report_id, n_anomalies AS n, anomaly_rank AS rank, anomaly_types AS types
FROM coverage WHERE n_anomalies > 0 AND report_id IN (${placeholders(reportIds.length)})
ORDER BY report_id`,
    params: [...reportIds],
  };
}
