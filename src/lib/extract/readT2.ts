/**
 * Table 二 (第二十条): each printed row by its label; the template of its block (2019 or 2021
 * column headers) decides how many cells it holds and which metrics they are.
 */
import { canonicalUnit } from './catalogue.ts';
import { SIGNED_METRICS, T2_ROWS } from './grammar/t2.ts';
import { labelSpan } from './labelSpan.ts';
import { scoreLabel } from './labels.ts';
import { readCells } from './readCells.ts';
import type { RowRead } from './rowRead.ts';
import { isSentenceClause, placeFloats, type RawRow } from './rows.ts';
import { templateByMarkers, templatesWith, type TemplateId } from './templates/index.ts';
import { unmappedRows, type UnmappedRow } from './unmapped.ts';

export interface T2Result {
  reads: RowRead[];
  format: TemplateId | null;
  /** Rows inside the table whose label matches no row, or whose cells the template would name. */
  unmapped: UnmappedRow[];
  log: string[];
}

/**
 * The cells of the table 二 row labelled by `keys`: as the table's template prints it; else as the
 * one template that has the row prints it (the label tells); with the template unknown, only when
 * every template with the row agrees. Null: the cells cannot be named without a guess.
 */
function rowMetrics(keys: readonly string[], format: TemplateId | null): readonly string[] | null {
  const holders = templatesWith('T2').flatMap((t) =>
    t.rows.T2.filter((r) => r.keys === keys).map((r) => ({ id: t.id, metrics: r.metrics })),
  );
  const own = holders.find((h) => h.id === format);
  if (own) return own.metrics;
  if (holders.length === 1) return holders[0]!.metrics;
  const first = holders[0]?.metrics.join();
  return !format && holders.every((h) => h.metrics.join() === first) ? holders[0]!.metrics : null;
}

/** Read table 二 from the rows of its region; `seenElsewhere` is the template of table 三. */
export function readT2(rows: RawRow[], seenElsewhere: TemplateId | null): T2Result {
  const log: string[] = [];
  const reads: RowRead[] = [];
  const regionFormat = templateByMarkers(
    'T2',
    rows.flatMap((r) => r.labels.map((t) => t.text)).join(''),
  );
  let blockFormat: TemplateId | null = null;
  let header = '';
  const seen = new Set<number>();
  const matched: number[] = [];
  const unmatched: RawRow[] = [];
  const templateUnknown = new Set<RawRow>();
  const nearest = new Map<RawRow, { metric: string; score: number }>();
  const planned: {
    row: RawRow;
    metrics: readonly string[];
    index: number;
    piece: string;
    headerText: string;
    label: string;
  }[] = [];
  for (const row of rows) {
    const label = row.labels.map((t) => t.text).join('');
    header += label;
    if (row.cells.length === 0 && row.softEmpties === 0) continue;
    if (isSentenceClause(row, rows[row.index + 1])) {
      log.push(`table 二: '${label.trim().slice(-20)}…' is a sentence, not a row`);
      header = '';
      continue;
    }
    let best = { index: -1, score: 0, piece: '' };
    T2_ROWS.forEach((t, i) => {
      const s = scoreLabel(label, t.keys);
      if (s.score > best.score) best = { index: i, score: s.score, piece: s.piece };
    });
    blockFormat = templateByMarkers('T2', header) ?? blockFormat;
    // A unit printed in the column header (本年收费金额（单位：万元）) is read before it is reset.
    const headerText = header;
    header = '';
    const closest = best.index >= 0 ? rowMetrics(T2_ROWS[best.index]!.keys, null) : null;
    if (closest)
      nearest.set(row, { metric: closest[0]!, score: Math.round(best.score * 100) / 100 });
    if (best.score < 0.9) {
      unmatched.push(row);
      continue;
    }
    const metrics = rowMetrics(
      T2_ROWS[best.index]!.keys,
      blockFormat ?? regionFormat ?? seenElsewhere,
    );
    if (!metrics) {
      templateUnknown.add(row);
      unmatched.push(row);
      continue;
    }
    matched.push(row.index);
    planned.push({ row, metrics, index: best.index, piece: best.piece, headerText, label });
  }
  // A floating cell goes to the one row beside it that lacks exactly one of its cells.
  const cellsOf = new Map(planned.map((p) => [p.row, p.metrics.length]));
  const floats = placeFloats(rows, (row) => cellsOf.get(row) ?? null);
  for (const { row, metrics, index, piece, headerText, label } of planned) {
    if (
      seen.has(index) &&
      reads.some((r) => r.slots[0]!.metric === metrics[0] && r.how === 'explicit')
    )
      continue;
    seen.add(index);
    const cells = readCells(row, metrics.length, {
      float: floats.taken.get(row),
      floatNearby: floats.unplaced.has(row),
    });
    const [labelStart, labelEnd] = labelSpan(row, piece);
    const read: RowRead = {
      ...cells,
      id: `T2:${metrics[0]}`,
      table: 'T2',
      slots: metrics.map((metric) => ({ metric, applicant: 'all', period: 'year', colLabel: '' })),
      labelRaw: piece,
      labelStart,
      labelEnd,
      unitRaw:
        /万元/.test(headerText + label) && metrics.some((m) => canonicalUnit(m) === '万元')
          ? '万元'
          : '',
    };
    // A sign is only meaningful in 本年增/减 cells.
    for (const candidate of read.candidates) {
      candidate.forEach((cell, k) => {
        if (cell.value !== null && cell.value < 0 && !SIGNED_METRICS.has(metrics[k]!))
          cell.status = 'ambiguous';
      });
    }
    const existing = reads.findIndex((r) => r.id === read.id);
    if (existing >= 0) reads[existing] = read;
    else reads.push(read);
  }
  const unmapped = unmappedRows(
    'T2',
    unmatched,
    matched,
    (row) => nearest.get(row) ?? null,
    (row) => (templateUnknown.has(row) ? 'template' : 'label'),
  );
  for (const u of unmapped)
    log.push(
      u.why === 'template'
        ? `table 二: template unknown, row '${u.label}' kept unmapped`
        : `table 二: unmapped row '${u.label.slice(-30)}'`,
    );
  return { reads, format: regionFormat ?? blockFormat, unmapped, log };
}
