/**
 * Second pass over one report: choose among split readings with the identities and narrative
 * figures, then emit facts (with imputation and derived subtotals, METRICS.md §4.3). Its checks
 * are evaluated once, on the final facts (`reportChecks`, after any cross-report narrowing).
 */
import type { Analysis } from './analyse.ts';
import { canonicalUnit } from './catalogue.ts';
import { sourceContext } from './context.ts';
import {
  T3_APPLICANT_PARTS,
  T3_APPLICANTS,
  T3_COLUMNS,
  T3_LEGAL_APPLICANTS,
} from './grammar/t3.ts';
import { exactNumber } from './exactNumber.ts';
import { evaluate, type Identity } from './identities.ts';
import { derivedSubtotals, tableIdentities, type TemplateId } from './templates/index.ts';
import { locate } from './region.ts';
import { cellKey, type RowRead } from './rowRead.ts';
import { printedForm } from './printedForm.ts';
import { narrativeSignature, proseForSignature } from './signature.ts';
import { solve, type Constraint, type Hint } from './solve.ts';
import type {
  ApplicantType,
  ExtractResult,
  Fact,
  FormatVersion,
  Report,
  ValueStatus,
} from './types.ts';

export interface FinalizeOptions {
  reportId: string;
  sourceFile: string;
  encoding: string;
  /** How the file was read when its content, not its extension, chose the reader. */
  sourceNote?: string;
  /** Cross-report evidence: candidate indices allowed per read id. */
  restrict?: ReadonlyMap<string, readonly number[]>;
  /** Cross-report notes per read id (why the restriction). */
  restrictNotes?: ReadonlyMap<string, string>;
  /** What reading the file warned about (invalid bytes for its encoding), for `message`. */
  warnings?: readonly string[];
  /** What the batch says about the report (its twins in other formats), last in `message`. */
  batchNotes?: readonly string[];
}

const CONFIDENCE: Record<ValueStatus, number> = {
  reported: 1,
  resolved: 0.9,
  derived: 1,
  imputed_zero: 0.8,
  blank: 1,
  dash: 1,
  missing: 0,
  truncated: 0,
  ambiguous: 0,
  unmapped: 0,
  unreadable: 0,
};

/** A finalised report; its `checks` are empty until `reportChecks` fills them in. */
export interface Finalized extends ExtractResult {
  /** Per read id: indices (into the analysis' candidates) of the readings still possible. */
  survivors: Map<string, number[]>;
}

