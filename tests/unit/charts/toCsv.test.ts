import { expect, test } from 'vitest';
import { escapeCell, toCsv } from '../../../src/lib/charts/toCsv.ts';

test.each([
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+20', '+20'],
  ['+20=', "'+20="],
  ['-3', '-3'],
  ['-3 件', "'-3 件"],
  ['@cmd', "'@cmd"],
  ['二道区', '二道区'],
  [2841, 2841],
  [-3, -3],
])('escapeCell(%j) is %j', (value, want) => {
  expect(escapeCell(value)).toBe(want);
});

test('toCsv writes the columns in order with escaped text cells', () => {
  const csv = toCsv(
    [
      { key: 'body', label: '发布机构' },
      { key: 'value', label: '数值' },
    ],
    [
      { body: '=HYPERLINK("x")', value: 2841 },
      { body: 'a,b', value: null },
    ],
  );
  expect(csv).toBe('发布机构,数值\n"\'=HYPERLINK(""x"")",2841\n"a,b",\n');
});
