/**
 * Table 三: match rows to the template by label, keep the matches that run in template order,
 * and place unlabelled rows (garbled conversions print some rows without labels) into the gaps
 * between matched rows when their number fits the gap exactly.
 */
import { T3_COLUMNS, T3_ROWS } from './grammar/t3.ts';
import { TEMPLATES, templateOfT3Rows, templatesWith, type TemplateId } from './templates/index.ts';
import { labelSpan } from './labelSpan.ts';
import { scoreLabel } from './labels.ts';
import { readCells } from './readCells.ts';
import type { RowRead } from './rowRead.ts';
import { isSentenceClause, placeFloats, rowNumbers, type RawRow } from './rows.ts';

const N = T3_COLUMNS.length;
const MIN_SCORE = 0.8;

export interface T3Result {
  reads: RowRead[];
  format: TemplateId | null;
  /** Template rows (metrics) not found, and whether they come after the last or before the first row found. */
  missing: { metric: string; afterLast: boolean; beforeFirst: boolean }[];
  log: string[];
}

const rowCheck = (v: number[]) =>
  Math.round((v[0]! + v[1]! + v[2]! + v[3]! + v[4]! + v[5]!) * 1e6) === Math.round(v[6]! * 1e6);

interface Candidate {
  row: RawRow;
  template: number;
  score: number;
  piece: string;
  complete: boolean;
  evidence: boolean;
}

/** Best template row for a label, or null when no row is close enough or two tie. */
function matchTemplate(label: string): { template: number; score: number; piece: string } | null {
  let best = { template: -1, score: 0, piece: '' };
  let second = 0;
  T3_ROWS.forEach((t, i) => {
    const { score, piece } = scoreLabel(label, t.keys);
    // `其他` and `总计` are also column headers: only an exact row label counts.
    const exactOnly = t.keys.every((k) => k.length <= 2);
    const s = exactOnly && score < 0.95 ? 0 : score;
    if (s > best.score) {
      second = best.score;
      best = { template: i, score: s, piece };
    } else if (s > second) second = s;
  });
  if (best.score < MIN_SCORE || best.score - second < 0.04) return null;
  return best;
}

/** Whether a row can fill 7 cells: explicit cells, or digits that can be split into 7. */
function isComplete(row: RawRow, float: boolean): boolean {
  let cells = row.cells.length;
  if (float && cells === N - 1) return true;
  while (cells > N && row.cells[cells - 1]!.kind === 'empty') cells--;
  if (cells === N) return true;
  const nums = rowNumbers(row);
  if (nums.length !== row.cells.length || row.softEmpties > 0 || nums.length === 0) return false;
  const digits = nums.reduce((sum, t) => sum + (t.digits ?? '').replace(/\..*/, '').length, 0);
  return digits >= N && nums.length <= N;
}

