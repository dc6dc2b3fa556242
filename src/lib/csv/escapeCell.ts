/**
 * Formula-injection escape of CSV text cells, shared by every CSV the project writes and undone by
 * every reader of its own CSVs. A text cell starting with `= + - @`, a tab or a carriage return
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of running it. Numbers are
 * never altered, nor are text cells that are plain numbers (a printed `-20` stays a number).
 */

/** Cells the escape applies to: optional apostrophes, then a character a spreadsheet runs. */
const RISKY = /^'*[=+\-@\t\r]/;
/** What `escapeCell` writes for a risky cell: at least one apostrophe, then the risky character. */
const ESCAPED = /^'+[=+\-@\t\r]/;
/** A whole cell that is a plain decimal number: a spreadsheet reads it as a number, never runs it. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The cell as written: an apostrophe in front of a risky text cell. Cells that already start with
 * apostrophes before a risky character get one more, so `unescapeCell` restores every cell exactly.
 */
export function escapeCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return RISKY.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `escapeCell` on a text cell read back from one of our CSVs. */
export function unescapeCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/**
 * The same undo as a regular expression (RE2 syntax) for SQL readers: the match minus its first
 * character is the cell. See `unescapeSql` in src/lib/sql/tables.ts.
 */
export const ESCAPED_CELL_PATTERN = "^'('*[=+\\-@\\t\\r])";
