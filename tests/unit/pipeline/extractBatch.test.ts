import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../../src/lib/pipeline/extractBatch.ts';
import { gb18030 } from '../../lib/gb18030.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

const report = `标题: 测试区人民政府2023年政府信息公开工作年度报告
==================== 正文 ====================
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 7 1 40
五、存在的主要问题及改进情况 无。
`;

describe('extractBatch', () => {
  it('extractBatch(mixed files) lists every file, bad ones with a status and message, and never stops', async () => {
    const out = await extractBatch([
      { name: 'a/good-2023.txt', bytes: utf8(report) },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'binary.txt', bytes: new Uint8Array([0x50, 0x4b, 0, 0, 1, 2, 3]) },
      { name: 'scan.pdf', bytes: fixture('scanned.pdf') },
      { name: 'cut.pdf', bytes: fixture('truncated.pdf') },
      { name: 'old.doc', bytes: utf8('x') },
      { name: 'photo.png', bytes: utf8('x') },
      { name: 'gone.txt', bytes: new Uint8Array(), error: 'ENOENT: no such file' },
    ]);
    const byFile = Object.fromEntries(
      out.reports.map((r) => [r.source_file, [r.status, r.message]]),
    );
    expect(byFile['good-2023.txt']?.[0]).toBe('ok');
    expect(byFile['empty.txt']).toEqual(['error', 'empty file']);
    expect(byFile['binary.txt']).toEqual(['error', 'binary content in a text file']);
    expect(byFile['scan.pdf']).toEqual([
      'error',
      'PDF has no text layer (scanned image); OCR is not supported',
    ]);
    expect(byFile['cut.pdf']?.[0]).toBe('error');
    expect(byFile['old.doc']?.[0]).toBe('unsupported');
    expect(byFile['old.doc']?.[1]).toContain('.doc');
    expect(byFile['photo.png']?.[1]).toContain('image');
    expect(byFile['gone.txt']).toEqual(['error', 'cannot read file: ENOENT: no such file']);
    expect(out.reports).toHaveLength(8);
    expect(out.facts.every((f) => f.report_id === 'good-2023')).toBe(true);
  });

  it('extractBatch(same report as .txt and .html) keeps the HTML one, with the text twin’s metadata', async () => {
    const html = `<div><p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>7</td><td>1</td><td>40</td></tr></table></div>`;
    const out = await extractBatch([
      { name: 'x/same-2023.txt', bytes: utf8(report.replace('7 1 40', '7140')) },
      { name: 'y/same-2023.html', bytes: utf8(html) },
    ]);
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]).toMatchObject({
      source_file: 'same-2023.html',
      report_year: 2023,
      issuing_body: '测试区人民政府',
    });
    expect(out.reports[0]!.message).toContain('same report as same-2023.txt');
    expect(out.facts.find((f) => f.metric_id === 't2_ndoc_valid')).toMatchObject({
      value: 40,
      value_status: 'reported',
    });
  });

  it('extractBatch(output) is the same on a second run (stable ids and order)', async () => {
    const inputs = [
      { name: 'b-2023.txt', bytes: utf8(report) },
      { name: 'a-2023.txt', bytes: utf8(report) },
    ];
    const first = await extractBatch(inputs);
    const second = await extractBatch(inputs);
    expect(second).toEqual(first);
    expect(first.reports.map((r) => r.report_id)).toEqual(['b-2023', 'a-2023']);
  });

  it('extractBatch(UTF-8 report with GB18030 bytes) warns in message and records the encoding assumed', async () => {
    const bytes = Uint8Array.from([...utf8(report), ...gb18030('政府信息'), ...utf8('\n')]);
    const out = await extractBatch([{ name: 'mixed-2023.txt', bytes }]);
    expect(out.reports[0]).toMatchObject({ encoding: 'utf-8', status: 'ok' });
    expect(out.reports[0]!.message).toContain('not valid utf-8');
    expect(out.reports[0]!.title).toBe('测试区人民政府2023年政府信息公开工作年度报告');
  });

  it('extractBatch(GB2312 page named .txt with a stray byte) says which reader, then the invalid bytes', async () => {
    const page = (body: string) =>
      Uint8Array.from([
        ...utf8('<html><head><meta charset="gb2312"></head><body><pre>'),
        ...gb18030(body),
        0xff,
        ...utf8('</pre></body></html>'),
      ]);
    const out = await extractBatch([{ name: 'page-2023.txt', bytes: page(report) }]);
    expect(out.reports[0]).toMatchObject({ encoding: 'gb18030', status: 'ok' });
    expect(out.reports[0]!.message).toBe(
      'read as HTML: the content is an HTML page, named .txt; ' +
        '1 byte sequence(s) not valid gb18030, shown as \ufffd (read as gb18030)',
    );
    expect(out.facts.find((f) => f.metric_id === 't2_ndoc_valid')).toMatchObject({ value: 40 });
  });
});
