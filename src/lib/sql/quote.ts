/** The one way identifiers and our own constants enter SQL text; user values are bound instead. */

/** Quotes a SQL identifier (table, column, view name) for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a constant the app itself defines (a file name, a crosswalk id) as a SQL string literal.
 * Never use it for a value from the URL or a form: bind those as parameters.
 */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `?, ?, ?` for an IN list of n bound parameters (at least one, so the SQL stays valid). */
export function placeholders(n: number): string {
  return Array.from({ length: Math.max(n, 1) }, () => '?').join(', ');
}
