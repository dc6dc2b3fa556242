/**
 * What the report page puts first when it is opened from a finding: the checks it is about as
 * formulas with the report's numbers, and the figures they read, each with its own printed text.
 */
import type { ReportCheckRow, ReportFactRow } from '../sql/reportQuery.ts';
import { checkFormula, type CheckFormula } from './checkFormula.ts';
import type { Highlighter } from './highlight.ts';
import type { Lang } from './urlState.ts';

export interface ReportFinding {
  formulas: CheckFormula[];
  /** The figures involved: the formulas' terms in order, then any other highlighted figure. */
  figures: ReportFactRow[];
}

/** More formulas than this are one finding's many columns: the checks table below has the rest. */
const MAX_FORMULAS = 3;

export function reportFinding(
  facts: readonly ReportFactRow[],
  checks: readonly ReportCheckRow[],
  hl: Highlighter,
  label: (metricId: string) => string,
  lang: Lang,
): ReportFinding {
  const marked = checks.filter(hl.check);
  // Failed checks first: they are what the finding is about.
  const ordered = [
    ...marked.filter((c) => c.status === 'fail'),
    ...marked.filter((c) => c.status !== 'fail'),
  ];
  const formulas = ordered
    .map((c) => checkFormula(c, facts, label, lang))
    .filter((f): f is CheckFormula => f != null)
    .slice(0, MAX_FORMULAS);
  const figures: ReportFactRow[] = [];
  const add = (f: ReportFactRow | null) => {
    if (f && !figures.includes(f)) figures.push(f);
  };
  for (const f of formulas) for (const term of [...f.lhs, ...f.rhs]) add(term.fact);
  for (const f of facts.filter(hl.fact)) add(f);
  return { formulas, figures };
}

/**
 * The cell's own printed text: its row label, column label, and value with unit as the report
 * prints them (not the source line around it, which holds the neighbouring cells' numbers). A
 * figure read from the prose shows its sentence. Empty until the evidence strings have loaded.
 */
export function printedCell(
  f: Pick<
    ReportFactRow,
    'source' | 'label_raw' | 'col_label_raw' | 'value_raw' | 'unit_raw' | 'context'
  >,
): string {
  if (f.source === 'text') return f.context ?? '';
  const value = [f.value_raw, f.unit_raw].filter(Boolean).join(' ');
  return [f.label_raw, f.col_label_raw, value].filter(Boolean).join(' │ ');
}
