/**
 * Reader of the project's own CSVs (RFC 4180, as `writeCsv` writes them), by papaparse: records
 * with the line each starts on, text cells unescaped (`unescapeCell`).
 */
import Papa from 'papaparse';
import { unescapeCell } from './escapeCell.ts';

export interface CsvRecord {
  /** 1-based line of the file the record starts on (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** papaparse's quote errors, in the words of this project's messages. */
const QUOTE_ERRORS: Record<string, string> = {
  InvalidQuotes: 'text after a closing quote',
  MissingQuotes: 'a quoted cell is never closed',
};

/**
 * Every record of `text`, the header first; a final line end is optional. Parsed by papaparse
 * (RFC 4180, `,` and `"`; line ends `\n` or `\r\n`); a quote inside an unquoted cell is kept as a
 * character, as spreadsheets write it. Throws CsvSyntaxError with the line a bad record starts on.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let start = 0; // offset of the record being read
  let line = 1; // and its line
  let problem: CsvSyntaxError | null = null;
  // Line ends are counted as `\n`, or as `\r` in a file that has no `\n` (old Mac files).
  const lineEnd = body.includes('\n') ? 10 : 13;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    step: (result, parser) => {
      const error = result.errors.find((e) => e.code in QUOTE_ERRORS);
      if (error) {
        problem = new CsvSyntaxError(line, QUOTE_ERRORS[error.code]!);
        parser.abort();
        return;
      }
      const cursor = result.meta.cursor;
      // The empty record papaparse gives after a final line end is not a record.
      if (!(start === body.length && result.data.length === 1 && result.data[0] === ''))
        records.push({ line, cells: result.data.map(unescapeCell) });
      for (let i = start; i < cursor; i++) if (body.charCodeAt(i) === lineEnd) line++;
      start = cursor;
    },
  });
  if (problem) throw problem;
  return records;
}

/** Rows as objects keyed by the header's column names (missing cells are ''). */
export function readCsv(text: string): Record<string, string>[] {
  const [header, ...body] = readCsvRecords(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ''])));
}
