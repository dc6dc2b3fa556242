/**
 * Writes the pre-aggregates each view paints first from (`<out>/pre/…`, see src/lib/preagg/files.ts):
 * small whole files (catalogue, coverage, anomaly list head) and partitioned families, whose
 * JSON DuckDB serialises itself, one bucket at a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bucketCount } from '../../src/lib/preagg/bucket.ts';
import { toColumnar } from '../../src/lib/preagg/columnar.ts';
import {
  ANOMALY_HEAD,
  OVERVIEW_PAGE,
  PRE_FILES,
  type CoverageHeadFile,
  type PreManifest,
} from '../../src/lib/preagg/files.ts';
import { coverageHead } from '../../src/lib/preagg/viewRows.ts';
import { bodiesQuery } from '../../src/lib/sql/bodiesQuery.ts';
import { bucketExpr } from '../../src/lib/sql/bucketExpr.ts';
import { conceptCatalogueQuery, metricsQuery } from '../../src/lib/sql/catalogueQuery.ts';
import { filterOptionsQuery } from '../../src/lib/sql/coverageQuery.ts';
import {
  bodySources,
  reportSources,
  rankingSources,
  rateSeriesSource,
  seriesSource,
  topicSource,
  type PartitionSource,
} from '../../src/lib/sql/preaggSources.ts';
import { quoteIdent } from '../../src/lib/sql/quote.ts';
import { conceptDefaultsQuery } from '../../src/lib/sql/seriesQuery.ts';
import { topicDefaultsQuery } from '../../src/lib/sql/topicQuery.ts';
import { yearsQuery } from '../../src/lib/sql/yearsQuery.ts';
import { TOPIC_DEFAULT_BODIES, TOPIC_IDS } from '../../src/lib/state/topics.ts';
import type { NodeDb } from '../lib/nodeDb.ts';

/** Average bytes of one bucket file before compression. */
const TARGET = { series: 16_000, topic: 16_000, report: 32_000, body: 16_000 };

