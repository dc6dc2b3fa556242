import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/index.ts';
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
    // An application for review is a review, not a disclosure application.
    { raw: '2013年,收到1份行政复议申请。', want: ['text_review_total=1'] },
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

describe('findNarrative: zeros in words, staffing and funding (wordings of corpus/ reports)', () => {
  it.each([
    // Zeros stated in words.
    ['本年度没有产生信息公开处理费。', ['info_processing_fee=0']],
    ['2024年度我局未产生信息公开处理费。', ['info_processing_fee=0']],
    ['四、收费及减免情况 无收费及减免情况。', ['info_processing_fee=0']],
    ['我局政府信息公开没有收费及减免。', ['info_processing_fee=0']],
    ['在我局获取政府公开信息时，从未进行收费。', ['info_processing_fee=0']],
    ['截至目前，未向申请人、咨询人收取费用。', ['info_processing_fee=0']],
    ['本年度无行政复议、行政诉讼案件。', ['text_review_total=0', 'text_litig_total=0']],
    [
      '2016年度，我局无因政府信息公开申请行政复议、提起行政诉讼的情况。',
      ['text_review_total=0', 'text_litig_total=0'],
    ],
    [
      '本年度，未发生因依申请公开引发的行政复议和行政诉讼。',
      ['text_review_total=0', 'text_litig_total=0'],
    ],
    [
      '我局没有被申请行政复议、被提起行政诉讼和接收行政申诉、举报的情况。',
      ['text_review_total=0', 'text_litig_total=0'],
    ],
    ['未收到有关政府信息公开行政复议申请。', ['text_review_total=0']],
    ['2025年，我局未发生因政府信息公开工作引发的相关行政诉讼案件。', ['text_litig_total=0']],
    ['我局在2011年度未收到申请公开政府信息情况。', ['text_app_received=0']],
    ['本年度收到依申请公开事项0项。', ['text_app_received=0']],
    // Numbers in other word orders.
    [
      '2017年度我局有1起因政府信息公开申请行政复议，历年累计因政府信息公开申请行政复议1起，无提起行政诉讼的情况。',
      ['text_review_total=1', 'text_litig_total=0'],
    ],
    ['2018年度发生1件针对本部门有关政府信息公开事务的行政诉讼案。', ['text_litig_total=1']],
    ['涉及的行政诉讼数为 0 件。', ['text_litig_total=0']],
    ['2017年我局收到1项有关政府信息公开的申请。', ['text_app_received=1']],
    ['2022年累计主动公开政府信息90条。', ['text_pro_info_total=90']],
    ['全年主动公开我区各级单位政府信息2645条。', ['text_pro_info_total=2645']],
    ['2020年我局主动公开的162条信息中，公示公告类97条。', ['text_pro_info_total=162']],
    ['全年政府信息主动公开128条。', ['text_pro_info_total=128']],
    [
      '截至2018年12月31日，累计主动公开政府信息181条（2018年度主动公开政府信息68条）。',
      ['text_pro_info_total=68'],
    ],
    // Staffing.
    [
      '我局没有从事政府信息公开工作的全职人员，兼职人员1人。',
      ['text_staff_full_time=0', 'text_staff_part_time=1'],
    ],
    [
      '政府信息公开工作配备专职人员2名、兼职人员5名。',
      ['text_staff_full_time=2', 'text_staff_part_time=5'],
    ],
    ['本局配备2名专职人员负责政府信息公开工作。', ['text_staff_full_time=2']],
    ['局办公室共有5名人员兼职从事政府信息公开工作。', ['text_staff_part_time=5']],
    [
      '下设信息公开工作小组，共有工作人员2名，负责局机关政府信息公开日常工作。',
      ['text_staff_total=2'],
    ],
    ['2名工作人员从事政府信息公开工作。', ['text_staff_total=2']],
    ['从事政府信息公开工作人员共4名。', ['text_staff_total=4']],
    ['政府信息公开工作人员共三人。', ['text_staff_total=3']],
    // Funding (万元).
    ['2013年产生的政府信息公开费用1万元。', ['text_budget=1']],
    ['全年投入政府信息公开工作经费5万元。', ['text_budget=5']],
    ['政府信息公开专项经费8000元。', ['text_budget=0.8']],
    ['本年度未安排政府信息公开专项经费。', ['text_budget=0']],
  ])('findNarrative(%j)', (raw, want) => {
    expect(figures(raw)).toEqual(want);
  });

  it.each([
    // Negative twins: the same words without a figure, or a figure about something else.
    ['确定专职人员负责事故信息报告工作。'],
    ['加强政务公开机构建设、专职人员配备和经费保障。'],
    ['政府信息公开经费保障到位。'],
    ['全区58名精准扶贫开发对象通过公益性岗位上岗就业。'],
    ['选认47名区级科技特派员。'],
    ['其他科室、所、队设有工作人员16人。'],
    ['二是做好平台日常维护，配备2名工作人员，定期做好平台的更新处理。'],
    ['配备专职人员2名负责安全生产值班。'],
    ['全年投入经费20万元用于政府信息公开网站改版升级。'],
    ['“三公”经费支出12.5万元，政府信息公开的预决算均已公开。'],
    ['全年投入政府信息公开工作经费约5万元。'],
    ['有效降低行政复议、行政诉讼风险。'],
    ['该行政复议件未被复议审查机关纠错。'],
    ['行政诉讼（未经复议直接起诉）'],
    ['申请人对未予公开决定不服可依法申请行政复议。'],
    ['依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件。'],
    ['历年累计因政府信息公开申请行政复议1起。'],
    ['其他应主动公开的政府信息53条。'],
    ['全年公开公文类政府信息共118条。'],
    ['通过实验区政府门户网站累计主动公开政府信息7700余条。'],
    ['我局依申请提供政府信息，不向申请人收取任何费用。'],
    ['依申请公开信息数161条。'],
    ['全年办理政府信息公开申请218件。'],
    [
      '本报告包括因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开的收费及减免情况等部分。',
    ],
  ])('findNarrative(%j) finds nothing', (raw) => {
    expect(figures(raw)).toEqual([]);
  });

  it("findNarrative('…专项经费8000元') keeps the printed unit and says how the value was stored", () => {
    const [budget] = findNarrative('政府信息公开专项经费8000元。');
    expect(budget).toMatchObject({
      metric: 'text_budget',
      value: 0.8,
      raw: '8000',
      unitRaw: '元',
      note: 'printed 8000元, stored in 万元 (÷10000)',
    });
  });
});

