/**
 * A copy that starts inside a table (page 9 of a flip-book, a page cut from a PDF): no heading or
 * column header marks the table, but its first lines are rows that carry their own labels. Which
 * table it is comes from those labels; the rows before the first one are cut off, never invented.
 */
import { readPre2019 } from './readPre2019.ts';
import { readT3 } from './readT3.ts';
import { buildRows } from './rows.ts';
import { tokenize } from './tokenize.ts';

/** The table a text starts inside: its first row read lies this close to the start … */
const NEAR_START = 200;
/** … and at least this many rows of the table follow, in its order … */
const MIN_ROWS = 3;
/** … within this many characters (the rest of a long text need not be read to tell). */
const LOOK_AHEAD = 4000;

export type StartsInside = 'T3' | 'P';

/**
 * Which table the text starts inside, from the rows it begins with; null when it does not begin
 * with rows of a table (a whole report, prose, or a table that a heading announces).
 */
export function tableAtStart(text: string): StartsInside | null {
  const lead = text.length - text.trimStart().length;
  const rows = buildRows(tokenize(text, 0, Math.min(text.length, lead + LOOK_AHEAD)));
  const near = (start: number) => start - lead <= NEAR_START;
  const t3 = readT3(rows).reads.filter((r) => r.labelRaw !== '');
  if (t3.length >= MIN_ROWS && near(t3[0]!.labelStart)) return 'T3';
  const pre = readPre2019(rows).reads;
  if (pre.length >= MIN_ROWS && near(Math.min(...pre.map((r) => r.labelStart)))) return 'P';
  return null;
}
