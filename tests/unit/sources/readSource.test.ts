import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionOf, MAX_BYTES, readSource } from '../../../src/lib/sources/readSource.ts';
import { gb18030 } from '../../lib/gb18030.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('readSource', () => {
  it.each([
    { name: 'report.txt', text: '二道区人民政府2017年度政府信息公开工作报告\n' },
    { name: 'report.md', text: '# 标题\n\n| 规章 | 0 |\n' },
    { name: 'REPORT.TXT', text: '大写扩展名' },
  ])('readSource($name, utf-8 text) decodes it', async ({ name, text }) => {
    expect(await readSource(name, utf8(text))).toMatchObject({
      kind: 'text',
      text,
      encoding: 'utf-8',
    });
  });

  it("readSource('old.txt', GB18030 bytes) decodes and names the encoding", async () => {
    expect(await readSource('old.txt', Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae]))).toMatchObject({
      kind: 'text',
      text: '政府',
      encoding: 'gb18030',
    });
  });

  it.each([
    {
      call: "readSource('a.txt', []) -> 'empty file'",
      name: 'a.txt',
      bytes: new Uint8Array(0),
      message: 'empty file',
    },
    {
      call: "readSource('a.txt', bytes that are no text) -> binary content",
      name: 'a.txt',
      bytes: Uint8Array.from([0x01, 0x00, 0x9c, 0x00, 0x00, 0xe3, 0x07, 0x00]),
      message: /binary/,
    },
    {
      call: "readSource('a.txt', whitespace) -> only whitespace",
      name: 'a.txt',
      bytes: utf8(' \n\t \n'),
      message: /whitespace/,
    },
  ])('$call', async ({ name, bytes, message }) => {
    const result = await readSource(name, bytes);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(message);
  });

  it("readSource('big.txt', > 50 MB) is refused with its size", async () => {
    const result = await readSource('big.txt', new Uint8Array(MAX_BYTES + 1));
    expect(result).toMatchObject({ kind: 'error' });
    if (result.kind === 'error') expect(result.message).toMatch(/50\.0 MB.*over 50 MB/);
  });

  it.each([
    { name: 'a.doc', type: /\.doc/ },
    { name: 'scan.png', type: /image/ },
    { name: 'photo.JPG', type: /image/ },
    { name: 'book.xlsx', type: /Excel/ },
    { name: 'archive.zip', type: /archive/ },
  ])(
    'readSource($name, plain text) is unsupported with a message naming the type',
    async ({ name, type }) => {
      const result = await readSource(name, utf8('not read'));
      expect(result.kind).toBe('unsupported');
      if (result.kind === 'unsupported') expect(result.message).toMatch(type);
    },
  );

  it.each([
    { name: 'fake.pdf', message: /PDF/ },
    { name: 'fake.docx', message: /docx/ },
  ])(
    'readSource($name, bytes without its signature) is an error naming the type',
    async ({ name, message }) => {
      const result = await readSource(name, utf8('plain text, not the real format'));
      expect(result.kind).toBe('error');
      if (result.kind === 'error') expect(result.message).toMatch(message);
    },
  );
});

describe('extensionOf', () => {
  it.each([
    ['a/b/report.TXT', 'txt'],
    ['C:\\dir\\x.tar.gz', 'gz'],
    ['no-extension', ''],
    ['dir.v2/file', ''],
  ])('extensionOf(%j) = %j', (name, want) => {
    expect(extensionOf(name)).toBe(want);
  });
});

