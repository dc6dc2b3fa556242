import Papa from 'papaparse';

/**
 * Escapes a cell against formula injection: a text cell starting with `= + - @` (or a tab or
 * carriage return) gets a leading apostrophe so spreadsheets show it as text. Numbers stay numbers.
 */
export function escapeCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The rows shown, as CSV text with the given columns in order (header = column labels). */
export function toCsv(
  columns: { key: string; label: string }[],
  rows: Record<string, unknown>[],
): string {
  const data = rows.map((r) => columns.map((c) => escapeCell(r[c.key] ?? '')));
  return Papa.unparse(
    { fields: columns.map((c) => String(escapeCell(c.label))), data },
    { newline: '\n' },
  );
}
