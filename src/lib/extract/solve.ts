/**
 * Choose among the candidate readings of rows printed without separators, using the accounting
 * identities: every combination of candidates is tried (with pruning); a row is resolved when all
 * combinations that satisfy the identities agree on it (METRICS.md §4.7, issue: never pick silently).
 */
import { cellKey, type RowRead } from './rowRead.ts';
import type { ApplicantType, Period } from './types.ts';

/** Reads a cell value during the search: number, or undefined when unknown (skip the identity). */
export type Getter = (
  metric: string,
  applicant: ApplicantType,
  period: Period,
) => number | undefined;

export interface Constraint {
  id: string;
  /**
   * A preference rather than an identity (历年累计 ≥ 本年): applied after the narrative
   * figures, and only when some reading satisfies it.
   */
  soft?: boolean;
  /** Cells the constraint reads (metric|applicant|period keys). */
  cells: string[];
  test: (get: Getter) => boolean;
}

/** A narrative figure or cross-report fact that may single out one reading. */
export interface Hint {
  metric: string;
  applicant: ApplicantType;
  period: Period;
  value: number;
  why: string;
}

export interface Resolution {
  /** Per read: indices of candidates that survive (length 1 = decided). */
  survivors: number[][];
  /** Per read: short reason for the decision, for notes. */
  reasons: string[];
}

const NODE_LIMIT = 200_000;
const SOLUTION_LIMIT = 2_000;

/**
 * Resolve candidate readings. `valueOf` gives the value a candidate puts in a slot (blanks as
 * imputed, undefined when unknown). Cross-report evidence narrows the candidates beforehand.
 */
export function solve(
  reads: readonly RowRead[],
  constraints: readonly Constraint[],
  hints: readonly Hint[],
  valueOf: (read: RowRead, candidate: number, slot: number) => number | undefined,
): Resolution {
  const where = new Map<string, { read: number; slot: number }>();
  reads.forEach((read, r) =>
    read.slots.forEach((slot, s) =>
      where.set(cellKey(slot.metric, slot.applicant, slot.period), { read: r, slot: s }),
    ),
  );
  const survivors = reads.map((read) => read.candidates.map((_, i) => i));
  const reasons = reads.map(() => '');
  const isOpen = (r: number) => reads[r]!.candidates.length > 1;
  const hard = constraints.filter((c) => !c.soft);
  const soft = constraints.filter((c) => c.soft);
  const active = hard
    .map((c) => ({
      c,
      reads: [
        ...new Set(
          c.cells
            .map((k) => where.get(k)?.read)
            .filter((r): r is number => r !== undefined && isOpen(r)),
        ),
      ],
    }))
    .filter((x) => x.reads.length > 0);

  // Independent groups of open reads (linked by shared identities) are solved separately.
  const group = reads.map((_, r) => r);
  const root = (r: number): number => (group[r] === r ? r : (group[r] = root(group[r]!)));
  for (const x of active) for (const r of x.reads.slice(1)) group[root(r)] = root(x.reads[0]!);
  const components = new Map<number, number[]>();
  reads.forEach((_, r) => {
    if (!isOpen(r)) return;
    const list = components.get(root(r)) ?? [];
    list.push(r);
    components.set(root(r), list);
  });

  for (const open of components.values()) {
    const mine = active.filter((x) => x.reads.some((r) => open.includes(r)));
    const search = (use: typeof mine) => enumerate(reads, open, use, where, valueOf);
    let solutions = search(mine);
    let used = mine;
    if (solutions && solutions.length === 0) {
      // Some identity fails whatever the reading (the report's own error): drop those, try again.
      used = mine.filter((x) => {
        const alone = search([x]);
        return alone === null || alone.length > 0;
      });
      solutions = search(used);
      if (solutions && solutions.length === 0) {
        used = [];
        solutions = search(used);
      }
    }
    if (!solutions) {
      for (const r of open) reasons[r] = 'too many combinations to test the identities';
      continue;
    }
    let found: number[][] = solutions;
    // Narrative figures and cross-report facts: applied one by one, ignored when they match nothing.
    const hintNotes = new Map<number, string[]>();
    for (const hint of hints) {
      const at = where.get(cellKey(hint.metric, hint.applicant, hint.period));
      if (!at || !open.includes(at.read)) continue;
      const column = open.indexOf(at.read);
      if (new Set(found.map((sol) => sol[column])).size < 2) continue;
      const kept = found.filter(
        (sol) => valueOf(reads[at.read]!, sol[column]!, at.slot) === hint.value,
      );
      if (kept.length > 0 && kept.length < found.length) {
        found = kept;
        hintNotes.set(at.read, [...(hintNotes.get(at.read) ?? []), hint.why]);
      }
    }
    // Preferences last: each narrows the readings only when some reading satisfies it.
    for (const c of soft) {
      const cols = [...new Set(c.cells.map((k) => where.get(k)?.read))].filter(
        (r): r is number => r !== undefined && open.includes(r),
      );
      if (cols.length === 0) continue;
      const kept = found.filter((sol) => c.test(getterFor(reads, open, sol, where, valueOf)));
      if (kept.length > 0 && kept.length < found.length) {
        found = kept;
        for (const r of cols) hintNotes.set(r, [...(hintNotes.get(r) ?? []), c.id]);
      }
    }
    open.forEach((r, i) => {
      const kept = [...new Set(found.map((sol) => sol[i]!))].sort((a, b) => a - b);
      const before = survivors[r]!.length;
      survivors[r] = kept;
      const by = [...new Set(used.filter((x) => x.reads.includes(r)).map((x) => x.c.id))];
      const hinted = [...new Set(hintNotes.get(r) ?? [])];
      if (kept.length === 1 && before > 1) {
        const parts = [];
        if (by.length) parts.push(`the identities ${by.join(', ')}`);
        if (hinted.length) parts.push(hinted.join('; '));
        reasons[r] = parts.length
          ? `the only reading consistent with ${parts.join(' and ')}`
          : 'the only reading consistent with the other rows';
      } else if (kept.length > 1) {
        reasons[r] = by.length
          ? `${kept.length} readings satisfy ${by.join(', ')}`
          : `no identity constrains this row; ${kept.length} readings`;
      }
    });
  }
  return { survivors, reasons };
}