describe('readSource: the content decides the reader', () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url)));
  const page = '<html><head><title>t</title></head><body><p>一、总体情况</p></body></html>';
  const fragment =
    '<div><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr>' +
    '<tr><td>行政规范性文件</td><td>7</td></tr></table></div>';

  it.each([
    {
      name: 'page.txt',
      bytes: utf8(page),
      source: 'html',
      note: /HTML: the content is an HTML page, named \.txt/,
    },
    {
      name: 'fragment',
      bytes: utf8(fragment),
      source: 'html',
      note: /HTML markup, named no extension/,
    },
    { name: 'fragment.pdf', bytes: utf8(fragment), source: 'html', note: /named \.pdf/ },
    { name: 'saved.doc', bytes: utf8(page), source: 'html', note: /named \.doc/ },
    {
      name: 'write.js',
      bytes: utf8(`document.write('${fragment}');`),
      source: 'html',
      note: /page script that writes the HTML, named \.js/,
    },
    {
      name: 'report.txt',
      bytes: fixture('text.pdf'),
      source: 'pdf',
      note: /PDF: the content starts with %PDF-, named \.txt/,
    },
    {
      name: 'report',
      bytes: fixture('table.docx'),
      source: 'docx',
      note: /DOCX: .*word\/document\.xml.*no extension/,
    },
    {
      name: 'report.xyz',
      bytes: utf8('一、总体情况'),
      source: 'text',
      note: /TEXT: the content is text, named \.xyz/,
    },
    { name: 'README', bytes: utf8('一、总体情况'), source: 'text', note: /named no extension/ },
    {
      name: 'plain.html',
      bytes: utf8('一、总体情况 本年度无'),
      source: 'text',
      note: /no HTML markup, named \.html/,
    },
  ])('readSource($name) is read as $source with a note', async ({ name, bytes, source, note }) => {
    const result = await readSource(name, bytes);
    expect(result).toMatchObject({ kind: 'text', source });
    if (result.kind === 'text') expect(result.note).toMatch(note);
  });

  it.each([
    { name: 'fragment.html', bytes: utf8(fragment), source: 'html' },
    { name: 'short.htm', bytes: utf8('<p>一、总体情况</p>'), source: 'html' },
    { name: 'report.pdf', bytes: fixture('text.pdf'), source: 'pdf' },
    { name: 'report.docx', bytes: fixture('table.docx'), source: 'docx' },
    { name: 'report.txt', bytes: utf8('一、总体情况'), source: 'text' },
  ])(
    'readSource($name) is read by its own extension’s reader, without a note',
    async ({ name, bytes, source }) => {
      const result = await readSource(name, bytes);
      expect(result).toMatchObject({ kind: 'text', source });
      if (result.kind === 'text') expect(result.note).toBeUndefined();
    },
  );

  it.each([
    // Negative twins: text that only mentions what a signature or markup looks like.
    { name: 'tags.txt', text: '网页版统计表用<table>标签排版，<td>单元格数字以本报告为准。' },
    { name: 'pdf.txt', text: '附件为扫描件（%PDF-1.7），以正文为准。' },
    { name: 'pk.txt', text: 'PK\u00034 对比：本年度与上年度持平。' },
    { name: 'mime.txt', text: 'MIME-Version: 1.0\n本邮件为政府信息公开申请。' },
    { name: 'script.txt', text: "document.write('本报告数字以正文为准');" },
    { name: 'book.txt', text: '《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》' },
  ])(
    'readSource($name, text that only mentions markup or a signature) reads it as text',
    async ({ name, text }) => {
      expect(await readSource(name, utf8(text))).toMatchObject({
        kind: 'text',
        source: 'text',
        text,
      });
    },
  );

  it.each([
    {
      name: 'book.docx',
      bytes: fixture('workbook.xlsx'),
      type: /Excel workbook \(\.xlsx\) named \.docx/,
    },
    { name: 'reports.txt', bytes: fixture('reports.zip'), type: /archive \(\.zip\) named \.txt/ },
    {
      name: 'old.docx',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      type: /old binary Office document/,
    },
    {
      name: 'scan.pdf',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      type: /image \(PNG\) named \.pdf/,
    },
    {
      name: 'photo',
      bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      type: /^image \(JPEG\): not supported/,
    },
    {
      name: 'blob',
      bytes: Uint8Array.from([0x01, 0x00, 0x9c, 0x00, 0x00, 0xe3, 0x07, 0x00]),
      type: /binary file of unknown type/,
    },
  ])(
    'readSource($name, another format) is unsupported, named by its content',
    async ({ name, bytes, type }) => {
      const result = await readSource(name, bytes);
      expect(result.kind).toBe('unsupported');
      if (result.kind === 'unsupported') expect(result.message).toMatch(type);
    },
  );

  it("readSource('u16.txt', UTF-16LE without a BOM) decodes it", async () => {
    const bytes = new Uint8Array(Buffer.from('一、总体情况\n本年度收到申请3件。', 'utf16le'));
    expect(await readSource('u16.txt', bytes)).toMatchObject({
      kind: 'text',
      text: '一、总体情况\n本年度收到申请3件。',
      encoding: 'utf-16le',
    });
  });
});

