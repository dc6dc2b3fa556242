/** Shared types of the extraction engine: the long-format rows of METRICS.md §2. */

import type { TemplateId } from './templates/types.ts';

/**
 * A report's template: one of the registry's, `mixed` (tables of several), `unknown` (tables found
 * but none of them tells its template), `none` (no table).
 */
export type FormatVersion = TemplateId | 'mixed' | 'unknown' | 'none';
export type Period = 'year' | 'cumulative';
export type Source = 'table' | 'text';
export type Scope = 'own' | 'aggregate';
export type BodyLevel =
  'province' | 'city' | 'district_county' | 'township' | 'department' | 'other';

export type ApplicantType =
  | 'natural_person'
  | 'legal_commercial'
  | 'legal_research'
  | 'legal_social_welfare'
  | 'legal_law_service'
  | 'legal_other'
  | 'total'
  | 'legal_subtotal'
  | 'all';

export type ValueStatus =
  | 'reported'
  | 'resolved'
  | 'blank'
  | 'dash'
  | 'imputed_zero'
  | 'derived'
  | 'missing'
  | 'truncated'
  | 'ambiguous'
  /** A row whose label matches no metric: its printed number in `value_raw`, no metric, no value. */
  | 'unmapped'
  /** A number printed with more digits than a double holds: `value_raw` only, no value. */
  | 'unreadable';

/** Statuses whose fact carries a value. */
export const VALUED_STATUSES: ReadonlySet<ValueStatus> = new Set([
  'reported',
  'resolved',
  'imputed_zero',
  'derived',
]);

export interface Fact {
  report_id: string;
  metric_id: string;
  applicant_type: ApplicantType;
  period: Period;
  source: Source;
  qualifier: string;
  value: number | null;
  value_raw: string;
  value_status: ValueStatus;
  unit: string;
  unit_raw: string;
  label_raw: string;
  col_label_raw: string;
  char_start: number | null;
  char_end: number | null;
  context: string;
  confidence: number;
  /** Why: resolution evidence, candidate splits of an ambiguous cell, imputation rule. */
  note: string;
}

export type CheckStatus = 'pass' | 'fail' | 'skipped';
export type Severity = 'hard' | 'soft';

export interface Check {
  report_id: string;
  check_id: string;
  /** The row a per-row identity is about (T3_cols_sum) or the text metric compared; '' otherwise. */
  metric_id: string;
  applicant_type: ApplicantType;
  period: Period;
  lhs: number | null;
  rhs: number | null;
  delta: number | null;
  severity: Severity;
  status: CheckStatus;
  note: string;
}

export type ReportStatus = 'ok' | 'partial' | 'error' | 'unsupported';

export interface Report {
  report_id: string;
  source_file: string;
  source_url: string;
  title: string;
  issuing_body: string;
  /** Stable key of the issuing body across years (our addition; see data/README.md). */
  body_key: string;
  body_level: BodyLevel | '';
  scope: Scope | '';
  report_year: number | null;
  publish_date: string;
  format_version: FormatVersion;
  format_variant: string;
  tables_found: string;
  text_truncated: boolean;
  province: string;
  city: string;
  district: string;
  region_code: string;
  encoding: string;
  status: ReportStatus;
  message: string;
  /** Characters of narrative prose (outside the tables). */
  narrative_chars: number | null;
  /** MinHash signature of the narrative prose (signature.ts), for copy-paste detection. */
  narrative_signature: string;
}

export interface ExtractResult {
  report: Report;
  facts: Fact[];
  checks: Check[];
  /** Human-readable log lines: unmapped rows, format/year mismatches, resolution notes. */
  log: string[];
}
