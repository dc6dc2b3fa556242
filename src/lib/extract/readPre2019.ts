/**
 * The pre-2019 统计表: rows matched by label against every P* metric (national 2014 table and
 * local variants), a unit column, and one (统计数) or two (本年度, 历年累计) value columns.
 */
import { canonicalUnit } from './catalogue.ts';
import {
  CUMULATIVE_HEADERS,
  PRE2019_ROWS,
  PRE2019_SECTIONS,
  UNIT_WORDS,
  type PreRow,
} from './grammar/pre2019.ts';
import { labelSpan } from './labelSpan.ts';
import { labelPieces, scoreLabel } from './labels.ts';
import { readCells } from './readCells.ts';
import type { RowRead } from './rowRead.ts';
import { isSentenceClause, placeFloats, type RawRow } from './rows.ts';
import type { Period } from './types.ts';
import { unmappedRows, type UnmappedRow } from './unmapped.ts';

export interface PreResult {
  reads: RowRead[];
  periods: Period[];
  colLabels: string[];
  /** Found the 2014 national rows (政务微博/微信, 专职人员 …) rather than a local table. */
  national: boolean;
  /** Rows inside the table whose label matches no row well enough. */
  unmapped: UnmappedRow[];
  log: string[];
}

const YEAR_HEADER = /(?:\d{4}\s*年度?|本年度|本期实际|年末统计|统计数|数量)/;

/** Split a printed unit off the end of a label (`主动公开信息数条` -> `主动公开信息数`, `条`). */
function splitUnit(label: string): { label: string; unit: string } {
  const trimmed = label.replace(/[\s|]+$/, '');
  for (const unit of UNIT_WORDS) {
    if (trimmed.endsWith(unit) && trimmed.length > unit.length + 1) {
      return { label: trimmed.slice(0, -unit.length), unit };
    }
  }
  return { label: trimmed, unit: '' };
}