describe('a sentence quoting a table label is prose (source=text), never a table row', () => {
  const read = (text: string) =>
    extractReport({ text, reportId: 'x' })
      .facts.filter((f) => f.value !== null)
      .map((f) => `${f.source}:${f.metric_id}=${f.value}`);

  it('extractReport(prose after 附表 quoting 统计表 labels) gives text figures only', () => {
    const text =
      '一、概述\n详见附表。\n二、主动公开\n2016年，我局主动公开政府信息数150条，其中通过政府网站公开政府信息数131条，通过政府公报公开政府信息数0条。\n三、依申请\n受理政府信息公开申请数3件，其中当面申请数1件。\n';
    expect(read(text)).toEqual(['text:text_pro_info_total=150', 'text:text_app_received=3']);
  });

  it('extractReport(the same labels in a 统计表) are table figures (the negative twin)', () => {
    const text =
      '附表\n指标名称 计量单位 统计数\n主动公开政府信息数 条 150\n其中：1.政府网站公开数 条 131\n2.政府公报公开数 条 0\n受理政府信息公开申请数 件 3\n其中：1.当面申请数 件 1\n';
    expect(read(text)).toEqual([
      'table:pro_info_total=150',
      'table:pro_via_website=131',
      'table:pro_via_gazette=0',
      'table:app_received=3',
      'table:app_recv_in_person=1',
    ]);
  });
});
