import { describe, expect, it } from 'vitest';
import {
  CHECK_COLUMNS,
  FACT_COLUMNS,
  REPORT_COLUMNS,
  toCsv,
} from '../../../src/lib/extract/csv.ts';

interface Row {
  a: unknown;
  b: unknown;
}
const columns: (keyof Row)[] = ['a', 'b'];

describe('toCsv', () => {
  it.each([
    { call: "toCsv(['a','b'], [{a:'x', b:1}])", a: 'x', b: 1, line: 'x,1' },
    { call: 'toCsv(…, a comma)', a: '1,234', b: '', line: '"1,234",' },
    {
      call: 'toCsv(…, a quote)',
      a: '危及“三安全一稳定” "x"',
      b: 'y',
      line: '"危及“三安全一稳定” ""x""",y',
    },
    { call: 'toCsv(…, a newline)', a: '第一行\n第二行', b: 2, line: '"第一行\n第二行",2' },
    { call: 'toCsv(…, a carriage return)', a: 'a\rb', b: 2, line: '"a\rb",2' },
    { call: 'toCsv(…, null and undefined)', a: null, b: undefined, line: ',' },
    { call: 'toCsv(…, booleans)', a: true, b: false, line: 'true,false' },
    { call: 'toCsv(…, decimals and zero)', a: 5125.11, b: 0, line: '5125.11,0' },
    {
      call: 'toCsv(…, CJK without quoting)',
      a: '二道区人民政府',
      b: '件',
      line: '二道区人民政府,件',
    },
  ])('$call', ({ a, b, line }) => {
    expect(toCsv(columns, [{ a, b }])).toBe(`a,b\n${line}\n`);
  });

  it('toCsv(columns, []) is the header line only', () => {
    expect(toCsv(columns, [])).toBe('a,b\n');
  });

  it('toCsv(columns, rows) writes one line per row in column order', () => {
    expect(
      toCsv(['b', 'a'] as (keyof Row)[], [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ]),
    ).toBe('b,a\n2,1\n4,3\n');
  });

  it('the CSV contract keeps the METRICS §2 columns in front', () => {
    expect(FACT_COLUMNS.slice(0, 9)).toEqual([
      'report_id',
      'metric_id',
      'applicant_type',
      'period',
      'source',
      'qualifier',
      'value',
      'value_raw',
      'value_status',
    ]);
    expect(REPORT_COLUMNS[0]).toBe('report_id');
    expect(CHECK_COLUMNS.slice(0, 3)).toEqual(['report_id', 'check_id', 'applicant_type']);
  });
});
