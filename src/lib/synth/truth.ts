/**
 * The truth of a rendered report, from the generator's own model: every printed cell, the cells
 * of table 三 the contract derives, and the figures its prose states — in the layout of
 * corpus/expected/*.tsv, so the corpus grader (tests/golden/compare.ts) grades it. And
 * the report's metadata, one row per report.
 */
import type { Report } from '../extract/types.ts';
import { derivedT3 } from './derived.ts';
import { printedCells, tablesOf } from './tableCells.ts';
import { filledTables, readCell, type CellReading } from './zeros.ts';
import type { SynthReport } from './types.ts';

export const TRUTH_HEADER = 'metric_id\tapplicant_type\tperiod\tsource\tvalue\tstatus\tnote';

export interface TruthRow {
  metric_id: string;
  applicant_type: string;
  period: string;
  source: 'table' | 'text';
  value: number | null;
  status: CellReading['status'];
  note: string;
}

export function truthRows(report: SynthReport): TruthRow[] {
  const filled = filledTables(report.blocks);
  const rows: TruthRow[] = [];
  for (const table of tablesOf(report.blocks))
    for (const block of table.blocks)
      for (const row of block.rows)
        for (const c of row.cells) {
          const read = readCell(c, table.kind, filled);
          rows.push({
            metric_id: c.metric,
            applicant_type: c.applicant,
            period: c.period,
            source: 'table',
            value: read.value,
            status: read.status,
            note: read.status === 'reported' ? '' : `printed '${c.printed}'`,
          });
        }
  if ((report.format === 't2019' || report.format === 't2021') && filled.has('T3'))
    for (const d of derivedT3(printedCells(report.blocks), report.format))
      rows.push({
        metric_id: d.metric,
        applicant_type: d.applicant,
        period: 'year',
        source: 'table',
        value: d.value,
        status: 'derived',
        note: d.note,
      });
  for (const f of report.text)
    rows.push({
      metric_id: f.metric,
      applicant_type: 'all',
      period: 'year',
      source: 'text',
      value: f.value,
      status: 'reported',
      note: 'stated in the prose',
    });
  return rows;
}

export function truthTsv(rows: readonly TruthRow[]): string {
  const lines = rows.map((r) =>
    [r.metric_id, r.applicant_type, r.period, r.source, r.value ?? '', r.status, r.note].join('\t'),
  );
  return [TRUTH_HEADER, ...lines].join('\n') + '\n';
}

/** Report metadata the extractor must read (reports.csv columns), as the generator knows it. */
export type ReportTruth = Pick<
  Report,
  | 'report_id'
  | 'source_file'
  | 'source_url'
  | 'title'
  | 'issuing_body'
  | 'body_key'
  | 'body_level'
  | 'scope'
  | 'report_year'
  | 'publish_date'
  | 'format_version'
  | 'province'
  | 'city'
  | 'district'
  | 'region_code'
>;

export const REPORT_TRUTH_COLUMNS: readonly (keyof ReportTruth)[] = [
  'report_id',
  'source_file',
  'source_url',
  'title',
  'issuing_body',
  'body_key',
  'body_level',
  'scope',
  'report_year',
  'publish_date',
  'format_version',
  'province',
  'city',
  'district',
  'region_code',
];

export function reportTruth(report: SynthReport, file: string): ReportTruth {
  const b = report.body;
  return {
    report_id: report.stem,
    source_file: file,
    source_url: report.sourceUrl,
    title: report.title,
    issuing_body: b.name,
    body_key: b.key,
    body_level: b.bodyLevel,
    // A copied report says what its source said about its scope.
    scope: report.source.scope,
    report_year: report.year,
    publish_date: report.publishDate,
    format_version: report.format,
    province: b.province,
    city: b.city,
    district: b.district,
    region_code: b.regionCode,
  };
}