function write(dir: string, file: string, text: string): void {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Columns of a source's rows, minus the helper columns. */
async function columnsOf(db: NodeDb, source: PartitionSource): Promise<string[]> {
  const rows = await db.all<{ column_name: string }>({
    sql: `DESCRIBE (${source.query.sql})`,
    params: source.query.params,
  });
  return rows.map((r) => r.column_name).filter((c) => c !== source.part && c !== 'ord');
}

/** Bytes of the source's rows as JSON arrays (to size the buckets). */
async function jsonBytes(db: NodeDb, source: PartitionSource, columns: string[]): Promise<number> {
  const [row] = await db.all<{ n: number | null; parts: number }>({
    sql: `SELECT sum(strlen(json_array(${columns.map(quoteIdent).join(', ')})::VARCHAR)) AS n,
  ${source.part ? `count(DISTINCT ${quoteIdent(source.part)})` : '1'} AS parts
FROM (${source.query.sql})`,
    params: source.query.params,
  });
  return (row?.n ?? 0) / Math.max(row?.parts ?? 1, 1);
}

/** Writes one family's bucket files; `file(part, bucket)` names them. */
async function writeFamily(
  db: NodeDb,
  dir: string,
  source: PartitionSource,
  n: number,
  file: (part: string, bucket: number) => string,
  columns: string[],
): Promise<void> {
  const part = source.part ? `${quoteIdent(source.part)}` : `''`;
  const rows = `json_array(${columns.map(quoteIdent).join(', ')})::VARCHAR`;
  const header = JSON.stringify({ columns }).slice(0, -1);
  await db.each<{ part: string; bucket: number; j: string }>(
    {
      sql: `SELECT ${part} AS part, ${bucketExpr(source.key, n)} AS bucket,
  '[' || string_agg(${rows}, ',' ORDER BY ${source.order}) || ']' AS j
FROM (${source.query.sql}) GROUP BY ALL`,
      params: source.query.params,
    },
    (r) => write(dir, file(r.part, r.bucket), `${header},"rows":${r.j}}`),
  );
}

/** Writes every pre-aggregate into `dir` and returns the manifest (also written there). */
export async function writePre(
  db: NodeDb,
  dir: string,
  step: (name: string) => void = () => {},
): Promise<PreManifest> {
  const [metrics, concepts, bodies, filters, years, defaults] = await Promise.all([
    db.all(metricsQuery()),
    db.all(conceptCatalogueQuery()),
    db.all(bodiesQuery()),
    db.all(filterOptionsQuery()),
    db.all<{ y: number }>(yearsQuery()),
    db.all<{ concept_id: string; bodies: string[] }>(conceptDefaultsQuery(5)),
  ]);
  const topicDefaults: Record<string, string[]> = {};
  for (const [topic, ids] of Object.entries(TOPIC_IDS))
    topicDefaults[topic] = (
      await db.all<{ body_key: string }>(topicDefaultsQuery(ids, TOPIC_DEFAULT_BODIES))
    ).map((r) => r.body_key);
  write(
    dir,
    PRE_FILES.catalogue,
    JSON.stringify({
      metrics: toColumnar(metrics),
      concepts: toColumnar(concepts),
      bodies: toColumnar(bodies),
      filters: toColumnar(filters),
      years: years.map((r) => r.y),
      conceptDefaults: Object.fromEntries(defaults.map((d) => [d.concept_id, d.bodies])),
      topicDefaults,
    }),
  );
  const coverage = await db.all(`SELECT * FROM coverage ORDER BY rowid`);
  write(dir, PRE_FILES.coverage, JSON.stringify(toColumnar(coverage)));
  // The head's matrix gets the columns of the whole coverage: every year a report has.
  const span = years.map((r) => r.y);
  const head: Omit<CoverageHeadFile, 'columns' | 'rows'> = {
    total: coverage.length,
    years: span.length ? [span[0]!, span.at(-1)!] : null,
  };
  write(
    dir,
    PRE_FILES.coverageHead,
    JSON.stringify({
      ...toColumnar(coverageHead(coverage as { body_key: string | null }[], OVERVIEW_PAGE)),
      ...head,
    }),
  );
  const anomalies = await db.all(`SELECT * FROM anomaly_list`);
  write(
    dir,
    PRE_FILES.anomalies,
    JSON.stringify({ total: anomalies.length, ...toColumnar(anomalies.slice(0, ANOMALY_HEAD)) }),
  );

  step('catalogue, coverage, anomalies');
  const series = seriesSource();
  const seriesColumns = await columnsOf(db, series);
  const nSeries = bucketCount(await jsonBytes(db, series, seriesColumns), TARGET.series);
  await writeFamily(db, dir, series, nSeries, (c, b) => PRE_FILES.series(c, b), seriesColumns);

  step('series');
  const rate = rateSeriesSource();
  const rateColumns = await columnsOf(db, rate);
  const nRate = bucketCount(await jsonBytes(db, rate, rateColumns), TARGET.series);
  await writeFamily(db, dir, rate, nRate, (r, b) => PRE_FILES.rateSeries(r, b), rateColumns);

  step('rate series');
  // One file per concept or rate and year (one bucket: every body of the year in one file).
  for (const source of rankingSources()) {
    const columns = await columnsOf(db, source);
    const file = (part: string) => {
      const [kind, id, year] = part.split('/') as ['concept' | 'rate', string, string];
      return PRE_FILES.ranking(kind, id, Number(year));
    };
    await writeFamily(db, dir, source, 1, file, columns);
  }

  step('ranking');
  const topic = topicSource();
  const topicColumns = await columnsOf(db, topic);
  const nTopic = bucketCount(await jsonBytes(db, topic, topicColumns), TARGET.topic);
  await writeFamily(db, dir, topic, nTopic, (t, b) => PRE_FILES.topic(t, b), topicColumns);

  step('topic');
  const report = reportSources();
  const factColumns = await columnsOf(db, report.facts);
  const nReport = bucketCount(await jsonBytes(db, report.facts, factColumns), TARGET.report);
  for (const part of ['row', 'facts', 'checks'] as const) {
    const columns = part === 'facts' ? factColumns : await columnsOf(db, report[part]);
    await writeFamily(db, dir, report[part], nReport, (_, b) => PRE_FILES.report(part, b), columns);
  }

  step('report');
  const body = bodySources();
  const bodyColumns = await columnsOf(db, body.reports);
  const nBody = bucketCount(await jsonBytes(db, body.reports, bodyColumns), TARGET.body);
  for (const part of ['reports', 'anomalies'] as const) {
    const columns = part === 'reports' ? bodyColumns : await columnsOf(db, body[part]);
    await writeFamily(db, dir, body[part], nBody, (_, b) => PRE_FILES.body(part, b), columns);
  }

  step('body');
  const [counts] = await db.all<PreManifest['counts']>(`SELECT
  (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM facts) AS facts,
  (SELECT count(*) FROM bodies) AS bodies, (SELECT count(*) FROM anomaly_list) AS anomalies`);
  const manifest: PreManifest = {
    version: 1,
    buckets: { series: nSeries, topic: nTopic, report: nReport, rate: nRate, body: nBody },
    ranking: true,
    counts: counts!,
  };
  write(dir, PRE_FILES.manifest, JSON.stringify(manifest));
  return manifest;
}