export function readT3(rows: RawRow[]): T3Result {
  const log: string[] = [];
  const dataRows = rows.filter(
    (r) => (r.cells.length > 0 || r.softEmpties > 0) && !isSentenceClause(r, rows[r.index + 1]),
  );
  const labelled: Candidate[] = [];
  const orphans: RawRow[] = [];
  // Every row of table 三 has 7 cells: a floating cell goes to the one neighbour short of one.
  const floats = placeFloats(dataRows, () => N);
  for (const row of dataRows) {
    const label = row.labels.map((t) => t.text).join('');
    const match = label ? matchTemplate(label) : null;
    const complete = isComplete(row, floats.taken.has(row));
    const evidence = row.softEmpties > 0 || row.cells.some((c) => c.kind === 'empty');
    if (match) labelled.push({ row, ...match, complete, evidence });
    else if (complete) orphans.push(row);
  }

  // Strong anchors (complete, or with visible dropped cells) in template order: max-weight increasing chain.
  const strong = labelled.filter((c) => c.complete || c.evidence);
  const chain = increasingChain(strong);
  const format = templateOfT3Rows(new Set(chain.map((c) => T3_ROWS[c.template]!.metric)));
  const templateRows = format ? TEMPLATES[format].rows.T3 : null;
  const allowed = (i: number) => !templateRows || templateRows.includes(T3_ROWS[i]!);

  const assigned = new Map<
    number,
    { row: RawRow; score: number; piece: string; orphan: boolean }
  >();
  for (const c of chain)
    assigned.set(c.template, { row: c.row, score: c.score, piece: c.piece, orphan: false });

  // Orphan rows fill a gap between anchors when they fit it exactly.
  const bounds = [
    { template: -1, index: -1 },
    ...chain.map((c) => ({ template: c.template, index: c.row.index })),
    { template: T3_ROWS.length, index: Infinity },
  ];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const lo = bounds[b]!;
    const hi = bounds[b + 1]!;
    const slots: number[] = [];
    for (let t = lo.template + 1; t < hi.template; t++) if (allowed(t)) slots.push(t);
    const inGap = orphans.filter((r) => r.index > lo.index && r.index < hi.index);
    if (slots.length > 0 && inGap.length === slots.length && lo.template >= 0) {
      inGap.forEach((row, k) =>
        assigned.set(slots[k]!, { row, score: 0.5, piece: '', orphan: true }),
      );
      log.push(
        `table 三: ${inGap.length} unlabelled row(s) placed by template order between labelled rows`,
      );
    }
  }

  // Weak labelled rows (too few cells, no sign of dropped cells) only where nothing better exists.
  for (const c of labelled) {
    if (assigned.has(c.template) || !allowed(c.template)) continue;
    const before = [...assigned.entries()]
      .filter(([t]) => t < c.template)
      .map(([, a]) => a.row.index);
    const after = [...assigned.entries()]
      .filter(([t]) => t > c.template)
      .map(([, a]) => a.row.index);
    if (before.every((i) => i < c.row.index) && after.every((i) => i > c.row.index)) {
      assigned.set(c.template, { row: c.row, score: c.score, piece: c.piece, orphan: false });
    }
  }

  const reads: RowRead[] = [];
  const missing: T3Result['missing'] = [];
  const lastFound = Math.max(-1, ...assigned.keys());
  const firstFound = Math.min(T3_ROWS.length, ...assigned.keys());
  T3_ROWS.forEach((t, i) => {
    // With the template unknown (no row tells), only rows every template prints can be missing.
    if (!allowed(i) || (!format && !templatesWith('T3').every((x) => x.rows.T3.includes(t))))
      return;
    const a = assigned.get(i);
    if (!a) {
      missing.push({ metric: t.metric, afterLast: i > lastFound, beforeFirst: i < firstFound });
      return;
    }
    const cells = readCells(a.row, N, {
      rowCheck,
      zeroFill: true,
      totalFromPair: true,
      float: floats.taken.get(a.row),
      floatNearby: floats.unplaced.has(a.row),
    });
    const [labelStart, labelEnd] = a.piece
      ? labelSpan(a.row, a.piece)
      : [a.row.cells[0]!.start, a.row.cells[0]!.start];
    reads.push({
      ...cells,
      note: a.orphan
        ? `row printed without a label, placed by template order; ${cells.note}`.replace(/; $/, '')
        : cells.note,
      id: `T3:${t.metric}`,
      table: 'T3',
      slots: T3_COLUMNS.map((c) => ({
        metric: t.metric,
        applicant: c.applicant,
        period: 'year',
        colLabel: c.header,
      })),
      labelRaw: a.piece,
      labelStart,
      labelEnd,
      unitRaw: '',
    });
  });
  return { reads, format, missing, log };
}

/** The heaviest chain of candidates whose template rows increase with their position. */
function increasingChain(cands: Candidate[]): Candidate[] {
  const n = cands.length;
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    best[i] = cands[i]!.score;
    for (let j = 0; j < i; j++) {
      if (cands[j]!.template < cands[i]!.template && best[j]! + cands[i]!.score > best[i]!) {
        best[i] = best[j]! + cands[i]!.score;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  const chain: Candidate[] = [];
  for (let i = end; i >= 0; i = prev[i]!) chain.unshift(cands[i]!);
  return chain;
}
