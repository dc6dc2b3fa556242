import { describe, expect, it } from 'vitest';
import type { ReportFactRow } from '../../../src/lib/sql/reportQuery.ts';
import { unmappedRows } from '../../../src/lib/state/unmappedRows.ts';
import { reportFactRow } from './reportFactRow.ts';

const fact = (over: Partial<ReportFactRow>) =>
  reportFactRow({ value_raw: '', value_status: 'unmapped', ...over });

describe('unmappedRows', () => {
  it('unmappedRows(figures) keeps the unmapped ones, a row each, in row and column order', () => {
    const rows = unmappedRows([
      fact({ qualifier: 'row 10', value_raw: '7', label_raw: '十', context: '… 十 7 …' }),
      fact({ metric_id: 'app_received', value: 3, value_raw: '3', value_status: 'reported' }),
      fact({ qualifier: 'row 2 cell 2', value_raw: '5' }),
      fact({ qualifier: 'row 2 cell 1', value_raw: '4', label_raw: '2.信息涉密', note: 'n' }),
      fact({ qualifier: 'row 1', period: 'cumulative', value_raw: '12' }),
      fact({ qualifier: 'row 1', value_raw: '0', label_raw: '1.在办', context: '1.在办件0' }),
    ]);
    expect(rows).toEqual([
      {
        row: 1,
        label: '1.在办',
        numbers: [
          { raw: '0', period: 'year' },
          { raw: '12', period: 'cumulative' },
        ],
        context: '1.在办件0',
        note: null,
      },
      {
        row: 2,
        label: '2.信息涉密',
        numbers: [
          { raw: '4', period: 'year' },
          { raw: '5', period: 'year' },
        ],
        context: null,
        note: 'n',
      },
      {
        row: 10,
        label: '十',
        numbers: [{ raw: '7', period: 'year' }],
        context: '… 十 7 …',
        note: null,
      },
    ]);
  });

  it('unmappedRows(no unmapped figure) is empty', () =>
    expect(unmappedRows([fact({ value_status: 'reported', metric_id: 'x' })])).toEqual([]));
});
