import { describe, expect, test } from 'vitest';
import { publishSvg, wrapText } from '../../../src/lib/charts/publishSvg.ts';
import { embedUrl, fileName, iframeSnippet, shareUrl } from '../../../src/lib/state/chartLink.ts';
import {
  chartSubtitle,
  ownReportsNote,
  reportsNamed,
  sourceLine,
  yearRuns,
  yearSpanText,
} from '../../../src/lib/state/chartMeta.ts';
import { DATA_DICTIONARY, VALUE_STATUS_WORDS } from '../../../src/lib/state/dataDictionary.ts';
import { lineSeries } from '../../../src/lib/state/compareRows.ts';
import { withSources } from '../../../src/lib/state/reportSources.ts';

describe('chartMeta', () => {
  test.each([
    [[2017, 2018, 2019, 2021], '2017–2019, 2021'],
    [[2021, 2011, 2011], '2011, 2021'],
    [[], ''],
  ])('yearRuns(%j) is %s', (years, want) => {
    expect(yearRuns(years)).toBe(want);
  });

  test.each([
    [[2019, 2017, 2021], '2017–2021'],
    [[2020, 2020], '2020'],
    [[], ''],
  ])('yearSpanText(%j) is %s', (years, want) => {
    expect(yearSpanText(years)).toBe(want);
  });

  test('reportsNamed groups the years of each issuer', () => {
    const reports = [
      { issuing_body: '二道区人民政府', report_year: 2017 },
      { issuing_body: '平潭综合实验区', report_year: 2019 },
      { issuing_body: '平潭综合实验区', report_year: 2020 },
      { issuing_body: '平潭综合实验区', report_year: 2022 },
    ];
    expect(reportsNamed(reports, 'zh')).toBe(
      '二道区人民政府（2017）、平潭综合实验区（2019–2020, 2022）',
    );
    expect(reportsNamed(reports, 'en')).toBe(
      '二道区人民政府 (2017), 平潭综合实验区 (2019–2020, 2022)',
    );
  });

  test('reportsNamed of many issuers names four and counts them all', () => {
    const reports = ['甲', '乙', '丙', '丁', '戊', '己'].map((b) => ({
      issuing_body: b,
      report_year: 2020,
    }));
    expect(reportsNamed(reports, 'zh')).toBe(
      '甲（2020）、乙（2020）、丙（2020）、丁（2020） 等 6 个',
    );
  });

  test('sourceLine names the reports and the project, in both languages', () => {
    const reports = [{ issuing_body: '二道区人民政府', report_year: 2017 }];
    expect(sourceLine(reports, 'zh')).toMatch(
      /^来源：二道区人民政府（2017） 的政府信息公开工作年度报告；.*Nianbao/,
    );
    expect(sourceLine(reports, 'en')).toMatch(/^Source: .*二道区人民政府 \(2017\).*Nianbao/);
    expect(sourceLine([], 'zh')).not.toContain('METRICS.md');
  });

  test('chartSubtitle joins bodies, years and measure', () => {
    expect(
      chartSubtitle({ bodies: ['A', 'A', 'B'], years: [2019, 2020], measure: '件' }, 'en'),
    ).toBe('A, B · 2019–2020 · 件');
  });
});

describe('publishSvg', () => {
  const plot = { markup: '<svg width="600" height="300"><rect/></svg>', width: 600, height: 300 };
  const text = {
    title: '收到申请数（件） · 2011–2025',
    subtitle: '平潭综合实验区 · 2011–2025',
    unit: '单位：件',
    notes: '格式变更 <断开>',
    source: '来源：平潭综合实验区（2011–2025） 的政府信息公开工作年度报告；年报 Nianbao',
    date: '制图日期 2026-12-04',
  };

  test('publishSvg writes the title above and the source line below the plot', () => {
    const out = publishSvg(plot, text);
    const y = (part: string) =>
      Number(new RegExp(`y="([\\d.]+)"[^>]*data-part="${part}"`).exec(out.markup)?.[1]);
    const plotY = Number(/translate\(16, ([\d.]+)\)/.exec(out.markup)?.[1]);
    expect(out.markup).toContain('>收到申请数（件） · 2011–2025</text>');
    expect(out.markup).toContain('年报 Nianbao</text>');
    expect(y('title')).toBeLessThan(plotY);
    expect(y('source')).toBeGreaterThan(plotY + 300);
    expect(out.height).toBeGreaterThan(300 + 100);
    expect(out.width).toBe(632);
  });

  test('publishSvg escapes the texts', () => {
    expect(publishSvg(plot, text).markup).toContain('格式变更 &#60;断开&#62;');
  });

  test('wrapText breaks long lines within the width, keeping every character', () => {
    const long = '来源：'.padEnd(120, '平');
    const lines = wrapText(long, 40);
    expect(lines.length).toBe(3);
    expect(lines.join('')).toBe(long);
    // 0.56 em a latin character: "one two three" is 7.3 em, "three four" 5.6 em.
    expect(wrapText('one two three four', 6)).toEqual(['one two', 'three four']);
  });
});

