/**
 * Compare extracted facts with the hand-checked values of corpus/expected/<stem>.tsv
 * (columns: metric_id, applicant_type, period, source, value, status, note).
 */
import type { Fact } from '../../src/lib/extract/types.ts';

const EXPECTED_HEADER = 'metric_id\tapplicant_type\tperiod\tsource\tvalue\tstatus\tnote';

export interface ExpectedRow {
  metric_id: string;
  applicant_type: string;
  period: string;
  source: string;
  value: string;
  status: string;
  note: string;
}

export function parseExpected(tsv: string): ExpectedRow[] {
  const [header, ...lines] = tsv.split('\n').filter((l) => l.trim());
  const names = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
    return row as unknown as ExpectedRow;
  });
}

/** Facts in the same TSV layout, for the `actual` file written beside a failing case. */
export function factsToTsv(facts: Fact[]): string {
  const lines = facts.map((f) =>
    [
      f.metric_id,
      f.applicant_type,
      f.period,
      f.source,
      f.value ?? '',
      f.value_status,
      f.note.replace(/[\t\n]/g, ' '),
    ].join('\t'),
  );
  return [EXPECTED_HEADER, ...lines].join('\n') + '\n';
}

const VALUED = new Set(['reported', 'resolved']);
/** Text metrics whose expected rows are complete: an extra value of these is a misread. */
const STRICT_TEXT = new Set(['text_app_received', 'info_processing_fee']);

/**
 * Options of compareFacts: `ambiguousHasValue` (below); `allTextListed`: the expected rows list
 * every narrative figure of the text (a synthetic report's truth does), so any other is a misread.
 */
export interface Mismatch {
  key: string;
  expected: string;
  actual: string;
}

/**
 * Differences that fail the golden test (empty = pass). `ambiguousHasValue`: the source prints
 * the cells explicitly (HTML), so cells ambiguous in the text twin must carry their value.
 */
export function compareFacts(
  expected: ExpectedRow[],
  facts: Fact[],
  options: { ambiguousHasValue?: boolean; allTextListed?: boolean } = {},
): Mismatch[] {
  const key = (m: string, a: string, p: string, s: string) => `${m}|${a}|${p}|${s}`;
  const actual = new Map(
    facts.map((f) => [key(f.metric_id, f.applicant_type, f.period, f.source), f]),
  );
  const wanted = new Map(
    expected.map((e) => [key(e.metric_id, e.applicant_type, e.period, e.source), e]),
  );
  const out: Mismatch[] = [];
  for (const [k, e] of wanted) {
    const f = actual.get(k);
    const got = f ? `${f.value ?? ''} (${f.value_status})` : 'absent';
    if (
      VALUED.has(e.status) ||
      (options.ambiguousHasValue && e.status === 'ambiguous' && e.value !== '')
    ) {
      if (!f || f.value === null || Number(e.value) !== f.value)
        out.push({ key: k, expected: `${e.value} (${e.status})`, actual: got });
    } else if (e.status === 'ambiguous' && !options.ambiguousHasValue) {
      if (!f || f.value !== null || f.value_status !== 'ambiguous')
        out.push({ key: k, expected: 'ambiguous, no value', actual: got });
    }
  }
  // No value for a cell the report does not print (derived and imputed cells are ours and flagged).
  for (const [k, f] of actual) {
    if (wanted.has(k) || f.value === null) continue;
    if (f.value_status === 'derived' || f.value_status === 'imputed_zero') continue;
    if (f.source === 'text' && !options.allTextListed && !STRICT_TEXT.has(f.metric_id)) continue;
    out.push({ key: k, expected: 'no value', actual: `${f.value} (${f.value_status})` });
  }
  return out;
}

/** A mismatch as a grader counts it: a value read for a cell not printed, a printed cell not read, or another value. */
export function mismatchKind(m: Mismatch): 'invented' | 'missing' | 'wrong' {
  if (m.expected === 'no value') return 'invented';
  if (m.actual === 'absent' || m.actual.startsWith(' (')) return 'missing';
  return 'wrong';
}

/**
 * Rows compareFacts leaves alone (our imputed zeros and derived totals, blanks): each must come
 * out with its status and value.
 */
export function compareStatuses(expected: ExpectedRow[], facts: Fact[]): Mismatch[] {
  const byKey = new Map(
    facts.map((f) => [`${f.metric_id}|${f.applicant_type}|${f.period}|${f.source}`, f]),
  );
  const out: Mismatch[] = [];
  for (const e of expected) {
    if (['reported', 'resolved', 'ambiguous'].includes(e.status)) continue;
    const key = `${e.metric_id}|${e.applicant_type}|${e.period}|${e.source}`;
    const f = byKey.get(key);
    const want = e.value === '' ? null : Number(e.value);
    if (!f || f.value_status !== e.status || f.value !== want)
      out.push({
        key,
        expected: `${e.value || '∅'} (${e.status})`,
        actual: f ? `${f.value ?? '∅'} (${f.value_status})` : 'absent',
      });
  }
  return out;
}
