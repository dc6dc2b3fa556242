/**
 * Rows of the report page to highlight, named in the URL: `hl=<metric_id>[.<applicant_type>]`
 * for figures and `hlc=<check_id>[.<applicant_type>]` for checks. Only plain identifiers are kept
 * (they are compared with row values in the browser, never put into SQL).
 */

/** A metric or check id, optionally narrowed to one applicant column. */
export interface HighlightRef {
  id: string;
  applicant: string | null;
}

const REF = /^([A-Za-z][A-Za-z0-9_]{0,63})(?:\.([A-Za-z][A-Za-z0-9_]{0,63}))?$/;
/** More than this many references is not a link anyone wrote: the rest are ignored. */
const MAX_REFS = 60;

/** The valid references among URL values, deduplicated, in order. */
export function parseRefs(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) if (REF.test(v) && !out.includes(v)) out.push(v);
  return out.slice(0, MAX_REFS);
}

/** `review_total` -> { id: 'review_total', applicant: null }; `res_total.natural_person` -> both. */
export function splitRef(ref: string): HighlightRef | null {
  const m = REF.exec(ref);
  return m ? { id: m[1]!, applicant: m[2] ?? null } : null;
}

/** A reference as written in the URL. */
export function refText(id: string, applicant?: string | null): string {
  return applicant ? `${id}.${applicant}` : id;
}

export interface Highlighter {
  any: boolean;
  fact(row: { metric_id: string; applicant_type: string }): boolean;
  check(row: {
    check_id: string;
    applicant_type: string | null;
    metric_id: string | null;
  }): boolean;
}

/**
 * Predicates for the figures and checks named by `hl` and `hlc`. A check row about one metric
 * (text vs table, a row total, a roll-over) matches only when that metric is highlighted too,
 * if any metric is: the other rows of the same check are about other figures.
 */
export function highlighter(hl: readonly string[], hlc: readonly string[]): Highlighter {
  const facts = hl.map(splitRef).filter((r): r is HighlightRef => r != null);
  const checks = hlc.map(splitRef).filter((r): r is HighlightRef => r != null);
  const metrics = new Set(facts.map((r) => r.id));
  return {
    any: facts.length + checks.length > 0,
    fact: (row) =>
      facts.some(
        (r) =>
          r.id === row.metric_id && (r.applicant == null || r.applicant === row.applicant_type),
      ),
    check: (row) =>
      checks.some(
        (r) =>
          r.id === row.check_id &&
          (r.applicant == null || r.applicant === row.applicant_type) &&
          (!row.metric_id || metrics.size === 0 || metrics.has(row.metric_id)),
      ),
  };
}
