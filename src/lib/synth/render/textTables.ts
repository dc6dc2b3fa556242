/**
 * Tables flattened to text the ways real pages flatten them (SOURCES.md §B): one cell per line
 * with blank lines (E1, E13), a cell per line with a trailing ` |` (E5), a `|` line between cells
 * (E12), ` | `-separated rows (E11), markdown tables, space-separated rows, or a whole table on one
 * line with spaces between cells (the 平潭 2011 crawl). Group labels spanning
 * rows are printed on their first row only, as a flattened HTML table prints them.
 */
import type { StyleId, SynthBlock, SynthRow, SynthTable } from '../types.ts';
import type { TextWriter } from './writer.ts';

export type TextStyle = Exclude<StyleId, 'html'>;

/** A row as printed items: labels (with the note for one-line styles), unit, then cells. */
type Item = { label: string } | { cell: SynthRow['cells'][number] } | { empty: true };

function items(row: SynthRow, noteInline: boolean, emptyForSection: boolean): Item[] {
  const out: Item[] = row.lead.map((l) => ({ label: l.text }));
  if (row.note) {
    if (noteInline && out.length) {
      const last = out.pop() as { label: string };
      out.push({ label: last.label + row.note });
    } else out.push({ label: row.note });
  }
  if (row.unit !== undefined) out.push(row.cells.length ? { label: row.unit } : { empty: true });
  if (row.cells.length === 0 && emptyForSection) out.push({ empty: true });
  for (const cell of row.cells) out.push({ cell });
  return out;
}

function headerTexts(block: SynthBlock): string[][] {
  return block.header.map((r) => r.map((h) => h.text));
}

/** One item per line, with `sep` written between items (and `end` after each). */
function linewise(w: TextWriter, table: SynthTable, sep: string, end: string, empty: string): void {
  for (const block of table.blocks) {
    if (block.title) w.write(block.title + end + sep);
    for (const row of headerTexts(block)) for (const h of row) w.write(h + end + sep);
    for (const row of block.rows) {
      for (const item of items(row, false, true)) {
        if ('cell' in item) w.cell(item.cell);
        else w.write('label' in item ? item.label : empty);
        w.write(end + sep);
      }
    }
  }
}

/** One row per line, items joined by `join`, each row ended by `end` and `newline`. */
function rowwise(
  w: TextWriter,
  table: SynthTable,
  join: string,
  end: string,
  markdown: boolean,
  newline = '\n',
): void {
  for (const block of table.blocks) {
    const width = Math.max(
      ...block.rows.map((r) => items(r, true, markdown).length),
      ...headerTexts(block).map((r) => r.length),
    );
    const line = (list: Item[]) => {
      const padded = markdown
        ? [...list, ...Array(width - list.length).fill({ empty: true })]
        : list;
      if (markdown) w.write('| ');
      padded.forEach((item, i) => {
        if (i > 0) w.write(join);
        if ('cell' in item) w.cell(item.cell);
        else if ('label' in item) w.write(item.label);
      });
      w.write(end + newline);
    };
    if (block.title) line([{ label: block.title }]);
    headerTexts(block).forEach((row, i) => {
      line(row.map((label) => ({ label })));
      if (markdown && i === 0) w.write('|' + '---|'.repeat(width) + '\n');
    });
    if (markdown && block.header.length === 0) {
      line([]);
      w.write('|' + '---|'.repeat(width) + '\n');
    }
    for (const row of block.rows) line(items(row, true, markdown));
    if (markdown) w.write('\n');
  }
}

export const TEXT_TABLES: Readonly<Record<TextStyle, (w: TextWriter, t: SynthTable) => void>> = {
  cellPerLine: (w, t) => linewise(w, t, '\n\n', '', '  '),
  trailingPipe: (w, t) => linewise(w, t, '', ' |\n', ''),
  pipeLine: (w, t) => linewise(w, t, '|\n', '\n', ''),
  pipes: (w, t) => rowwise(w, t, ' | ', ' |', false),
  markdown: (w, t) => rowwise(w, t, ' | ', ' |', true),
  spaced: (w, t) => rowwise(w, t, ' ', '', false),
  oneLine: (w, t) => rowwise(w, t, ' ', '', false, ' '),
};