export function finalize(a: Analysis, options: FinalizeOptions): Finalized {
  const log = [...a.log];
  const reads = a.reads.map((read) => {
    const allowed = options.restrict?.get(read.id);
    if (!allowed) return read;
    return { ...read, candidates: allowed.map((i) => read.candidates[i]!) };
  });

  // 1. Choose among readings.
  const t3Format = a.formats.T3 ?? a.formats.T2 ?? null;
  const identities: Identity[] = [
    ...(a.formats.P ? tableIdentities('P', a.formats.P, a.periods) : []),
    ...(a.formats.T3 !== undefined ? tableIdentities('T3', t3Format, a.periods) : []),
  ].filter((i) => i.forSplits);
  const constraints: Constraint[] = identities.map(toConstraint);
  // 历年累计 is at least this year's figure: a preference, since some tables print 0 there.
  if (a.periods.includes('cumulative')) {
    for (const read of reads.filter((r) => r.table === 'P' && r.slots.length === 2)) {
      const metric = read.slots[0]!.metric;
      constraints.push({
        id: '历年累计 ≥ 本年',
        soft: true,
        cells: [cellKey(metric, 'all', 'year'), cellKey(metric, 'all', 'cumulative')],
        test: (get) => {
          const y = get(metric, 'all', 'year');
          const c = get(metric, 'all', 'cumulative');
          return y === undefined || c === undefined || y <= c;
        },
      });
    }
  }
  const hints = narrativeHints(a);
  const resolution = solve(reads, constraints, hints, (read, candidate, slot) =>
    solverValue(read, candidate, slot),
  );

  // 2. Facts from the chosen readings.
  const facts: Fact[] = [];
  const make = (
    partial: Omit<
      Fact,
      'report_id' | 'qualifier' | 'confidence' | 'context' | 'char_start' | 'char_end'
    > & { start: number | null; end: number | null },
  ): Fact => {
    const { start, end, ...rest } = partial;
    const rawStart = start === null ? null : a.norm.toRaw[start]!;
    const rawEnd = end === null ? null : a.norm.toRaw[end]!;
    return {
      report_id: options.reportId,
      qualifier: '',
      confidence: CONFIDENCE[rest.value_status],
      char_start: rawStart,
      char_end: rawEnd,
      context: rawStart === null ? '' : sourceContext(a.raw, rawStart, rawEnd ?? rawStart),
      ...rest,
    };
  };
  reads.forEach((read, r) => {
    const kept = resolution.survivors[r]!;
    const decided = kept.length === 1;
    const candidate = read.candidates[decided ? kept[0]! : 0]!;
    const crossNote = options.restrictNotes?.get(read.id);
    const why = [read.note, crossNote, resolution.reasons[r]].filter(Boolean).join('; ');
    const listing = decided
      ? ''
      : `candidates: ${kept
          .slice(0, 20)
          .map((k) => read.candidates[k]!.map((c) => c.raw || '∅').join('|'))
          .join('; ')}${kept.length > 20 ? '; …' : ''}`;
    read.slots.forEach((slot, s) => {
      const cell = candidate[s]!;
      const status: ValueStatus = decided ? cell.status : 'ambiguous';
      const valued = status === 'reported' || status === 'resolved';
      facts.push(
        make({
          metric_id: slot.metric,
          applicant_type: slot.applicant,
          period: slot.period,
          source: 'table',
          value: valued ? cell.value : null,
          value_raw: decided
            ? printedForm(a.raw, a.norm.toRaw, cell.start, cell.end, cell.raw)
            : '',
          value_status: status,
          unit: canonicalUnit(slot.metric),
          unit_raw: cell.unitRaw || read.unitRaw,
          label_raw: rawLabel(a, read),
          col_label_raw: slot.colLabel,
          start: decided ? cell.start : read.labelStart,
          end: decided ? cell.end : read.labelEnd,
          note: [why, listing].filter(Boolean).join('; '),
        }),
      );
    });
  });
  for (const m of a.missing) {
    for (const c of T3_COLUMNS) {
      facts.push(
        make({
          metric_id: m.metric,
          applicant_type: c.applicant,
          period: 'year',
          source: 'table',
          value: null,
          value_raw: '',
          value_status: m.truncated ? 'truncated' : 'missing',
          unit: canonicalUnit(m.metric),
          unit_raw: '',
          label_raw: '',
          col_label_raw: c.header,
          start: null,
          end: null,
          note:
            m.truncated === 'end'
              ? 'the text ends before this row'
              : m.truncated === 'start'
                ? 'the text starts after this row'
                : 'row not found in table 三',
        }),
      );
    }
  }

  // Rows worded like no metric: their numbers as printed, under no metric.
  a.unmapped.forEach((row, n) => {
    // A pre-2019 row with a cell per period column puts them in their periods; else all in `year`.
    const byPeriod = row.table === 'P' && row.cells.length === a.periods.length;
    row.cells.forEach((cell, k) => {
      const fact = make({
        metric_id: '',
        applicant_type: 'all',
        period: byPeriod ? a.periods[k]! : 'year',
        source: 'table',
        value: null,
        value_raw: printedForm(a.raw, a.norm.toRaw, cell.start, cell.end, cell.text),
        value_status: 'unmapped',
        unit: '',
        unit_raw: cell.unit || row.unit,
        label_raw: row.label.replace(/\s+/g, ' ').trim(),
        col_label_raw: '',
        start: cell.start,
        end: cell.end,
        note:
          row.why === 'template'
            ? `table ${row.table}: the cells of this row differ between templates and the table does not say its template`
            : `table ${row.table}: the label matches no metric${row.nearest ? ` (nearest ${row.nearest.metric}, score ${row.nearest.score})` : ''}`,
      });
      // Several unmapped rows share the empty metric id: the row (and cell) number keeps them apart.
      fact.qualifier = `row ${n + 1}${row.cells.length > 1 && !byPeriod ? ` cell ${k + 1}` : ''}`;
      facts.push(fact);
    });
  });

  // 3. Imputation and derived cells (§4.3), per table.
  impute(facts, reads);
  if (a.formats.T3 !== undefined) facts.push(...deriveT3(facts, t3Format, options.reportId));

  // 4. Narrative figures.
  for (const f of a.figures) {
    // Digits past what a double holds are kept as printed, without a (rounded) value.
    const exact = /^[\d.,]+$/.test(f.raw)
      ? exactNumber(f.raw) !== null
      : Number.isSafeInteger(f.value);
    facts.push(
      make({
        metric_id: f.metric,
        applicant_type: 'all',
        period: 'year',
        source: 'text',
        value: exact ? f.value : null,
        value_raw: printedForm(a.raw, a.norm.toRaw, f.start, f.end, f.raw),
        value_status: exact ? 'reported' : 'unreadable',
        unit: canonicalUnit(f.metric),
        unit_raw: f.unitRaw,
        label_raw: '',
        col_label_raw: '',
        start: f.start,
        end: f.end,
        note: f.note,
      }),
    );
  }

  const report = buildReport(a, options, facts, t3Format);
  const survivors = new Map<string, number[]>();
  reads.forEach((read, r) => {
    const allowed = options.restrict?.get(read.id);
    survivors.set(
      read.id,
      resolution.survivors[r]!.map((k) => (allowed ? allowed[k]! : k)),
    );
  });
  return { report, facts, checks: [], log, survivors };
}