describe('chartLink', () => {
  const href = 'http://127.0.0.1:5173/?v=compare&b=%E5%B9%B3&embed=1#x';
  test('shareUrl drops embed=1; embedUrl sets it', () => {
    expect(shareUrl(href)).toBe('http://127.0.0.1:5173/?v=compare&b=%E5%B9%B3');
    expect(embedUrl(href)).toBe('http://127.0.0.1:5173/?v=compare&b=%E5%B9%B3&embed=1');
  });
  test('iframeSnippet escapes the URL and title', () => {
    expect(iframeSnippet(href, 'a "b"')).toBe(
      '<iframe src="http://127.0.0.1:5173/?v=compare&#38;b=%E5%B9%B3&#38;embed=1" title="a &#34;b&#34;" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });
  test('fileName keeps the title and drops path characters', () => {
    expect(fileName('收到申请数（件） · 2011/2025', 'csv')).toBe(
      '收到申请数（件） · 2011 2025.csv',
    );
    expect(fileName('', 'png')).toBe('nianbao.png');
  });
});

test('withSources adds each row’s report id and source URL', () => {
  const rows = withSources(
    [{ report_id: 'a', v: 1 }, { v: 2 }],
    [
      {
        report_id: 'a',
        issuing_body: null,
        report_year: null,
        title: null,
        source_url: 'https://x',
      },
    ],
  );
  expect(rows).toEqual([
    { report_id: 'a', v: 1, source_url: 'https://x' },
    { report_id: '', v: 2, source_url: '' },
  ]);
});

test('the data dictionary describes every column of the four files and every value_status', () => {
  for (const t of DATA_DICTIONARY)
    for (const c of t.columns)
      expect(
        c.words.every((w) => w.length > 0),
        `${t.file}.${c.name}`,
      ).toBe(true);
  expect(DATA_DICTIONARY.map((t) => t.file)).toEqual(['reports', 'facts', 'checks', 'metrics']);
  expect(Object.keys(VALUE_STATUS_WORDS)).toContain('ambiguous');
});

describe('own data in charts', () => {
  test('the note counts distinct imported reports and is empty without any', () => {
    expect(ownReportsNote(['a', 'my:b', 'my:b', 'my:c', null], 'zh')).toContain('2 份');
    expect(ownReportsNote(['my:b'], 'en')).toMatch(/^1 of them are reports you imported/);
    expect(ownReportsNote(['a', 'b', undefined], 'en')).toBe('');
  });

  test('a line that draws on an own report is marked in its legend, the others not', () => {
    const row = (body_key: string, report_id: string, report_year: number) => ({
      body_key,
      body_name: body_key.toUpperCase(),
      report_year,
      report_id,
      value: 1,
      value_status: 'reported',
      format_version: 't2021',
      segment: 'a',
      comparability: 'exact',
      n_reports: 1,
      share: null,
      shown: 1,
    });
    const lines = lineSeries(
      [row('a', 'x-2023', 2023), row('a', 'my:x-2024', 2024), row('b', 'y-2024', 2024)],
      ['b', 'a'],
      '(own)',
    );
    expect(lines.map((l) => [l.key, l.label, l.points.length])).toEqual([
      ['b', 'B', 1],
      ['a', 'A (own)', 2],
    ]);
  });
});
