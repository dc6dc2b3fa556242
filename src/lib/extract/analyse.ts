/**
 * First pass over one report: normalise, read metadata, locate and read the tables, find the
 * narrative figures. Its result is what `finalize` turns into facts and checks (and what the
 * cross-report pass narrows before finalising again).
 */
import { readMetadata, type Metadata } from './metadata.ts';
import { findNarrative, type NarrativeFigure } from './narrative.ts';
import { normalizeText, hasTraditional, type NormalizedText } from './normalize.ts';
import { readPre2019 } from './readPre2019.ts';
import { readT2 } from './readT2.ts';
import { readT3 } from './readT3.ts';
import { readT4 } from './readT4.ts';
import { findRegions } from './regions.ts';
import { tableAtStart, type StartsInside } from './tableAtStart.ts';
import type { RowRead } from './rowRead.ts';
import { buildRows } from './rows.ts';
import { tokenize } from './tokenize.ts';
import type { TemplateId } from './templates/index.ts';
import type { Period } from './types.ts';
import type { UnmappedRow } from './unmapped.ts';

export interface Analysis {
  raw: string;
  norm: NormalizedText;
  meta: Metadata;
  reads: RowRead[];
  /** Template of each table found; null when its rows do not tell. */
  formats: { P?: 'pre2019'; T2?: TemplateId | null; T3?: TemplateId | null; T4?: boolean };
  periods: Period[];
  /** Table rows whose label matches no template row (kept as `unmapped` facts). */
  unmapped: UnmappedRow[];
  /** Metrics of template rows that were not found (table 三), and where the text cut them off. */
  missing: { metric: string; truncated: 'start' | 'end' | null }[];
  national: boolean;
  traditional: boolean;
  textTruncated: boolean;
  /** The text starts inside this table (a fragment): the rows before its first are cut off. */
  startsInside: StartsInside | null;
  figures: NarrativeFigure[];
  hintFigures: NarrativeFigure[];
  tableSpans: [number, number][];
  log: string[];
}

export function analyse(raw: string): Analysis {
  const norm = normalizeText(raw);
  const text = norm.text;
  const meta = readMetadata(text);
  const log = [...meta.log];
  let regions = findRegions(text);
  // No table announced: the text may start inside one (its first lines are labelled rows).
  const startsInside =
    regions.t2 || regions.t3 || regions.pre ? null : tableAtStart(text.slice(meta.bodyStart));
  if (startsInside) {
    regions = findRegions(text.slice(meta.bodyStart), startsInside);
    for (const r of Object.values(regions)) {
      r[0] += meta.bodyStart;
      r[1] += meta.bodyStart;
    }
    log.push(`the text starts inside table ${startsInside === 'T3' ? '三' : '统计表'}`);
  }
  const reads: RowRead[] = [];
  const formats: Analysis['formats'] = {};
  const missing: Analysis['missing'] = [];
  const unmapped: UnmappedRow[] = [];
  const tableSpans: [number, number][] = [];
  let periods: Period[] = ['year'];
  let national = false;
  let lastCell = 0;

  if (regions.t3) {
    const rows = buildRows(tokenize(text, regions.t3[0], regions.t3[1]));
    const t3 = readT3(rows);
    reads.push(...t3.reads);
    formats.T3 = t3.format;
    log.push(...t3.log);
    // A loop, not Math.max(...cells): a hostile page can have more cells than a call has arguments.
    for (const row of rows) for (const cell of row.cells) lastCell = Math.max(lastCell, cell.end);
    missing.push(
      ...t3.missing.map((m) => ({
        metric: m.metric,
        truncated: m.afterLast ? ('end' as const) : m.beforeFirst ? ('start' as const) : null,
      })),
    );
    tableSpans.push(regions.t3);
  }
  if (regions.t2) {
    const rows = buildRows(tokenize(text, regions.t2[0], regions.t2[1]));
    const t2 = readT2(rows, formats.T3 ?? null);
    reads.push(...t2.reads);
    unmapped.push(...t2.unmapped);
    formats.T2 = t2.format ?? (t2.reads.length ? (formats.T3 ?? null) : null);
    log.push(...t2.log);
    tableSpans.push(regions.t2);
  }
  if (formats.T3 === null && formats.T2) formats.T3 = formats.T2;
  if (regions.t4) {
    const { read, end } = readT4(tokenize(text, regions.t4[0], regions.t4[1]), text.length);
    if (read) {
      reads.push(read);
      formats.T4 = true;
      lastCell = Math.max(lastCell, end);
    }
    tableSpans.push([regions.t4[0], end]);
  }
  if (regions.pre) {
    const rows = buildRows(tokenize(text, regions.pre[0], regions.pre[1]));
    const pre = readPre2019(rows);
    if (pre.reads.length > 0) {
      reads.push(...pre.reads);
      unmapped.push(...pre.unmapped);
      formats.P = 'pre2019';
      periods = pre.periods;
      national = pre.national;
      const end = Math.max(...pre.reads.flatMap((r) => r.candidates[0]!.map((c) => c.end ?? 0)));
      tableSpans.push([regions.pre[0], Math.max(end, regions.pre[0])]);
      lastCell = end;
    }
    log.push(...pre.log);
  }

  // The text ends inside the tables when table 四 never comes and nothing after the tables does
  // (no later section heading), or when little but whitespace follows the last cell read.
  const tablesStart = regions.t2?.[0] ?? regions.t3?.[0] ?? text.length;
  const laterSection = /五、|存在的主要问题|其他需要报告|改进情况/.test(
    text.slice(Math.max(lastCell, tablesStart)),
  );
  const tail = text.slice(lastCell).replace(/\s+/g, '');
  const textTruncated =
    (formats.T3 !== undefined || formats.T2 !== undefined) &&
    !formats.T4 &&
    (tail.length < 40 || !laterSection);
  // Rows after the last row read were never reached, nor rows before the first when the text
  // starts inside the table; rows missing in between simply are not there.
  for (const m of missing)
    if (
      (m.truncated === 'end' && !textTruncated) ||
      (m.truncated === 'start' && startsInside !== 'T3')
    )
      m.truncated = null;

  let figures = findNarrative(text, tableSpans);
  if (reads.some((r) => r.id === 'P:fees_collected')) {
    // The 统计表 prints 依申请公开信息收取的费用: the prose's fee sentence restates that row.
    figures = figures.filter((f) => f.metric !== 'info_processing_fee');
  }
  const hintFigures = findNarrative(text, tableSpans, true);
  return {
    raw,
    norm,
    meta,
    reads,
    formats,
    periods,
    unmapped,
    missing,
    national,
    traditional: hasTraditional(raw),
    textTruncated,
    startsInside,
    figures,
    hintFigures,
    tableSpans,
    log,
  };
}