/** A getter over one complete assignment of the open reads. */
function getterFor(
  reads: readonly RowRead[],
  open: readonly number[],
  solution: readonly number[],
  where: Map<string, { read: number; slot: number }>,
  valueOf: (read: RowRead, candidate: number, slot: number) => number | undefined,
): Getter {
  return (metric, applicant, period) => {
    const at = where.get(cellKey(metric, applicant, period));
    if (!at) return undefined;
    const read = reads[at.read]!;
    const k = open.indexOf(at.read);
    return valueOf(read, k >= 0 ? solution[k]! : 0, at.slot);
  };
}

/** All assignments of the open reads' candidates that pass `use`; null when the search is too big. */
function enumerate(
  reads: readonly RowRead[],
  open: readonly number[],
  use: readonly { c: Constraint; reads: number[] }[],
  where: Map<string, { read: number; slot: number }>,
  valueOf: (read: RowRead, candidate: number, slot: number) => number | undefined,
): number[][] | null {
  const choice = new Map<number, number>();
  const position = new Map(open.map((r, i) => [r, i]));
  // Each constraint is tested at the depth where its last open read is chosen.
  const atDepth: Constraint[][] = open.map(() => []);
  for (const x of use) atDepth[Math.max(...x.reads.map((r) => position.get(r)!))]!.push(x.c);
  const get: Getter = (metric, applicant, period) => {
    const at = where.get(cellKey(metric, applicant, period));
    if (!at) return undefined;
    const read = reads[at.read]!;
    const candidate = read.candidates.length > 1 ? choice.get(at.read) : 0;
    if (candidate === undefined) return undefined;
    return valueOf(read, candidate, at.slot);
  };
  const solutions: number[][] = [];
  let nodes = 0;
  const walk = (depth: number): boolean => {
    if (++nodes > NODE_LIMIT) return false;
    if (depth === open.length) {
      solutions.push(open.map((r) => choice.get(r)!));
      return solutions.length < SOLUTION_LIMIT;
    }
    const r = open[depth]!;
    for (let k = 0; k < reads[r]!.candidates.length; k++) {
      choice.set(r, k);
      if (atDepth[depth]!.every((c) => c.test(get))) {
        if (!walk(depth + 1)) return false;
      }
    }
    choice.delete(r);
    return true;
  };
  // Stopped early (too many nodes or solutions): the survivors would be incomplete.
  if (!walk(0)) return null;
  return solutions;
}
