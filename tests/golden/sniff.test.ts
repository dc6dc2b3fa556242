/**
 * The content decides the reader (readSource): real reports of corpus/ under other names and in
 * wrappers (an HTML twin named .txt or without extension, the page saved whole in GB18030, written
 * by a page script, saved as MHTML; a PDF named .txt; UTF-16 without a BOM) read exactly as their
 * hand-checked values, and the report's message names the reader. Each has a negative twin that
 * must stay text. Fixture origins: tests/fixtures/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/lib/extract/batch.ts';
import { extractReport } from '../../src/lib/extract/index.ts';
import { corpusPath } from '../corpus.ts';
import { compareFacts, parseExpected } from './compare.ts';

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const sniffFixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/sniff/${name}`, import.meta.url));
const expectedOf = (stem: string) =>
  parseExpected(readFileSync(corpusPath(`expected/${stem}.tsv`), 'utf8'));
const utf8 = (s: string) => new TextEncoder().encode(s);

const S2018 = 'fujian-pingtan-shiyanqu-2018';
const S2021 = 'fujian-pingtan-shiyanqu-2021';
const S2022 = 'fujian-pingtan-shiyanqu-2022';
const HONGZE = 'jiangsu-huaian-hongzequ-2024';
const text2021 = () => readFileSync(corpusPath(`raw/${S2021}.txt`), 'utf8');

/** Extract one file; its report, and the golden mismatches against the stem's expected values. */
async function read(name: string, bytes: Uint8Array, stem: string, explicitCells: boolean) {
  const batch = await extractBatch([{ name, bytes }]);
  const mismatches = compareFacts(expectedOf(stem), batch.facts, {
    ambiguousHasValue: explicitCells,
  });
  return { report: batch.reports[0]!, mismatches };
}

describe('real reports under another name or in a wrapper are read by their content', () => {
  it.each([
    // name, bytes, expected values of, explicit cells (HTML), message
    [
      `${S2022}.txt`,
      () => bytesOf(corpusPath(`html/${S2022}.html`)),
      S2022,
      true,
      /read as HTML: the content is HTML markup, named \.txt/,
    ],
    [
      S2022,
      () => bytesOf(corpusPath(`html/${S2022}.html`)),
      S2022,
      true,
      /read as HTML: .*named no extension/,
    ],
    [
      'shiyanqu-2018-page-gb2312.txt',
      () => bytesOf(sniffFixture('shiyanqu-2018-page-gb2312.txt')),
      S2018,
      true,
      /read as HTML: the content is an HTML page, named \.txt/,
    ],
    [
      'shiyanqu-2018-document-write.txt',
      () => bytesOf(sniffFixture('shiyanqu-2018-document-write.txt')),
      S2018,
      true,
      /read as HTML: the content is a page script that writes the HTML, named \.txt/,
    ],
    [
      'shiyanqu-2018-page-script.html',
      () => bytesOf(sniffFixture('shiyanqu-2018-page-script.html')),
      S2018,
      true,
      /page script that writes the HTML, named \.html/,
    ],
    [
      'shiyanqu-2018-saved-page',
      () => bytesOf(sniffFixture('shiyanqu-2018-saved-page')),
      S2018,
      true,
      /saved web page \(MHTML\), named no extension/,
    ],
    [
      `${HONGZE}.txt`,
      () => bytesOf(corpusPath(`raw/${HONGZE}.pdf`)),
      HONGZE,
      false,
      /read as PDF: the content starts with %PDF-, named \.txt/,
    ],
    [
      `${S2021}.txt`,
      () => new Uint8Array(Buffer.from(text2021(), 'utf16le')),
      S2021,
      false,
      /^(?!.*read as)/,
    ],
    [
      S2021,
      () => utf8(text2021()),
      S2021,
      false,
      /^read as TEXT: the content is text, named no extension/,
    ],
  ])(
    '%s: every hand-checked cell, and the message names the reader',
    async (name, bytes, stem, explicit, message) => {
      const { report, mismatches } = await read(name, bytes(), stem, explicit);
      expect(mismatches).toEqual([]);
      expect(report.message).toMatch(message);
    },
  );

  it('the blank 2021 form (.docx) without an extension is read as Word: t2021, every cell blank', async () => {
    const batch = await extractBatch([
      { name: 'form', bytes: bytesOf(corpusPath('raw/template-2021-national-blank-form.docx')) },
    ]);
    expect(batch.reports[0]).toMatchObject({ format_version: 't2021', encoding: 'docx' });
    expect(batch.reports[0]!.message).toMatch(/read as DOCX: .*named no extension/);
    expect(batch.facts.filter((f) => f.value_status === 'blank').length).toBeGreaterThanOrEqual(
      200,
    );
  });

  it('the UTF-16 twin names its encoding', async () => {
    const { report } = await read(
      `${S2021}.txt`,
      new Uint8Array(Buffer.from(text2021(), 'utf16le')),
      S2021,
      false,
    );
    expect(report.encoding).toBe('utf-16le');
  });
});

describe('negative twins: text that only mentions markup stays text', () => {
  it.each([
    [
      'a sentence naming <table> and <td> tags',
      (t: string) =>
        t.replace(
          '六、其他需要报告的事项',
          '六、其他需要报告的事项网页版统计表用<table>标签排版，<td>单元格与</td>结束标签一一对应，数字以本报告为准。',
        ),
    ],
    [
      'a document.write of plain words',
      (t: string) => `document.write('本报告数字以正文为准');\n${t}`,
    ],
    ['a quoted MIME header', (t: string) => `MIME-Version: 1.0\n${t}`],
    [
      '%PDF- in a sentence',
      (t: string) =>
        t.replace(
          '六、其他需要报告的事项',
          '六、其他需要报告的事项附件扫描件（%PDF-1.7）以正文为准。',
        ),
    ],
  ])('%s: read as text, no note, the same values', async (_name, edit) => {
    const text = edit(text2021());
    expect(text).not.toBe(text2021());
    const { report, mismatches } = await read(`${S2021}.txt`, utf8(text), S2021, false);
    expect(report.message).not.toMatch(/read as/);
    expect(mismatches).toEqual([]);
  });
});

describe('markup read as text never gives a value from inside the markup', () => {
  /** Spans of tags, comments, style and script blocks. */
  const markupSpans = (html: string) =>
    [
      ...html.matchAll(/<(style|script)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/gi),
    ].map((m) => [m.index, m.index + m[0].length] as const);

  it.each([S2018, S2022])(
    'extractReport(corpus/html/%s.html as text): no value inside a tag, none wrong',
    (stem) => {
      const html = readFileSync(corpusPath(`html/${stem}.html`), 'utf8');
      const { facts } = extractReport({ text: html, reportId: stem });
      const spans = markupSpans(html);
      // Printed numbers (a zero stated in words spans a phrase, which may run across tags).
      const valued = facts.filter(
        (f) => f.value !== null && f.char_start !== null && /^[\d.]+$/.test(f.value_raw),
      );
      expect(valued.length).toBeGreaterThan(20);
      const inside = valued.filter((f) =>
        spans.some(([s, e]) => f.char_start! < e && f.char_end! > s),
      );
      expect(inside.map((f) => `${f.metric_id} ${f.value_raw}`)).toEqual([]);
      const wrong = compareFacts(expectedOf(stem), facts, { ambiguousHasValue: true }).filter(
        (m) => m.actual !== 'absent' && !m.actual.startsWith(' ('),
      );
      expect(wrong).toEqual([]);
    },
  );
});
