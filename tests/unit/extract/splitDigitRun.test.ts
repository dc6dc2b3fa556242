import { describe, expect, it } from 'vitest';
import {
  countSplits,
  splitDigitRun,
  type Part,
  type RunToken,
} from '../../../src/lib/extract/splitDigitRun.ts';

/** Tokens from a printed string: space = separate token, a leading sign stays with its token. */
function tokens(printed: string): RunToken[] {
  const out: RunToken[] = [];
  for (const m of printed.matchAll(/([+-]?)(\d+(?:\.\d+)?)/g)) {
    out.push({ digits: m[2]!, sign: m[1] as RunToken['sign'], start: m.index + m[1]!.length });
  }
  return out;
}

const show = (splits: Part[][]) => splits.map((parts) => parts.map((p) => p.text).join('|'));
/** Table 三 row identity: 总计 (last) = the six applicant columns. */
const rowTotal = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

describe('splitDigitRun', () => {
  it.each([
    {
      call: "splitDigitRun('801000081', 7, rowTotal) uses the row total",
      printed: '801000081',
      n: 7,
      accept: rowTotal,
      want: ['80|1|0|0|0|0|81'],
    },
    {
      call: "splitDigitRun('220000022', 7, rowTotal) keeps both readings the identity allows",
      printed: '220000022',
      n: 7,
      accept: rowTotal,
      want: ['2|20|0|0|0|0|22', '22|0|0|0|0|0|22'],
    },
    {
      call: "splitDigitRun('1000001', 7) has one digit per cell",
      printed: '1000001',
      n: 7,
      accept: undefined,
      want: ['1|0|0|0|0|0|1'],
    },
    {
      call: "splitDigitRun('1005', 2) never starts a part with 0",
      printed: '1005',
      n: 2,
      accept: undefined,
      want: ['100|5'],
    },
    {
      call: "splitDigitRun('0000000', 7) reads seven zeros",
      printed: '0000000',
      n: 7,
      accept: undefined,
      want: ['0|0|0|0|0|0|0'],
    },
    {
      call: "splitDigitRun('105.5', 2) keeps the decimals whole and rejects '05.5'",
      printed: '105.5',
      n: 2,
      accept: undefined,
      want: ['10|5.5'],
    },
    {
      call: "splitDigitRun('41 3 0 000 44', 7, rowTotal) splits each token at least once",
      printed: '41 3 0 000 44',
      n: 7,
      accept: rowTotal,
      want: ['41|3|0|0|0|0|44'],
    },
  ])('$call', ({ printed, n, accept, want }) => {
    expect(show(splitDigitRun(tokens(printed), n, accept))).toEqual(want);
  });

  it.each([
    { call: "countSplits('77132470', 3) = 21", printed: '77132470', n: 3, want: 21 },
    { call: "countSplits('13575394432.52', 2) = 10", printed: '13575394432.52', n: 2, want: 10 },
    { call: "countSplits('5214310', 3) = 15", printed: '5214310', n: 3, want: 15 },
    {
      call: "countSplits('05', 1) = 0 (a multi-digit part never starts with 0)",
      printed: '05',
      n: 1,
      want: 0,
    },
    { call: "countSplits('123', 4) = 0 (more cells than digits)", printed: '123', n: 4, want: 0 },
    { call: "countSplits('1 2', 3) = 0 (fewer digits than cells)", printed: '1 2', n: 3, want: 0 },
    {
      call: "countSplits('12 34 56', 2) = 0 (fewer cells than tokens)",
      printed: '12 34 56',
      n: 2,
      want: 0,
    },
  ])('$call', ({ printed, n, want }) => {
    expect(countSplits(tokens(printed), n)).toBe(want);
  });

  it("splitDigitRun('13575394432.52', 2) never cuts inside the decimal part", () => {
    const splits = splitDigitRun(tokens('13575394432.52'), 2);
    expect(splits).toHaveLength(10);
    for (const [first, last] of splits) {
      expect(first!.text).not.toContain('.');
      expect(last!.text).toMatch(/\.52$/);
    }
    expect(show(splits)).toContain('135|75394432.52');
  });

  it('splitDigitRun(any run, n) yields parts whose digits concatenate back to the run', () => {
    for (const printed of ['77132470', '801000081', '13575394432.52', '12 3 45']) {
      const digits = printed.replace(/\s/g, '');
      for (const parts of splitDigitRun(tokens(printed), 4)) {
        expect(parts.map((p) => p.text).join('')).toBe(digits);
      }
    }
  });

  it("splitDigitRun('12 3', 3) gives each token at least one part and keeps token offsets", () => {
    const [only, ...rest] = splitDigitRun(tokens('12 3'), 3);
    expect(rest).toEqual([]);
    expect(only!.map((p) => [p.text, p.start, p.end, p.token])).toEqual([
      ['1', 0, 1, 0],
      ['2', 1, 2, 0],
      ['3', 3, 4, 1],
    ]);
  });

  it("splitDigitRun('-34', 2) keeps the sign on the first part only", () => {
    const splits = splitDigitRun(tokens('-34'), 2);
    expect(splits.map((parts) => parts.map((p) => [p.text, p.value]))).toEqual([
      [
        ['-3', -3],
        ['4', 4],
      ],
    ]);
    // Offsets are of digits: the sign sits just before the first part.
    expect(splits[0]![0]!.start).toBe(1);
  });

  it("splitDigitRun('+20 5', 3) keeps '+' in the text, positive value", () => {
    expect(
      splitDigitRun(tokens('+20 5'), 3).map((parts) => parts.map((p) => [p.text, p.value])),
    ).toEqual([
      [
        ['+2', 2],
        ['0', 0],
        ['5', 5],
      ],
    ]);
  });

  it("splitDigitRun('1111111111', 5, any, 3) stops at the limit", () => {
    expect(splitDigitRun(tokens('1111111111'), 5, undefined, 3)).toHaveLength(3);
  });

  it("splitDigitRun('801000081', 7, rowTotal) passes every complete split to accept once", () => {
    const seen: number[][] = [];
    splitDigitRun(tokens('801000081'), 7, (v) => {
      seen.push(v);
      return false;
    });
    expect(seen).toHaveLength(countSplits(tokens('801000081'), 7));
    for (const v of seen) expect(v).toHaveLength(7);
  });
});

describe('splitDigitRun on runs longer than any row', () => {
  it('splitDigitRun(64,000 digits, 7) has no split and returns at once', () => {
    const t0 = performance.now();
    expect(splitDigitRun([{ digits: '1'.repeat(64_000), sign: '', start: 0 }], 7)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('splitDigitRun(31 digits, 2) has no split: no part has more than 15 digits', () => {
    const digits = '1234567890'.repeat(3) + '1';
    const splits = splitDigitRun([{ digits, sign: '', start: 0 }], 2);
    expect(splits).toHaveLength(0);
    const ok = splitDigitRun([{ digits: digits.slice(0, 28), sign: '', start: 0 }], 2);
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((parts) => parts.every((p) => p.text.length <= 15))).toBe(true);
  });
});
