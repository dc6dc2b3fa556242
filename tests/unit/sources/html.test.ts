import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/sources/html.ts';
import { extractReport } from '../../../src/lib/extract/index.ts';

const t3Header = `<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<o:p></o:p>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;

describe('htmlToText', () => {
  it('htmlToText(page) keeps the article, drops scripts, styles and site chrome', () => {
    const { text, title } =
      htmlToText(`<html><head><title>某区2023年政府信息公开工作年度报告</title><style>p{color:red}</style></head>
      <body><nav>首页 | 政务公开 | 2023年度报告</nav><script>var n = 123456;</script>
      <div class="article"><p>一、总体情况</p><p>全年主动公开政府信息<span>88</span>条。</p>
      <p>四、政府信息公开行政复议、行政诉讼情况</p></div><footer>版权所有 2024</footer></body></html>`);
    expect(title).toBe('某区2023年政府信息公开工作年度报告');
    expect(text).toContain('全年主动公开政府信息88条');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('版权所有');
  });

  it('htmlToText(table) expands rowspan/colspan: group labels repeat, cells stay separate', () => {
    const { text } = htmlToText(`<div><p>三、收到和处理政府信息公开申请情况</p><table>${t3Header}
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>80</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>81</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>2.其他法律行政法规禁止公开&nbsp;</td><td>2</td><td>&nbsp;</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
      </table></div>`);
    expect(text).toContain('| 一、本年新收政府信息公开申请数量 | 80 | 1 | 0 | 0 | 0 | 0 | 81 |');
    expect(text).toContain(
      '| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 2 |   | 0 | 0 | 0 | 0 | 2 |',
    );
    expect(text).toContain('商业企业');
  });

  it('htmlToText(word markup) ignores <o:p>, mso styles, conditional comments and nested spans', () => {
    const { text } =
      htmlToText(`<div><p class=MsoNormal style="mso-line-height-rule:exactly"><!--[if !supportLists]--><span lang=EN-US>1.</span><!--[endif]-->
      <span style="mso-bidi-font-size:10.5pt"><span>主动</span><span>公开</span></span>信息<o:p>&nbsp;</o:p></p><p>行政复议</p></div>`);
    expect(text).toMatch(/1\.\s?主动公开信息/);
    expect(text).not.toMatch(/supportLists|mso-/);
  });

  it('an HTML table gives explicit cells: the extractor reports them, never as split guesses', () => {
    const { text } = htmlToText(`<div><p>二、主动公开政府信息情况</p><table>
      <tr><td colspan="4">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>行政规范性文件</td><td>77</td><td>132</td><td>470</td></tr></table></div>`);
    const { facts } = extractReport({ text, reportId: 'x' });
    const valid = facts.find((f) => f.metric_id === 't2_ndoc_valid');
    expect(valid).toMatchObject({ value: 470, value_status: 'reported' });
  });
});

describe('htmlToText(layout tables)', () => {
  it('htmlToText(page laid out in a table) still reads the statistics table inside it as cells', () => {
    const { text } =
      htmlToText(`<table><tr><td>导航 首页</td></tr><tr><td><p>二、主动公开政府信息情况</p>
      <table><tr><td>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>1</td><td>0</td><td>5</td></tr><tr><td>行政规范性文件</td><td>3</td><td>2</td><td>30</td></tr></table>
      <p>四、政府信息公开行政复议、行政诉讼情况</p></td></tr></table>`);
    expect(text).toContain('| 规章 | 1 | 0 | 5 |');
    expect(text).toContain('| 行政规范性文件 | 3 | 2 | 30 |');
  });
});
