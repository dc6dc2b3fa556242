import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTableCsv } from '../../../src/lib/csv/checkTableCsv.ts';

const CHECKS_HEADER =
  'report_id,check_id,applicant_type,lhs,rhs,delta,severity,status,note,metric_id,period';

describe('checkTableCsv', () => {
  it.each([
    ['', null, 'the file is empty'],
    ['\n\n', null, 'the file is empty'],
    [
      'report_id,check_id\n',
      1,
      'missing columns applicant_type, lhs, rhs, delta, severity, status, note, metric_id, period',
    ],
    [`${CHECKS_HEADER},note\n`, 1, 'column note appears twice in the header'],
    [`${CHECKS_HEADER}\nr,c,all,1,1,0,hard,pass,"x,y\n`, 2, 'a quoted cell is never closed'],
    [`${CHECKS_HEADER}\nr,c,all,1,1,0,hard,pass\n`, 2, '8 cells, but the header has 11 columns'],
    [
      `${CHECKS_HEADER}\nr,c,all,1,1,0,hard,pass,,,year\nr,c,all,abc,1,0,hard,pass,,,year\n`,
      3,
      'column lhs: "abc" is not a number',
    ],
    [
      `${CHECKS_HEADER}\nr,c,all,1,"1\n2",0,hard,pass,,,year\n`,
      2,
      'column rhs: "1\\n2" is not a number',
    ],
  ])('checkTableCsv(checks, %j) is line %j: %s', (text, line, problem) => {
    expect(checkTableCsv('checks', text)).toEqual({ line, problem });
  });

  it('checkTableCsv(reports, a year that is not a whole number) names the column', () => {
    const header =
      'report_id,issuing_body,body_level,scope,report_year,format_version,status,body_key,' +
      'province,city,district,narrative_signature,text_truncated';
    const row = (year: string, truncated: string) =>
      `r,b,county,own,${year},t2019,ok,k,福建省,福州市,平潭县,00ff,${truncated}`;
    expect(checkTableCsv('reports', `${header}\n${row('2019.5', 'false')}\n`)).toEqual({
      line: 2,
      problem: 'column report_year: "2019.5" is not a whole number',
    });
    expect(checkTableCsv('reports', `${header}\n${row('2019', 'maybe')}\n`)).toEqual({
      line: 2,
      problem: 'column text_truncated: "maybe" is not true or false',
    });
    expect(checkTableCsv('reports', `${header}\n${row('', 'false')}\n`)).toBeNull();
  });

  it.each(['reports', 'facts', 'checks', 'metrics'] as const)(
    'checkTableCsv(%s, the committed data/ file) finds nothing',
    (table) => {
      expect(checkTableCsv(table, readFileSync(`data/${table}.csv`, 'utf8'))).toBeNull();
    },
  );
});