/** The report row again, for facts already final: when only the metadata or the notes changed. */
export function reportRow(a: Analysis, options: FinalizeOptions, facts: Fact[]): Report {
  return buildReport(a, options, facts, a.formats.T3 ?? a.formats.T2 ?? null);
}

/** The row label as printed in the original text (continuation lines joined). */
function rawLabel(a: Analysis, read: RowRead): string {
  if (!read.labelRaw || read.labelEnd <= read.labelStart) return read.labelRaw;
  const text = a.raw.slice(a.norm.toRaw[read.labelStart]!, a.norm.toRaw[read.labelEnd]!);
  return text
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An identity as a constraint on readings: a reading is kept unless the identity fails on it. */
function toConstraint(identity: Identity): Constraint {
  return {
    id: identity.id,
    cells: [...identity.lhs, ...identity.rhs].map((o) => cellKey(o.metric, o.applicant, o.period)),
    test: (get) => evaluate(identity, get).status !== 'fail',
  };
}

/** A cell's value while choosing readings: blanks count as imputed zeros; unknown otherwise. */
function solverValue(read: RowRead, candidate: number, slot: number): number | undefined {
  const cell = read.candidates[candidate]![slot]!;
  if (cell.status === 'reported' || cell.status === 'resolved') return cell.value ?? undefined;
  if (cell.status === 'blank' || cell.status === 'dash')
    return read.slots[slot]!.applicant === 'total' ? undefined : 0;
  return undefined;
}

/** Prose figures that may single out a split reading of the pre-2019 table or of table 二. */
function narrativeHints(a: Analysis): Hint[] {
  const hints: Hint[] = [];
  const by = (metric: string) => a.figures.find((f) => f.metric === metric);
  if (a.formats.P) {
    const info = by('text_pro_info_total');
    if (info)
      hints.push({
        metric: 'pro_info_total',
        applicant: 'all',
        period: 'year',
        value: info.value,
        why: `the text states 主动公开 ${info.raw}`,
      });
    const received = by('text_app_received');
    if (received)
      hints.push({
        metric: 'app_received',
        applicant: 'all',
        period: 'year',
        value: received.value,
        why: `the text states ${received.raw} applications`,
      });
  }
  for (const f of a.hintFigures)
    hints.push({
      metric: f.metric,
      applicant: 'all',
      period: 'year',
      value: f.value,
      why: `the text states ${f.raw} (${f.metric})`,
    });
  return hints;
}

/** Blank and dash cells become 0 when their table prints a number (§4.3); T3 totals are derived instead. */
function impute(facts: Fact[], reads: RowRead[]): void {
  const tableOf = new Map<string, string>();
  for (const read of reads) for (const slot of read.slots) tableOf.set(slot.metric, read.table);
  const filled = new Set<string>();
  for (const f of facts)
    if (f.source === 'table' && f.value !== null) filled.add(tableOf.get(f.metric_id) ?? '');
  for (const f of facts) {
    if (f.source !== 'table' || (f.value_status !== 'blank' && f.value_status !== 'dash')) continue;
    if (!filled.has(tableOf.get(f.metric_id) ?? '')) continue;
    if (tableOf.get(f.metric_id) === 'T3' && f.applicant_type === 'total') continue;
    f.value = 0;
    f.note = [f.note, `${f.value_status} cell in a filled table: 0 by rule (METRICS.md §4.3)`]
      .filter(Boolean)
      .join('; ');
    f.value_status = 'imputed_zero';
    f.confidence = CONFIDENCE.imputed_zero;
  }
}

/** Derived cells of table 三: blank totals, the legal-person subtotal, the subtotals of （三）–（六）. */
function deriveT3(facts: Fact[], format: TemplateId | null, reportId: string): Fact[] {
  const t3 = new Map<string, Fact>();
  for (const f of facts)
    if (f.source === 'table' && f.applicant_type !== 'all')
      t3.set(`${f.metric_id}|${f.applicant_type}`, f);
  const metrics = [...new Set([...t3.values()].map((f) => f.metric_id))];
  const derived: Fact[] = [];
  const sumOf = (metric: string, applicants: readonly ApplicantType[]) => {
    let total = 0;
    for (const ap of applicants) {
      const v = t3.get(`${metric}|${ap}`)?.value;
      if (v === null || v === undefined) return null;
      total += v;
    }
    // A sum past the safe integer range would be rounded: no derived value then.
    return Math.abs(total) > Number.MAX_SAFE_INTEGER ? null : Math.round(total * 1e6) / 1e6;
  };
  const add = (metric: string, applicant: ApplicantType, value: number, note: string) => {
    const f: Fact = {
      report_id: reportId,
      metric_id: metric,
      applicant_type: applicant,
      period: 'year',
      source: 'table',
      qualifier: '',
      value,
      value_raw: '',
      value_status: 'derived',
      unit: canonicalUnit(metric),
      unit_raw: '',
      label_raw: '',
      col_label_raw: '',
      char_start: null,
      char_end: null,
      context: '',
      confidence: 1,
      note,
    };
    derived.push(f);
    t3.set(`${metric}|${applicant}`, f);
  };
  for (const metric of metrics) {
    const total = t3.get(`${metric}|total`);
    if (total && (total.value_status === 'blank' || total.value_status === 'dash')) {
      const v = sumOf(metric, T3_APPLICANT_PARTS);
      if (v !== null) {
        total.value = v;
        total.value_status = 'derived';
        total.confidence = 1;
        total.note = [
          total.note,
          'total cell printed empty: derived as the sum of the six columns (METRICS.md §4.3)',
        ]
          .filter(Boolean)
          .join('; ');
      }
    }
  }
  const subtotals = derivedSubtotals(format);
  for (const [metric, parts] of subtotals) {
    if (t3.has(`${metric}|total`)) continue;
    for (const ap of T3_APPLICANTS) {
      let sum = 0;
      let ok = true;
      for (const part of parts) {
        const v = t3.get(`${part}|${ap}`)?.value;
        if (v === null || v === undefined) ok = false;
        else sum += v;
      }
      if (ok && Math.abs(sum) <= Number.MAX_SAFE_INTEGER)
        add(metric, ap, sum, `sum of ${parts.join(' + ')}`);
    }
  }
  for (const metric of [...metrics, ...subtotals.map(([m]) => m)]) {
    const v = sumOf(metric, T3_LEGAL_APPLICANTS);
    if (v !== null && !t3.has(`${metric}|legal_subtotal`))
      add(metric, 'legal_subtotal', v, 'sum of the five 法人或其他组织 columns');
  }
  return derived;
}

function buildReport(
  a: Analysis,
  options: FinalizeOptions,
  facts: Fact[],
  t3Format: TemplateId | null,
): Report {
  const tables: string[] = [];
  if (a.formats.P) tables.push('P');
  if (a.formats.T2 !== undefined) tables.push('T2');
  if (a.formats.T3 !== undefined)
    tables.push(a.missing.some((m) => m.truncated) ? 'T3_partial' : 'T3');
  if (a.formats.T4) tables.push('T4');
  const versions = new Set<TemplateId>();
  if (a.formats.P) versions.add(a.formats.P);
  if (a.formats.T2) versions.add(a.formats.T2);
  if (a.formats.T3 !== undefined && t3Format) versions.add(t3Format);
  // Tables whose rows do not tell their template (table 四 alone is the same in both) leave it unknown.
  const format: FormatVersion =
    versions.size === 0
      ? tables.length
        ? 'unknown'
        : 'none'
      : versions.size > 1
        ? 'mixed'
        : [...versions][0]!;
  const variants: string[] = [];
  if (a.periods.includes('cumulative')) variants.push('cumulative_columns');
  if (a.formats.P && !a.national) variants.push('local_pre2014');
  if (a.traditional) variants.push('mirror_traditional_chars');
  const place = locate(
    a.meta.issuingBody,
    `${a.meta.title} ${a.norm.text.slice(a.meta.bodyStart, a.meta.bodyStart + 1500)}`,
  );
  const table = facts.filter((f) => f.source === 'table');
  const ambiguous = table.filter((f) => f.value_status === 'ambiguous').length;
  const missing = table.filter(
    (f) => f.value_status === 'missing' || f.value_status === 'truncated',
  ).length;
  const unreadable = facts.filter((f) => f.value_status === 'unreadable').length;
  const unmapped = a.unmapped.length;
  const messages: string[] = options.sourceNote ? [options.sourceNote] : [];
  if (!tables.length) messages.push('no statistical table found');
  if (a.startsInside)
    messages.push(
      `the text starts inside ${a.startsInside === 'T3' ? 'table 三' : 'the 统计表'}: rows before its first are cut off`,
    );
  if (unreadable) messages.push(`${unreadable} number(s) with more digits than a value holds`);
  if (ambiguous) messages.push(`${ambiguous} ambiguous cell(s)`);
  if (unmapped) messages.push(`${unmapped} row(s) matching no metric kept unmapped`);
  if (missing) messages.push(`${missing} cell(s) missing or cut off`);
  if (
    a.meta.reportYear &&
    a.meta.publishDate &&
    Number(a.meta.publishDate.slice(0, 4)) < a.meta.reportYear
  ) {
    messages.push(
      `published ${a.meta.publishDate} before the end of its report year ${a.meta.reportYear}`,
    );
  }
  return {
    report_id: options.reportId,
    source_file: options.sourceFile,
    source_url: a.meta.sourceUrl,
    title: a.meta.title,
    issuing_body: a.meta.issuingBody,
    // A county-level body keeps the same key whether or not its city is printed in front.
    body_key:
      place.district && a.meta.bodyKey.includes(place.district)
        ? a.meta.bodyKey.slice(a.meta.bodyKey.indexOf(place.district))
        : a.meta.bodyKey,
    body_level: a.meta.bodyLevel,
    scope: a.meta.scope,
    report_year: a.meta.reportYear,
    publish_date: a.meta.publishDate,
    format_version: format,
    format_variant: variants.join(';'),
    tables_found: tables.join(','),
    text_truncated: a.textTruncated || a.startsInside !== null,
    ...place,
    encoding: options.encoding,
    status: a.textTruncated || a.startsInside || missing > 0 || unreadable > 0 ? 'partial' : 'ok',
    message: [...messages, ...(options.warnings ?? []), ...(options.batchNotes ?? [])].join('; '),
    ...narrative(a),
  };
}

/** The prose outside the tables and the crawler header, measured and signed. */
function narrative(a: Analysis): { narrative_chars: number; narrative_signature: string } {
  const text = a.norm.text;
  const spans = [[0, a.meta.bodyStart] as [number, number], ...a.tableSpans].sort(
    (x, y) => x[0] - y[0],
  );
  let prose = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) prose += text.slice(at, start);
    at = Math.max(at, end);
  }
  prose += text.slice(at);
  return {
    narrative_chars: proseForSignature(prose).length,
    narrative_signature: narrativeSignature(prose),
  };
}
