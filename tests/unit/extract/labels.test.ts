import { describe, expect, it } from 'vitest';
import {
  bestSimilarity,
  labelCore,
  labelNumber,
  labelPieces,
  scoreLabel,
  similarity,
} from '../../../src/lib/extract/labels.ts';

describe('labelPieces', () => {
  it.each([
    { label: '(三)不予公开1.属于国家秘密', want: ['(三)不予公开', '1.属于国家秘密'] },
    { label: '三、本年度办理结果(一)予以公开', want: ['三、本年度办理结果', '(一)予以公开'] },
    { label: '其中:1.网站公开', want: ['其中:', '1.网站公开'] },
    {
      label: '(四)无法提供 1.本机关不掌握相关政府信息',
      want: ['(四)无法提供 ', '1.本机关不掌握相关政府信息'],
    },
    { label: '第二十条第(一)项', want: ['第二十条第(一)项'] },
    { label: '规章', want: ['规章'] },
    { label: '', want: [] },
  ])('labelPieces($label)', ({ label, want }) => {
    expect(labelPieces(label)).toEqual(want);
  });

  it('labelPieces(label) pieces concatenate back to the label (minus blank pieces)', () => {
    const label = '三、本年度办理结果 (三)不予公开 1.属于国家秘密';
    expect(labelPieces(label).join('')).toBe(label);
  });
});

describe('labelCore', () => {
  it.each([
    { label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', want: '部分公开' },
    {
      label: '(一) 主动公开政府信息数 (不同渠道和方式公开相同信息计1条)',
      want: '主动公开政府信息数',
    },
    { label: '一)维持具体行政行为数', want: '维持具体行政行为数' },
    { label: '2.危及“三安全一稳定”', want: '危及三安全一稳定' },
    { label: '1、当面申请数', want: '当面申请数' },
    { label: '(1)当面申请数', want: '当面申请数' },
    { label: '其中:主动公开规范性文件数', want: '主动公开规范性文件数' },
    { label: '商业 企业', want: '商业企业' },
    // A label that is only a note keeps the note's words rather than becoming empty.
    { label: '(不同渠道)', want: '不同渠道' },
  ])('labelCore($label) = $want', ({ label, want }) => {
    expect(labelCore(label)).toBe(want);
  });
});

describe('labelNumber', () => {
  it.each([
    { piece: '(三)不予公开', want: '三' },
    { piece: '1.属于国家秘密', want: '1' },
    { piece: '四、结转下年度继续办理', want: '四' },
    { piece: '(2)传真申请数', want: '2' },
    { piece: '规章', want: '' },
  ])('labelNumber($piece) = $want', ({ piece, want }) => {
    expect(labelNumber(piece)).toBe(want);
  });
});

describe('similarity', () => {
  it.each([
    { core: '予以公开', key: '予以公开', want: 1 },
    { core: '本年度办理结果予以公开', key: '予以公开', want: 0.95 },
    { core: '本年新收政府信息公开', key: '本年新收政府信息公开申请数量', want: 0.85 },
    { core: '甲本机关不掌握相关政府信息乙', key: '本机关不掌握相关政府信息', want: 0.85 },
    { core: '', key: '规章', want: 0 },
    { core: '规章', key: '', want: 0 },
    { core: '规章', key: '行政规范性文件', want: 0 },
  ])('similarity($core, $key) = $want', ({ core, key, want }) => {
    expect(similarity(core, key)).toBe(want);
  });

  it("similarity('其他法律行政止公开', '其他法律行政法规禁止公开') tolerates a garbled label", () => {
    // The truncated label of the Huai'an PDFs (NOTES.md): longest common subsequence 9 of 9 + 12.
    expect(similarity('其他法律行政止公开', '其他法律行政法规禁止公开')).toBeCloseTo(18 / 21);
  });

  it("similarity('行政许可', '行政处罚') is low for a different row with shared characters", () => {
    expect(similarity('行政许可', '行政处罚')).toBeLessThan(0.8);
  });

  it('similarity(a, b) stays in [0, 1]', () => {
    const words = ['规章', '行政规范性文件', '予以公开', '部分公开', '其他', '总计', '申请人'];
    for (const a of words)
      for (const b of words) {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
  });

  it("bestSimilarity('行政规范性文件', keys) takes the best key", () => {
    expect(bestSimilarity('行政规范性文件', ['规章', '行政规范性文件'])).toBe(1);
    expect(bestSimilarity('规章', [])).toBe(0);
  });
});

describe('scoreLabel', () => {
  it.each([
    {
      call: "scoreLabel('三、本年度办理结果(一)予以公开', ['予以公开']) skips the group label",
      label: '三、本年度办理结果(一)予以公开',
      keys: ['予以公开'],
      want: { score: 1, piece: '(一)予以公开' },
    },
    {
      call: "scoreLabel('(三)不予公开 1.属于国家秘密', ['属于国家秘密']) scores the last piece",
      label: '(三)不予公开 1.属于国家秘密',
      keys: ['属于国家秘密'],
      want: { score: 1, piece: '1.属于国家秘密' },
    },
    {
      call: "scoreLabel('(二)部分公开(区分处理的,…)', ['部分公开']) ignores the note",
      label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
      keys: ['部分公开'],
      want: { score: 1, piece: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)' },
    },
    {
      call: "scoreLabel('第二十条第(五)项信息内容本年处理决定数量行政许可', ['行政许可']) trims header text in front",
      label: '第二十条第(五)项信息内容本年处理决定数量行政许可',
      keys: ['行政许可'],
      want: { score: 0.95, piece: '行政许可' },
    },
    {
      call: "scoreLabel('年度历年累计其中:2.政府公报公开', ['政府公报公开']) scores the numbered last piece",
      label: '年度历年累计其中:2.政府公报公开',
      keys: ['政府公报公开'],
      want: { score: 1, piece: '2.政府公报公开' },
    },
  ])('$call', ({ label, keys, want }) => {
    expect(scoreLabel(label, keys)).toEqual(want);
  });

  it("scoreLabel('行政许可', ['行政处罚']) is below any matching threshold", () => {
    expect(scoreLabel('行政许可', ['行政处罚']).score).toBeLessThan(0.8);
  });

  it("scoreLabel('', keys) is 0", () => {
    expect(scoreLabel('', ['规章'])).toEqual({ score: 0, piece: '' });
  });

  it('scoreLabel(a longer tail) costs a little: two pieces score 0.02 below one', () => {
    // The core of the last piece alone is not a match; the last two pieces together are.
    const { score, piece } = scoreLabel('(四)无法提供 1.本机关不掌握', ['无法提供本机关不掌握']);
    expect(piece).toBe('(四)无法提供 1.本机关不掌握');
    expect(score).toBeCloseTo(0.98);
  });
});
