import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell, unescapeCell } from '../../../src/lib/csv/escapeCell.ts';
import { CsvSyntaxError, readCsv, readCsvRecords } from '../../../src/lib/csv/readCsv.ts';
import { writeCsv } from '../../../src/lib/csv/writeCsv.ts';
import { createTableFromCsv } from '../../../src/lib/sql/tables.ts';

describe('escapeCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 591', "'+86 591"],
    ['-->注释', "'-->注释"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'x", "'x"],
    ['-20', '-20'],
    ['+3.5', '+3.5'],
    ['二道区', '二道区'],
    ['', ''],
    [2841, 2841],
    [-20, -20],
    [null, null],
    [true, true],
  ])('escapeCell(%j) is %j', (value, want) => {
    expect(escapeCell(value)).toBe(want);
  });

  it('unescapeCell(escapeCell(s)) is s for every string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.constantFrom("'", "''", '=', '+', '-', '@', '\t', '\r', '-1'), fc.string())
            .map(([a, b]) => a + b),
        ),
        (s) => unescapeCell(escapeCell(s) as string) === s,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('writeCsv and readCsv', () => {
  it('writeCsv quotes commas, quotes and line breaks and escapes risky text', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['=1+1', -3],
          ['x,"y"\nz', null],
        ],
        (r) => r,
      ),
    ).toBe(`a,b\n'=1+1,-3\n"x,""y""\nz",\n`);
  });

  it('readCsvRecords names the line each record starts on', () => {
    const records = readCsvRecords('a,b\n"1\n2",3\n4,5\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.cells).toEqual(['1\n2', '3']);
  });

  it.each([
    ['a,b\n"x,1\n', 2, 'never closed'],
    ['a,b\n"x"y,1\n', 2, 'after a closing quote'],
  ])('readCsvRecords(%j) throws at line %d (%s)', (text, line, what) => {
    try {
      readCsvRecords(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as Error).message).toContain(what);
    }
  });

  it('readCsvRecords keeps a quote inside an unquoted cell as a character, and skips no blank line', () => {
    expect(readCsvRecords('a,b\nx"y,1\n').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x"y', '1'],
    ]);
    const records = readCsvRecords('\uFEFFa,b\r\n1,2\r\n\r\n3,4');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', '4']],
    ]);
  });

  it('readCsv(writeCsv(rows)) gives the rows back, and papaparse reads the same cells (escaped)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=cmd|x', '-->', '@a', '\tb', "'=c", '-20', '中文,"引号"\n第二行'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 8 }), (rows) => {
        const text = writeCsv(['x', 'y'], rows, (r) => r);
        const back = readCsv(text).map((r) => [r.x, r.y]);
        expect(back).toEqual(rows);
        const papa = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data.slice(
          1,
          rows.length + 1,
        );
        expect(papa).toEqual(rows.map((r) => r.map((c) => escapeCell(c))));
      }),
      { numRuns: 500 },
    );
  });

  it('createTableFromCsv undoes the escape in DuckDB, numbers untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-csv-'));
    try {
      const path = join(dir, 'checks.csv');
      const rows = [
        ['r1', '=HYPERLINK("x")', -7, '-->注释'],
        ['r2', "'=already", 3.5, "'plain"],
      ];
      const header = ['report_id', 'check_id', 'delta', 'note'];
      writeFileSync(
        path,
        writeCsv(header, rows, (r) => r),
      );
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      await conn.run(createTableFromCsv('checks', path, header));
      const got = (await conn.runAndReadAll('SELECT * FROM checks ORDER BY report_id')).getRows();
      expect(got).toEqual(rows);
      conn.closeSync();
      db.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
