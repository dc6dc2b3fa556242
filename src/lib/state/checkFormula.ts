/**
 * A check as a formula a reader can follow, with the report's own numbers:
 * `行政复议数量 22 ≠ 维持具体行政行为数 15 + 被依法纠错数 0 + 其他情形数 6 = 21`. The sides come from
 * the extractor's definitions (checkSides), the words from checkWords, the numbers from the figures.
 */
import { formatValue } from '../charts/formatNumber.ts';
import type { ReportCheckRow, ReportFactRow } from '../sql/reportQuery.ts';
import { checkSides, type CheckTerm } from './checkOperands.ts';
import { checkWords } from './checkWords.ts';
import { splitRef } from './highlight.ts';
import { codeName } from './strings.ts';
import type { Lang } from './urlState.ts';

export interface FormulaTerm extends CheckTerm {
  /** The metric's name, with its applicant column when the term has one. */
  label: string;
  /** The figure of this report the term reads (none for last year's figures or absent cells). */
  fact: ReportFactRow | null;
}

export interface CheckFormula {
  checkId: string;
  /** The check in words, without numbers. */
  words: string;
  lhs: FormulaTerm[];
  rhs: FormulaTerm[];
  /** `=` / `≠` for equalities, `≤` / `>` for bounds, by the check's status. */
  relation: string;
  /** The formula with the report's numbers. */
  text: string;
}

const PREVIOUS = { zh: '上年报告', en: "last year's" } as const;

/** The figure of `facts` a term reads: same metric, column and period; table before text. */
export function termFact(
  t: CheckTerm,
  period: string | null,
  facts: readonly ReportFactRow[],
): ReportFactRow | null {
  const ref = splitRef(t.ref);
  if (!ref || t.previous) return null;
  const want = t.period ?? period ?? 'year';
  const hits = facts.filter(
    (f) =>
      f.metric_id === ref.id && f.applicant_type === (ref.applicant ?? 'all') && f.period === want,
  );
  return hits.find((f) => f.source === 'table') ?? hits[0] ?? null;
}

function relation(op: 'eq' | 'le', status: string): string {
  if (status === 'fail') return op === 'eq' ? '≠' : '>';
  return op === 'eq' ? '=' : '≤';
}

/** `维持具体行政行为数 15`, `− 废止 2`, `上年报告 结转下年度`: one term as written in the formula. */
function termText(t: FormulaTerm, lang: Lang, withValue: boolean): string {
  const name = t.previous ? `${PREVIOUS[lang]} ${t.label}` : t.label;
  const value =
    withValue && !t.previous ? ` ${t.fact?.value != null ? formatValue(t.fact.value) : '?'}` : '';
  return `${name}${value}`;
}

function sideText(terms: FormulaTerm[], lang: Lang, withValue: boolean): string {
  return terms
    .map(
      (t, i) =>
        `${i === 0 ? (t.sign < 0 ? '− ' : '') : t.sign < 0 ? ' − ' : ' + '}${termText(t, lang, withValue)}`,
    )
    .join('');
}

/**
 * The formula of one check row of a report, or null for a check that cannot be taken apart.
 * `label` names a metric in the UI language.
 */
export function checkFormula(
  check: Pick<
    ReportCheckRow,
    'check_id' | 'applicant_type' | 'metric_id' | 'period' | 'lhs' | 'rhs' | 'status'
  >,
  facts: readonly ReportFactRow[],
  label: (metricId: string) => string,
  lang: Lang,
): CheckFormula | null {
  const sides = checkSides(check.check_id, check.applicant_type, check.metric_id);
  if (!sides) return null;
  const named = (t: CheckTerm): FormulaTerm => {
    const ref = splitRef(t.ref);
    const applicant = ref?.applicant ? codeName(lang, ref.applicant) : '';
    const column = !applicant ? '' : lang === 'zh' ? `（${applicant}）` : ` (${applicant})`;
    const period = t.period === 'cumulative' ? ` ${codeName(lang, 'cumulative')}` : '';
    return {
      ...t,
      label: `${label(ref?.id ?? t.ref)}${column}${period}`,
      fact: termFact(t, check.period, facts),
    };
  };
  const lhs = sides.lhs.map(named);
  const namedRhs = sides.rhs.map(named);
  // A text figure's twin differs by format: name the one this report prints.
  const printed = namedRhs.filter((t) => !t.optional || t.fact);
  const rhs = printed.length ? printed : namedRhs;
  const rel = relation(sides.op, check.status);
  const lhsText =
    lhs.length > 1
      ? `${sideText(lhs, lang, true)} = ${formatValue(check.lhs)}`
      : lhs.length
        ? sideText(lhs, lang, true)
        : formatValue(check.lhs);
  const total = rhs.length > 1 || rhs.some((t) => t.previous) ? ` = ${formatValue(check.rhs)}` : '';
  return {
    checkId: check.check_id,
    words:
      checkWords(check.check_id, lang) ??
      `${sideText(lhs, lang, false)} ${sides.op === 'eq' ? '=' : '≤'} ${sideText(rhs, lang, false)}`,
    lhs,
    rhs,
    relation: rel,
    text: `${lhsText} ${rel} ${sideText(rhs, lang, true)}${total}`,
  };
}
