/**
 * facts.csv rows of a generated report, without extracting it: every printed cell (in the order
 * the extractor emits them: table 三, 二, 四, then the 统计表), the derived cells of table 三, and
 * the narrative figures, each with the offsets, source line and label of the rendered text.
 */
import { canonicalUnit } from '../../extract/catalogue.ts';
import { sourceContext } from '../../extract/context.ts';
import { T3_COLUMNS } from '../../extract/grammar/t3.ts';
import { T4_COLUMN_LABELS } from '../../extract/grammar/t4.ts';
import type { Fact } from '../../extract/types.ts';
import { derivedT3 } from '../derived.ts';
import { mirrorLabel } from '../render/traditional.ts';
import type { TextWriter } from '../render/writer.ts';
import { printedCells, tablesOf } from '../tableCells.ts';
import { filledTables, readCell, type CellReading } from '../zeros.ts';
import type { StyleId, SynthReport, SynthTable } from '../types.ts';

const ORDER: SynthTable['kind'][] = ['T3', 'T2', 'T4', 'P'];
const NOTE_ON_ITS_LINE = new Set<StyleId>(['cellPerLine', 'trailingPipe', 'pipeLine', 'html']);

/** The extractor's notes on cells it imputes or derives (finalize.ts). */
const NOTES: Partial<Record<CellReading['status'], (raw: string) => string>> = {
  imputed_zero: (raw) =>
    `${raw === '' ? 'blank' : 'dash'} cell in a filled table: 0 by rule (METRICS.md §4.3)`,
  derived: () =>
    'total cell printed empty: derived as the sum of the six columns (METRICS.md §4.3)',
};

/** A fact in the column order of facts.csv (one object shape for all: no spreads, cheap at scale). */
function fact(
  reportId: string,
  metric: string,
  applicant: Fact['applicant_type'],
  period: Fact['period'],
  source: Fact['source'],
  value: number | null,
  raw: string,
  status: Fact['value_status'],
  unitRaw: string,
  label: string,
  colLabel: string,
  start: number | null,
  end: number | null,
  context: string,
  note: string,
): Fact {
  return {
    report_id: reportId,
    metric_id: metric,
    applicant_type: applicant,
    period,
    source,
    qualifier: '',
    value,
    value_raw: raw,
    value_status: status,
    unit: canonicalUnit(metric),
    unit_raw: unitRaw,
    label_raw: label,
    col_label_raw: colLabel,
    char_start: start,
    char_end: end,
    confidence: status === 'imputed_zero' ? 0.8 : 1,
    context,
    note,
  };
}
const T3_HEADER = new Map(T3_COLUMNS.map((c) => [c.applicant, c.header]));

export function reportFacts(report: SynthReport, w: TextWriter): Fact[] {
  const raw = w.text();
  const filled = filledTables(report.blocks);
  const noteSep = NOTE_ON_ITS_LINE.has(report.style) ? ' ' : '';
  // Labels and units come from the text as printed: a mirror prints them in traditional characters.
  const mirrored = (s: string) => (w.traditional ? mirrorLabel(s) : s);
  const simplified = w.traditional ? w.simplified() : raw;
  const at = new Map(w.cells.map((p) => [p.cell, p]));
  const facts: Fact[] = [];
  const tables = tablesOf(report.blocks).sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );
  for (const table of tables) {
    for (const block of table.blocks) {
      const periods = (block.header[0] ?? []).slice(2).map((h) => h.text);
      for (const row of block.rows) {
        // The extractor keeps a label from its item number on (`其中：1.网站公开` -> `1.网站公开`,
        // `2020年本行政区域…` -> `本行政区域…`); a note on a line of its own joins after a space.
        const label = mirrored(
          ((row.lead.at(-1)?.text ?? '') + (row.note ? noteSep + row.note : ''))
            .replace(/^其中[:：](?=\d)/, '')
            .replace(/^\d{4}年(?=本行政区域)/, ''),
        );
        const inWan = (block.header[0] ?? []).some((h) => /单位[:：]万元/.test(h.text));
        for (let i = 0; i < row.cells.length; i++) {
          const cell = row.cells[i]!;
          const place = at.get(cell);
          const read = readCell(cell, table.kind, filled);
          const colLabel =
            table.kind === 'T3'
              ? T3_HEADER.get(cell.applicant)!
              : table.kind === 'T4'
                ? T4_COLUMN_LABELS[i]!
                : table.kind === 'P'
                  ? periods[i]!
                  : '';
          facts.push(
            fact(
              report.stem,
              cell.metric,
              cell.applicant,
              cell.period,
              'table',
              read.value,
              cell.printed,
              read.status,
              table.kind === 'P'
                ? mirrored(row.unit ?? '')
                : (/(元|条)$/.exec(cell.printed)?.[1] ?? (inWan ? '万元' : '')),
              label,
              colLabel,
              place?.start ?? null,
              place?.end ?? null,
              place ? sourceContext(raw, place.start, place.end) : '',
              NOTES[read.status]?.(cell.printed) ?? '',
            ),
          );
        }
      }
    }
  }
  if ((report.format === 't2019' || report.format === 't2021') && filled.has('T3')) {
    for (const d of derivedT3(printedCells(report.blocks), report.format))
      facts.push(
        fact(
          report.stem,
          d.metric,
          d.applicant,
          'year',
          'table',
          d.value,
          '',
          'derived',
          '',
          '',
          '',
          null,
          null,
          '',
          d.note,
        ),
      );
  }
  const marks = new Map<string, { start: number; end: number }>();
  for (const m of w.figures) if (!marks.has(m.metric)) marks.set(m.metric, m);
  const stated = report.text
    .map((f) => ({ f, m: marks.get(f.metric)! }))
    .sort((a, b) => a.m.start - b.m.start);
  for (const { f, m } of stated)
    facts.push(
      fact(
        report.stem,
        f.metric,
        'all',
        'year',
        'text',
        f.value,
        // The reader takes a narrative figure from its normalised (simplified) text.
        simplified.slice(m.start, m.end),
        'reported',
        f.metric === 'info_processing_fee' && f.value > 0 ? '元' : '',
        '',
        '',
        m.start,
        m.end,
        sourceContext(raw, m.start, m.end),
        '',
      ),
    );
  return facts;
}
