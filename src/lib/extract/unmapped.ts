/**
 * Table rows whose label matches no row of the template well enough. They are kept, with their
 * label and printed numbers, as `unmapped` facts without a metric: a label worded like no known
 * variant is never given to the nearest metric by guess, and its numbers are not lost either.
 */
import { labelSpan } from './labelSpan.ts';
import { labelCore, labelForm, labelPieces } from './labels.ts';
import type { RawRow } from './rows.ts';
import type { TableId } from './templates/types.ts';
import type { Token } from './tokenize.ts';

export interface UnmappedRow {
  table: TableId;
  /** The label's last numbered piece, as in the normalised text. */
  label: string;
  labelStart: number;
  labelEnd: number;
  /** Its number cells, in order. */
  cells: Token[];
  /** A unit printed in the row's unit column (`件`), split off the label. */
  unit: string;
  /** The closest row of the template and its score (below the bar), for the note. */
  nearest: { metric: string; score: number } | null;
  /** `label`: worded like no row; `template`: a known row whose cells differ between templates, in a table that does not say its template. */
  why: 'label' | 'template';
}

/** Longest label piece a table row has; longer ones are prose that happens to hold a number. */
const MAX_LABEL = 40;
/** Sentence punctuation (after NFKC): a table label has none. */
const SENTENCE = /[,;。!?]/;

/**
 * Of the rows a reader matched to nothing (`unmatched`), those that hold a number, read like a
 * table label, and sit between the first and last matched rows (`matched`, row indexes): inside
 * the table, so neither a heading above it nor the prose after it. A row of a known label whose
 * template is the question (`why` = `template`) is in the table wherever it is.
 */
export function unmappedRows(
  table: TableId,
  unmatched: readonly RawRow[],
  matched: readonly number[],
  nearest: (row: RawRow) => UnmappedRow['nearest'],
  why: (row: RawRow) => UnmappedRow['why'] = () => 'label',
): UnmappedRow[] {
  let first = Infinity;
  let last = -Infinity;
  for (const i of matched) [first, last] = [Math.min(first, i), Math.max(last, i)];
  const out: UnmappedRow[] = [];
  for (const row of unmatched) {
    const reason = why(row);
    if (reason === 'label' && (row.index <= first || row.index >= last)) continue;
    const cells = row.cells.filter((c) => c.kind === 'num');
    if (!cells.length || !row.labels.length) continue;
    const joined = row.labels.map((t) => t.text).join('');
    const label = (labelPieces(joined).at(-1) ?? joined).trim();
    // A label of its own (not a bare `其中:` left by an item number read as a cell), not prose.
    if (labelForm(labelCore(label)).length < 2 || label.length > MAX_LABEL || SENTENCE.test(label))
      continue;
    const [labelStart, labelEnd] = labelSpan(row, label);
    out.push({
      table,
      label,
      labelStart,
      labelEnd,
      cells,
      unit: '',
      nearest: nearest(row),
      why: reason,
    });
  }
  return out;
}
