/**
 * The hostile and careless inputs of the suite, generated at test time (nothing large is
 * committed): good reports from the golden fixtures, and every kind of file that once broke the
 * extractor.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gb18030 } from '../lib/gb18030.ts';
import { makePdf } from '../lib/makePdf.ts';
import { makeZip } from '../lib/makeZip.ts';
import { ROOT } from './cli.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');

/** The golden fixtures' report texts (synthetic reports that extract cleanly), by case name. */
export function goodReports(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(FIXTURES).sort()) {
    const input = join(FIXTURES, name, 'input.txt');
    if (existsSync(input)) out.set(name, readFileSync(input, 'utf8'));
  }
  return out;
}

/** Writes the good reports into `dir` as `<case>.txt`; returns their file names. */
export function writeGood(dir: string, prefix = ''): string[] {
  mkdirSync(dir, { recursive: true });
  return [...goodReports()].map(([name, text]) => {
    const file = `${prefix}${name}.txt`;
    writeFileSync(join(dir, file), text);
    return file;
  });
}

const t2 = (cells: string, title = '测试区人民政府2023年政府信息公开工作年度报告', prose = '') =>
  `标题: ${title}
==================== 正文 ====================
一、总体情况 ${prose}
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 ${cells}
五、存在的主要问题及改进情况 无。
`;

/** `<td rowspan=100 colspan=50>` cells: 660 KB that expand to 125 million grid cells. */
export const gridHtml = () =>
  `<html><body><p>三、收到和处理政府信息公开申请情况</p><table><tr>${'<td rowspan=100 colspan=50>1</td>'.repeat(20_000)}</tr></table></body></html>`;

/** Just under a million characters of table 三 rows of `row`: the most a report may be. */
export const tableOfNumbers = (row: string) =>
  `标题: 测试区人民政府2023年政府信息公开工作年度报告
==================== 正文 ====================
三、收到和处理政府信息公开申请情况
${row.repeat(Math.floor(990_000 / row.length))}`;

/** Files every one of which must come out as a row with a status (name -> bytes). */
export function hostileFiles(): Record<string, Uint8Array | string> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return {
    'grid.html': gridHtml(),
    'deep.html': `${'<div>'.repeat(200_000)}行政复议${'</div>'.repeat(200_000)}`,
    'many-tags.html': `<div>${'<p>一</p>'.repeat(900_000)}</div>`,
    'thirty-digits.txt': t2('7 1 123456789012345678901234567890'),
    'full-width.txt': t2('７ １ ４０'),
    'run-of-digits.txt': t2('1'.repeat(600_000)),
    'many-rows.txt': tableOfNumbers('1 1\n'),
    'injection.txt': t2(
      '7 1 40',
      '=HYPERLINK("http://evil.example","点击")人民政府2023年政府信息公开工作年度报告',
      "+cmd|' /C calc'!A0 -2+3 @SUM(1)",
    ),
    'mixed-encoding.txt': Uint8Array.from([...utf8(t2('7 1 40')), ...gb18030('政府信息公开'), 10]),
    'gb18030.txt': gb18030(t2('7 1 40')),
    'binary.txt': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
    'empty.txt': '',
    'whitespace.md': ' \n\t\n  ',
    'junk.pdf': Uint8Array.from([
      ...utf8('%PDF-1.7\n'),
      ...Array.from({ length: 20_000 }, (_, i) => (i * 31) % 256),
    ]),
    'not-really.pdf': 'plain text pretending to be a PDF',
    'not-a-zip.docx': 'PK\u0003\u0004 but nothing after',
    // 5 MB that inflate to a GB of XML.
    'zip-bomb.docx': makeZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': {
        chunk: utf8('<w:p><w:r><w:t>1</w:t></w:r></w:p>'.padEnd(1024)),
        times: 1024 * 1024,
      },
    }),
    'archive.zip': 'PK',
    'scan.jpg': 'image',
    'no-extension': 'x',
    'old.doc': 'x',
  };
}

/** Writes `files` into `dir`. */
export function writeFiles(dir: string, files: Record<string, Uint8Array | string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

/** A text file of `mb` MB of real report text (repeated), optionally on one line. */
export function bigText(path: string, mb: number, oneLine = false): void {
  // One named report, so that adding a fixture does not change the size in characters.
  const text = goodReports().get('pre2019-local-cumulative-run-together')!;
  const unit = Buffer.from(oneLine ? text.replace(/\n/g, ' ') : text);
  writeFileSync(path, Buffer.alloc(mb * 1_000_000, unit));
}

/** `n` sparse files of `mb` MB (no disk used): refused by size before anything is read. */
export function sparseFiles(dir: string, n: number, mb: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `huge-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, '');
    truncateSync(path, mb * 1_000_000);
    return path;
  });
}

/** A PDF of 5,000 pages: about ten seconds of pdf.js, for the time limit. */
export const slowPdf = () => makePdf(5000);

/** The fixture's small text PDF and Word document, copied into `dir`. */
export function copySources(dir: string): void {
  copyFileSync(join(FIXTURES, 'sources/text.pdf'), join(dir, 'text.pdf'));
  copyFileSync(join(FIXTURES, 'sources/table.docx'), join(dir, 'table.docx'));
}
