import { expect, test } from 'vitest';
import { zhRuns } from '../../../src/lib/i18n/zhRuns.ts';

test.each([
  ['plain English', [['plain English', false]]],
  [
    'the text states 主动公开 425',
    [
      ['the text states ', false],
      ['主动公开', true],
      [' 425', false],
    ],
  ],
  [
    '二道区人民政府 (Erdao Qu Renmin Zhengfu)',
    [
      ['二道区人民政府', true],
      [' (Erdao Qu Renmin Zhengfu)', false],
    ],
  ],
  ['（一）收到申请数', [['（一）收到申请数', true]]],
  [
    "text '未收到 2 件申请' vs table",
    [
      ["text '", false],
      ['未收到 2 件申请', true],
      ["' vs table", false],
    ],
  ],
  ['', []],
])('zhRuns(%j)', (text, want) => {
  expect(zhRuns(text).map((r) => [r.text, r.zh])).toEqual(want);
});
