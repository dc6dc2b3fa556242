import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../src/lib/extract/chineseNumber.ts';

describe('chineseNumber', () => {
  it.each([
    ['二十三', 23],
    ['一百零五', 105],
    ['两千', 2000],
    ['十', 10],
    ['十五', 15],
    ['一百一十', 110],
    ['三千零五十', 3050],
    ['一万二千', 12000],
    ['零', 0],
    ['〇', 0],
    ['12', 12],
    ['2.5', 2.5],
  ] as const)('chineseNumber(%j) = %d', (text, want) => {
    expect(chineseNumber(text)).toBe(want);
  });

  it.each(['abc', '', '十二件', '1,234', '-3', '二十 三'])('chineseNumber(%j) = null', (text) => {
    expect(chineseNumber(text)).toBeNull();
  });

  // Bug: a numeral written digit by digit (`二〇一七`, as in dates 二〇一七年) keeps only its last
  // digit: 7, a number that is not in the text. It should be 2017 (or null).
  it("chineseNumber('二〇一七') is 2017, never 7", () => {
    expect(chineseNumber('二〇一七')).toBe(2017);
  });
});
