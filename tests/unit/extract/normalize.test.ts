import { describe, expect, it } from 'vitest';
import { compact, hasTraditional, normalizeText } from '../../../src/lib/extract/normalize.ts';

/** A mirror-site passage in traditional characters (E8, E9 of SOURCES.md). */
const TRADITIONAL =
  '武漢市生態環境局2020年政府資訊公開工作年度報告。主動公開政府資訊情況:規範性檔案186件;行政強製4件;' +
  '收到和處理政府資訊公開申請情況,申請人情況,法人或其他組織,總計。';

describe('normalizeText', () => {
  it.each([
    { raw: '１２３', want: '123' },
    { raw: '（一）予以公开', want: '(一)予以公开' },
    { raw: '单位：万元', want: '单位:万元' },
    { raw: '第二十条第（一）项', want: '第二十条第(一)项' },
    { raw: '申请人，自然人；总计。', want: '申请人,自然人;总计。' },
    { raw: 'a\r\nb\rc', want: 'a\nb\nc' },
    { raw: 'x\ty\u3000z\u00a0w', want: 'x y z w' },
    { raw: '零\u200b宽', want: '零宽' },
  ])('normalizeText($raw).text = $want', ({ raw, want }) => {
    expect(normalizeText(raw).text).toBe(want);
  });

  it('normalizeText(traditional mirror text) converts to simplified, fixing 強製 and 檔案', () => {
    const { text } = normalizeText(TRADITIONAL);
    expect(text).toContain('行政强制4件');
    expect(text).toContain('规范性文件186件');
    expect(text).toContain('政府信息公开工作年度报告');
    expect(text).toContain('收到和处理政府信息公开申请情况');
    expect(text).toContain('总计');
  });

  it('normalizeText(traditional text) keeps the mainland word 文件 (no phrase conversion to 文档)', () => {
    const { text } = normalizeText(`${TRADITIONAL}其他主動公開文件12件。`);
    expect(text).toContain('其他主动公开文件12件');
    expect(text).not.toContain('文档');
  });

  it.each([
    '本年制发规范性文件12件,現行有效文件30件。',
    '2023年本机关共受理政府信息公开申请749件,其中於网上申请的12件,後续办理3件,裡面1件。',
  ])(
    'normalizeText(%j) leaves simplified text with a few stray traditional characters alone',
    (raw) => {
      expect(normalizeText(raw).text).toBe(raw.normalize('NFKC'));
    },
  );

  // Bug: fixConversionSlips runs on every text, so a simplified report's own words change:
  // 公开档案 (public archives) becomes 公开文件 although nothing was converted.
  it("normalizeText('建立政府信息公开档案') leaves simplified text unchanged", () => {
    expect(normalizeText('建立健全政府信息公开档案管理制度').text).toBe(
      '建立健全政府信息公开档案管理制度',
    );
  });

  it.each([
    '二道区人民政府2017年度政府信息公开工作报告\n(一)主动公开政府信息数\n\n条\n\n4156',
    '规章 | 0 | 0 | 3 |\n行政规范性文件 | 15 | 4 | 120 |',
    '第二十条第（一）项：１２３，（二）部分公开\t４５６',
    '１２３　ＡＢＣ（一）：',
  ])('normalizeText(%j).toRaw maps every char to a raw char that normalises to it', (raw) => {
    const { text, toRaw } = normalizeText(raw);
    expect(toRaw).toHaveLength(text.length + 1);
    expect(toRaw[text.length]).toBe(raw.length);
    for (let i = 0; i < text.length; i++) {
      const source = raw[toRaw[i]!]!;
      const expected = source === '\t' || source === '\u3000' ? ' ' : source.normalize('NFKC');
      expect(expected, `char ${i} ${JSON.stringify(text[i])}`).toBe(text[i]);
      if (i > 0) expect(toRaw[i]!).toBeGreaterThanOrEqual(toRaw[i - 1]!);
    }
  });

  it('normalizeText(traditional text).toRaw stays one offset per char', () => {
    const { text, toRaw } = normalizeText(TRADITIONAL);
    expect(text).toHaveLength(TRADITIONAL.length);
    expect(Array.from(toRaw)).toEqual([...Array(TRADITIONAL.length + 1).keys()]);
  });

  it.each([
    { raw: 'a&nbsp;b', text: 'a b', toRaw: [0, 1, 7, 8] },
    { raw: '1&#160;2', text: '1 2', toRaw: [0, 1, 7, 8] },
    { raw: 'a&amp;b', text: 'a&b', toRaw: [0, 1, 6, 7] },
    { raw: 'x<!--[if !supportLists]-->y', text: 'x y', toRaw: [0, 1, 26, 27] },
    { raw: 'x<![endif]-->y', text: 'x y', toRaw: [0, 1, 13, 14] },
    { raw: '<span style="x">5</span>', text: ' 5 ', toRaw: [0, 16, 17, 24] },
  ])(
    'normalizeText($raw) masks residue as one space mapped to its start',
    ({ raw, text, toRaw }) => {
      const out = normalizeText(raw);
      expect(out.text).toBe(text);
      expect(Array.from(out.toRaw)).toEqual(toRaw);
    },
  );

  it("normalizeText('') is empty with toRaw [0]", () => {
    const { text, toRaw } = normalizeText('');
    expect(text).toBe('');
    expect(Array.from(toRaw)).toEqual([0]);
  });

  it("normalizeText('𠀀字') keeps a character outside the BMP", () => {
    expect(normalizeText('𠀀字').text).toBe('𠀀字');
  });

  // Bug: a character outside the BMP is pushed as ONE element of the char array but is two UTF-16
  // units of the text, so toRaw is one entry short per such character and every later offset
  // (facts' char_start/char_end, context) points one character too far; toRaw[text.length] is undefined.
  it("normalizeText('𠀀字').toRaw has one entry per UTF-16 unit of the text", () => {
    const { text, toRaw } = normalizeText('𠀀字 12');
    expect(toRaw).toHaveLength(text.length + 1);
    expect(toRaw[text.indexOf('12')]).toBe(4);
  });
});

describe('hasTraditional', () => {
  it.each([
    { text: TRADITIONAL, want: true },
    { text: '长春市二道区人民政府2017年度政府信息公开工作报告', want: false },
    { text: '現行有效文件', want: false },
    { text: '', want: false },
  ])('hasTraditional($text) = $want', ({ text, want }) => {
    expect(hasTraditional(text)).toBe(want);
  });
});

describe('compact', () => {
  it("compact('规章 | 0\\n1') drops spaces and line breaks and maps back to the text", () => {
    const text = '第二十条 第(一)项\n规章';
    const c = compact(text);
    expect(c.text).toBe('第二十条第(一)项规章');
    for (let i = 0; i < c.text.length; i++) expect(text[c.toText[i]!]).toBe(c.text[i]);
    expect(c.toText[c.text.length]).toBe(text.length);
  });
});
