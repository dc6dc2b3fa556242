import { describe, expect, it } from 'vitest';
import { bodyKey, readMetadata } from '../../../src/lib/extract/metadata.ts';

const header = (fields: Record<string, string>, body: string) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n') +
  '\n==================== 正文 ====================\n' +
  body;

describe('readMetadata', () => {
  it('readMetadata(crawler header) reads 标题, 发布时间, 原文链接 and where the body starts', () => {
    const text = header(
      {
        标题: '平潭县人民政府2011年政府信息公开工作年度报告',
        发布时间: '2012-04-18 00:00',
        文号: '',
        发布机构: '',
        栏目: '政府信息公开年报',
        原文链接: 'https://www.pingtan.gov.cn/zwgk/t20120418_80716.htm',
      },
      '本报告由本级政府编制。',
    );
    const meta = readMetadata(text);
    expect(meta).toMatchObject({
      title: '平潭县人民政府2011年政府信息公开工作年度报告',
      sourceUrl: 'https://www.pingtan.gov.cn/zwgk/t20120418_80716.htm',
      publishDate: '2012-04-18',
      issuingBody: '平潭县人民政府',
      bodyKey: '平潭县',
      bodyLevel: 'district_county',
      scope: 'own',
      reportYear: 2011,
      log: [],
    });
    expect(text.slice(meta.bodyStart)).toBe('\n本报告由本级政府编制。');
  });

  it('readMetadata(crawler header with 发布机构) prefers the office printed in the field when the title agrees', () => {
    const meta = readMetadata(
      header(
        {
          标题: '平潭综合实验区2022年度政府信息公开工作年度报告',
          发布时间: '2023-02-20 15:07',
          发布机构: '平潭综合实验区管委会办公室',
          原文链接: 'https://www.example.gov.cn/b.htm',
        },
        '汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。',
      ),
    );
    expect(meta).toMatchObject({
      issuingBody: '平潭综合实验区管委会办公室',
      bodyKey: '平潭综合实验区',
      scope: 'aggregate',
      reportYear: 2022,
      publishDate: '2023-02-20',
    });
  });

  it.each([
    {
      call: "readMetadata('二道区人民政府2017年度政府信息公开工作报告…')",
      text: '二道区人民政府2017年度政府信息公开工作报告\n特向社会公布2017年度本级政府信息公开年度报告。',
      want: {
        title: '二道区人民政府2017年度政府信息公开工作报告',
        issuingBody: '二道区人民政府',
        bodyLevel: 'district_county',
        scope: 'own',
        reportYear: 2017,
        sourceUrl: '',
        publishDate: '',
        bodyStart: 0,
      },
    },
    {
      call: "readMetadata('# 上海市科学技术委员会2024年政府信息公开工作年度报告') strips markdown",
      text: '# 上海市科学技术委员会2024年政府信息公开工作年度报告\n\n## 一、总体情况',
      want: {
        title: '上海市科学技术委员会2024年政府信息公开工作年度报告',
        issuingBody: '上海市科学技术委员会',
        bodyLevel: 'department',
        reportYear: 2024,
      },
    },
    {
      call: "readMetadata('\\n2024年政府信息公开工作年度报告') reads a plain title line",
      text: '  \n2024年政府信息公开工作年度报告\n正文',
      want: { title: '2024年政府信息公开工作年度报告', reportYear: 2024 },
    },
    {
      call: "readMetadata('二〇一七年…') reads a year in Chinese digits",
      text: '某某乡二〇一七年政府信息公开工作年度报告',
      want: { reportYear: 2017 },
    },
  ])('$call', ({ text, want }) => {
    expect(readMetadata(text)).toMatchObject(want);
  });

  it("readMetadata('') finds nothing and says so in its log", () => {
    const meta = readMetadata('');
    expect(meta).toMatchObject({ title: '', issuingBody: '', reportYear: null, bodyStart: 0 });
    expect(meta.log).toEqual([
      'issuing body not found in the text',
      'report year not found in the text',
    ]);
  });

  it('readMetadata(text without a title) takes the year from the statistics period', () => {
    const meta = readMetadata('本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。');
    expect(meta.reportYear).toBe(2016);
  });
});

describe('bodyKey', () => {
  it.each([
    ['平潭综合实验区管委会办公室', '平潭综合实验区'],
    ['平潭综合实验区管委会', '平潭综合实验区'],
    ['平潭综合实验区', '平潭综合实验区'],
    ['淮安市人民政府办公室', '淮安市'],
    ['淮安市人民政府', '淮安市'],
    ['长春市二道区 人民政府', '长春市二道区'],
    ['上海市科学技术委员会', '上海市科学技术委员会'],
    ['', ''],
  ])('bodyKey(%j) = %j', (body, want) => {
    expect(bodyKey(body)).toBe(want);
  });

  it("bodyKey('平潭综合实验区管委会办公室') = bodyKey('平潭综合实验区')", () => {
    expect(bodyKey('平潭综合实验区管委会办公室')).toBe(bodyKey('平潭综合实验区'));
  });
});

describe('readMetadata(abbreviated body)', () => {
  const header = (title: string, body: string) =>
    `标题: ${title}\n发布时间: 2017-01-13 10:00\n发布机构: \n==================== 正文 ====================\n${body}`;

  it('expands 财金局 to the full name the report signs with', () => {
    const text = header(
      '财金局2016年政府信息公开年度报告',
      '一、概述 本局……主动公开政府信息86条。 平潭综合实验区财政金融局2017年1月13日',
    );
    expect(readMetadata(text).issuingBody).toBe('平潭综合实验区财政金融局');
  });

  it('keeps a name that already starts with its place, and never takes the word before it', () => {
    const text = header(
      '平潭县交通局2012年政府信息公开工作年度报告',
      '现将在平潭县交通局2012年的工作报告如下。与平潭县交通局有关的信息……',
    );
    expect(readMetadata(text).issuingBody).toBe('平潭县交通局');
  });
});