export function readPre2019(rows: RawRow[]): PreResult {
  const log: string[] = [];
  const dataRows = rows.filter((r) => r.cells.length > 0);

  // Match rows in order; the table ends at the first long prose line after some matched rows.
  const matched: {
    row: RawRow;
    label: string;
    unit: string;
    match: { row: PreRow; piece: string };
  }[] = [];
  const unmatched: RawRow[] = [];
  let section: string | null = null;
  for (const row of dataRows) {
    if (isSentenceClause(row, rows[row.index + 1])) {
      // `通过政府网站公开政府信息数131条，…`: a sentence quoting a row label is prose, read (if at
      // all) by the narrative grammar as a text figure, never a table cell.
      log.push(`统计表: '${rowText(row).trim().slice(-20)}…' is a sentence, not a row`);
      continue;
    }
    const { label, unit } = splitUnit(rowText(row));
    const match = bestRow(label, section);
    if (!match.row) {
      if (matched.length >= 3 && labelTail(label).length > 40) break;
      unmatched.push(row);
      continue;
    }
    if (PRE2019_SECTIONS.has(match.row.metric)) section = match.row.metric;
    matched.push({ row, label, unit, match: { row: match.row, piece: match.piece } });
  }

  const first = matched[0]?.row;
  const headerText = rows
    .slice(0, first ? first.index + 1 : 0)
    .map((r) => rowText(r) + ' ' + r.cells.map((c) => c.text).join(' '))
    .join(' ')
    .replace(/\s+/g, '');
  const cumulative = CUMULATIVE_HEADERS.find((h) => headerText.includes(h));
  const periods: Period[] = cumulative ? ['year', 'cumulative'] : ['year'];
  const yearHeader = YEAR_HEADER.exec(headerText)?.[0] ?? '';
  const colLabels: string[] = cumulative ? [yearHeader || '本年度', cumulative] : [yearHeader];

  // Two column headers but one value per row, some a single digit (so not two cells run
  // together): the table fills only the first column (the year).
  const numberRows = matched.map((m) => m.row).filter((r) => r.cells.some((c) => c.kind === 'num'));
  const oneColumn =
    periods.length === 2 &&
    numberRows.length > 0 &&
    numberRows.every((r) => r.cells.length === 1) &&
    numberRows.some((r) => (r.cells[0]!.digits ?? '').length === 1);
  if (oneColumn) {
    periods.splice(1);
    colLabels.splice(1);
    log.push(
      '统计表: one value per row under two column headers: read as the first (year) column only',
    );
  }

  const reads: RowRead[] = [];
  const matchedRows = new Set(matched.map((m) => m.row));
  const floats = placeFloats(rows, (row) => (matchedRows.has(row) ? periods.length : null));
  for (const { row, label, unit, match } of matched) {
    const metric = match.row.metric;
    if (reads.some((r) => r.slots[0]!.metric === metric)) {
      log.push(`统计表: second row for ${metric} ('${label.trim().slice(-20)}') ignored`);
      continue;
    }
    // No identity links a row's year and cumulative cells (历年累计 ≥ 本年 is only a preference):
    // a floating cell beside a row short of one leaves the row ambiguous, never placed.
    const cells = readCells(row, periods.length, {
      floatNearby: floats.taken.has(row) || floats.unplaced.has(row),
    });
    const [labelStart, labelEnd] = labelSpan(row, match.piece);
    reads.push({
      ...cells,
      id: `P:${metric}`,
      table: 'P',
      slots: periods.map((period, i) => ({
        metric,
        applicant: 'all',
        period,
        colLabel: colLabels[i] ?? '',
      })),
      labelRaw: match.piece.replace(/\s+/g, ' ').trim(),
      labelStart,
      labelEnd,
      unitRaw: unit,
    });
    const money = (u: string) => u === '元' || u === '万元';
    const canonical = canonicalUnit(metric);
    if (unit && canonical && unit !== canonical && (money(unit) || money(canonical))) {
      log.push(`统计表: ${metric} printed in ${unit}, catalogue unit ${canonical}`);
    }
  }
  const national = reads.some((r) =>
    /^(pro_via_weibo|pro_via_wechat|staff_full_time|resp_hotspots)$/.test(r.slots[0]!.metric),
  );
  const unmapped = unmappedRows(
    'P',
    unmatched,
    matched.map((m) => m.row.index),
    (row) => bestRow(splitUnit(rowText(row)).label, null).nearest,
  ).map((u) => ({ ...u, ...splitUnit(u.label) }));
  for (const u of unmapped) log.push(`统计表: unmapped row '${u.label.slice(-30)}'`);
  return { reads, periods, colLabels, national, unmapped, log };
}

/** The last numbered piece of a label, whitespace removed. */
function labelTail(label: string): string {
  return (labelPieces(label).at(-1) ?? label).replace(/\s+/g, '');
}

function rowText(row: RawRow): string {
  return row.labels.map((t) => t.text).join('');
}

/** Best catalogue row for a label; ties between rows printed under several sections go to `section`. */
function bestRow(
  label: string,
  section: string | null,
): { row: PreRow | null; piece: string; nearest: { metric: string; score: number } | null } {
  let best: { row: (typeof PRE2019_ROWS)[number] | null; score: number; piece: string } = {
    row: null,
    score: 0,
    piece: '',
  };
  for (const row of PRE2019_ROWS) {
    const { score, piece } = scoreLabel(label, row.keys);
    const contextual = row.parent ? (row.parent === section ? 0.001 : -0.001) : 0;
    if (score + contextual > best.score) best = { row, score: score + contextual, piece };
  }
  const nearest = best.row
    ? { metric: best.row.metric, score: Math.round(best.score * 100) / 100 }
    : null;
  // 0.9: an exact label, its family form, or the label at the end of a longer run (header text in front).
  return best.score >= 0.9
    ? { row: best.row, piece: best.piece, nearest }
    : { row: null, piece: '', nearest };
}
