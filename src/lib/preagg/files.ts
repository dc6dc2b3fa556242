/**
 * Where the pre-aggregates live under `<base>data/pre/` and what the manifest says about them:
 * written by the build (scripts/build/writePre.ts), read by the browser (fetchPre.ts).
 */

/** The read-only database file the browser attaches, beside `pre/` in `<base>data/`. */
export const DB_FILE = 'nianbao.duckdb';

/** The bucket count of each partitioned family (one count for the report page's three files). */
export interface PreManifest {
  version: 1;
  buckets: { series: number; topic: number; report: number; rate?: number; body?: number };
  /** True when the build wrote the ranking files (one per concept or rate and year). */
  ranking?: boolean;
  /** Totals of the data the build read, for the record. */
  counts: { reports: number; facts: number; bodies: number; anomalies: number };
}

export const PRE_FILES = {
  manifest: 'manifest.json',
  catalogue: 'catalogue.json',
  coverage: 'coverage.json',
  /** The rows of the Overview's first page of bodies, so it paints before the whole coverage. */
  coverageHead: 'coverage-head.json',
  anomalies: 'anomalies.json',
  series: (concept: string, bucket: number) => `series/${concept}/${bucket}.json`,
  rateSeries: (rate: string, bucket: number) => `rate-series/${rate}/${bucket}.json`,
  topic: (topic: string, bucket: number) => `topic/${topic}/${bucket}.json`,
  /** Every body's value of one concept or rate in one year, in ranking order. */
  ranking: (kind: 'concept' | 'rate', id: string, year: number) =>
    `ranking/${kind}/${id}/${year}.json`,
  report: (part: 'row' | 'facts' | 'checks', bucket: number) => `report-${part}/${bucket}.json`,
  /** The body page: a body's reports and its findings, in buckets by body key. */
  body: (part: 'reports' | 'anomalies', bucket: number) => `body-${part}/${bucket}.json`,
};

/** Bodies on one page of the Overview's matrix; coverage-head.json holds the first page. */
export const OVERVIEW_PAGE = 50;

/** coverage-head.json: the head rows, how many rows the whole coverage has, and its year span. */
export interface CoverageHeadFile {
  columns: string[];
  rows: unknown[][];
  total: number;
  years: [number, number] | null;
}

/** Rows of the anomaly list shipped in anomalies.json (the rest is read from the database). */
export const ANOMALY_HEAD = 500;
