/**
 * Reader of the project's own CSVs (RFC 4180, as `writeCsv` writes them): records with the line
 * each starts on, text cells unescaped (`unescapeCell`).
 */
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

/** Every record of `text`, the header first; a final line end is optional. Throws CsvSyntaxError. */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  const endCell = () => {
    cells.push(unescapeCell(cell));
    cell = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
          throw new CsvSyntaxError(line, 'text after a closing quote');
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') {
      if (cell !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted cell');
      quoted = true;
    } else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endCell();
      records.push({ line: start, cells });
      cells = [];
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvSyntaxError(start, 'a quoted cell is never closed');
  if (cell !== '' || cells.length > 0) {
    endCell();
    records.push({ line: start, cells });
  }
  return records;
}

/** Rows as objects keyed by the header's column names (missing cells are ''). */
export function readCsv(text: string): Record<string, string>[] {
  const [header, ...body] = readCsvRecords(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ''])));
}