describe('readSource: the reader chosen by content keeps the decode warning', () => {
  const bad = [0xff];
  const gbPage = (body: string) =>
    concat(
      utf8('<html><head><meta charset="gb2312"></head><body><p>'),
      gb18030(body),
      bad,
      utf8('</p></body></html>'),
    );
  const mhtml = (part: Uint8Array) =>
    concat(
      utf8(
        'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n' +
          '----b--\r\nContent-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: binary\r\n\r\n',
      ),
      part,
      utf8('\r\n----b----\r\n'),
    );
  const invalid = (label: string) =>
    new RegExp(
      `^1 byte sequence\\(s\\) not valid ${label}, shown as \ufffd \\(read as ${label}\\)$`,
    );

  it.each([
    {
      name: 'page.txt (GB2312 page, a stray byte)',
      file: 'page.txt',
      bytes: gbPage('一、总体情况'),
      source: 'html',
      encoding: 'gb18030',
      note: /HTML: the content is an HTML page, named \.txt/,
    },
    {
      name: 'page.html (GB2312 page, a stray byte)',
      file: 'page.html',
      bytes: gbPage('一、总体情况'),
      source: 'html',
      encoding: 'gb18030',
      note: undefined,
    },
    {
      name: 'saved.mht (GB2312 part, a stray byte)',
      file: 'saved.mht',
      bytes: mhtml(concat(gb18030('<p>一、总体情况</p>'), bad)),
      source: 'html',
      encoding: 'gb18030',
      note: undefined,
    },
    {
      name: 'saved.txt (MHTML, GB2312 part, a stray byte)',
      file: 'saved.txt',
      bytes: mhtml(concat(gb18030('<p>一、总体情况</p>'), bad)),
      source: 'html',
      encoding: 'gb18030',
      note: /saved web page \(MHTML\), named \.txt/,
    },
    {
      name: 'write.js (page script in UTF-8, a stray byte)',
      file: 'write.js',
      bytes: concat(
        utf8(
          `document.write('<div><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>`,
        ),
        bad,
        utf8(`</div>');`),
      ),
      source: 'html',
      encoding: 'utf-8',
      note: /page script that writes the HTML, named \.js/,
    },
    {
      name: 'notes (text, no extension, GB18030 with a stray byte)',
      file: 'notes',
      bytes: concat(gb18030('一、总体情况\n本年度收到申请3件。'), bad),
      source: 'text',
      encoding: 'gb18030',
      note: /TEXT: the content is text, named no extension/,
    },
    {
      name: 'u16.txt (UTF-16LE without a BOM, a lone surrogate)',
      file: 'u16.txt',
      bytes: concat(
        Buffer.from('一、总体情况\n' + '本年度收到申请3件，均已按时答复。'.repeat(4), 'utf16le'),
        [0x00, 0xd8],
      ),
      source: 'text',
      encoding: 'utf-16le',
      note: undefined,
    },
  ])(
    'readSource($name) has the note and the warning',
    async ({ file, bytes, source, encoding, note }) => {
      const result = await readSource(file, bytes);
      expect(result).toMatchObject({ kind: 'text', source, encoding });
      if (result.kind !== 'text') return;
      if (note) expect(result.note).toMatch(note);
      else expect(result.note).toBeUndefined();
      expect(result.text).toContain('总体情况');
      expect(result.warning).toMatch(invalid(encoding));
    },
  );
});
