import { describe, expect, it } from 'vitest';
import { findNarrative } from '../../../src/lib/extract/narrative.ts';
import { normalizeText } from '../../../src/lib/extract/normalize.ts';

/** Narrative figures of a raw sentence as `metric=value`. */
const figures = (raw: string) =>
  findNarrative(normalizeText(raw).text).map((f) => `${f.metric}=${f.value}`);

describe('findNarrative', () => {
  it.each([
    {
      raw: '2023年，本机关共受理政府信息公开申请749件，均按时答复。',
      want: ['text_app_received=749'],
    },
    { raw: '2013年，本局未收到政府信息公开申请。', want: ['text_app_received=0'] },
    {
      raw: '三、依申请公开情况\n一是规范办理流程。2021年，共收到70件申请，均已办结。',
      want: ['text_app_received=70'],
    },
    { raw: '全年收到政府信息公开申请二十三件。', want: ['text_app_received=23'] },
    {
      raw: '2017年,我区接到依申请政府信息23件,按规定时限回复21件。',
      want: ['text_app_received=23'],
    },
    // The trap: 审批 counters, not information-disclosure applications.
    { raw: '2023年，政务服务中心共受理申请121510件，办结率100%。', want: [] },
    // Applications for review are not disclosure applications.
    { raw: '2013年,收到1份行政复议申请。', want: [] },
    {
      raw: '六、其他需要报告的事项\n2022年，本机关收取信息处理费共计380元。',
      want: ['info_processing_fee=380'],
    },
    { raw: '2021年，无收取信息处理费情况。', want: ['info_processing_fee=0'] },
    { raw: '本年度未收取信息处理费。', want: ['info_processing_fee=0'] },
    { raw: '本年度收取信息处理费0元。', want: ['info_processing_fee=0'] },
    { raw: '本年度收取信息处理费共计1.5万元。', want: ['info_processing_fee=15000'] },
    {
      raw: '2017年，我区因政府信息公开工作被提起行政诉讼0件。',
      want: ['text_litig_total=0'],
    },
    { raw: '2017年,新增主动公开信息达4156条。', want: ['text_pro_info_total=4156'] },
    { raw: '2022年全区共主动公开政府信息14571条。', want: ['text_pro_info_total=14571'] },
    {
      raw: '共有行政诉讼案件1件、行政复议案件2件,均已结案。',
      want: ['text_litig_total=1', 'text_review_total=2'],
    },
    { raw: '本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。', want: [] },
  ])('findNarrative($raw)', ({ raw, want }) => {
    expect(figures(raw)).toEqual(want);
  });

  it("findNarrative('收取信息处理费共计380元') is 380, not the zero of '0元'", () => {
    const [fee] = findNarrative('收取信息处理费共计380元');
    expect(fee).toMatchObject({
      metric: 'info_processing_fee',
      value: 380,
      raw: '380',
      unitRaw: '元',
    });
  });

  it('findNarrative(text) gives the span of the printed number', () => {
    const text = normalizeText('2023年，本机关共受理政府信息公开申请749件。').text;
    const [received] = findNarrative(text);
    expect(text.slice(received!.start, received!.end)).toBe('749');
    expect(received!.raw).toBe('749');
  });

  it('findNarrative(text) gives the sentence span for a zero stated in words', () => {
    const text = '2013年，本局未收到政府信息公开申请。';
    const [none] = findNarrative(text);
    expect(text.slice(none!.start, none!.end)).toBe(none!.raw);
    expect(none!.raw).toContain('未收到');
  });

  it('findNarrative(text, exclude) skips figures inside the table spans', () => {
    const text = '附表:主动公开政府信息数 34条。正文:全年主动公开政府信息12条。';
    const table: [number, number] = [0, text.indexOf('正文')];
    expect(findNarrative(text).map((f) => f.value)).toEqual([34]);
    expect(findNarrative(text, [table]).map((f) => f.value)).toEqual([12]);
    expect(findNarrative(text, [[0, text.length]])).toEqual([]);
  });

  it('findNarrative(text) keeps the first stated figure of each metric', () => {
    const text = '全年共受理政府信息公开申请5件。另,上半年受理政府信息公开申请2件。';
    expect(figures(text)).toEqual(['text_app_received=5']);
  });

  it('findNarrative(text) returns figures in text order', () => {
    const text =
      '2022年全区共主动公开政府信息14571条。2022年,全区收到政府信息公开申请75件。2022年,无收取信息处理费情况。';
    expect(figures(text)).toEqual([
      'text_pro_info_total=14571',
      'text_app_received=75',
      'info_processing_fee=0',
    ]);
  });

  it.each([
    {
      raw: '现行有效行政规范性文件698件,本年度制发的规范性文件88件。',
      want: ['t2_ndoc_valid=698', 't2_ndoc_made=88'],
    },
    { raw: '2023年,全区收到政府信息公开申请75件。', want: [] },
  ])(
    'findNarrative($raw, [], hints=true) reads only the table-二 hint figures',
    ({ raw, want }) => {
      const hints = findNarrative(normalizeText(raw).text, [], true);
      expect(hints.map((f) => `${f.metric}=${f.value}`)).toEqual(want);
    },
  );
});
