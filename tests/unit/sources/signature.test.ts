import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryType, zipEntryNames } from '../../../src/lib/sources/signature.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url)));
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('binaryType', () => {
  it.each([
    ['text.pdf', { kind: 'pdf' }],
    ['table.docx', { kind: 'docx' }],
    ['workbook.xlsx', { kind: 'unsupported', type: 'Excel workbook (.xlsx)' }],
    ['reports.zip', { kind: 'unsupported', type: 'archive (.zip)' }],
  ])('binaryType(fixtures/sources/%s) = %j', (name, type) => {
    expect(binaryType(fixture(name))).toEqual(type);
  });

  it.each([
    ['\n\n%PDF-1.4\n', 'pdf'],
    ['\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0', 'unsupported'],
    ['{\\rtf1\\ansi', 'unsupported'],
    ['GIF89a\x01\0', 'unsupported'],
    ['\x1f\x8b\x08\0', 'unsupported'],
  ])('binaryType(%j).kind = %j', (head, kind) => {
    expect(binaryType(latin1(head))?.kind).toBe(kind);
  });

  it.each([
    ['text mentioning %PDF- later', 'see %PDF-1.7 attached'],
    ['text starting with PK', 'PK 对比 2023'],
    ['a gif named in prose', 'GIF 图片'],
    ['empty', ''],
  ])('binaryType(%s) is null', (_name, text) => {
    expect(binaryType(new TextEncoder().encode(text))).toBeNull();
  });
});

describe('zipEntryNames', () => {
  it('zipEntryNames(docx) lists word/document.xml from the central directory', () => {
    expect(zipEntryNames(fixture('table.docx'))).toContain('word/document.xml');
  });

  it('zipEntryNames(a zip cut before its central directory) falls back to the local headers', () => {
    const zip = fixture('workbook.xlsx');
    const cut = zip.subarray(0, zip.length - 60);
    expect(zipEntryNames(cut)).toContain('[Content_Types].xml');
  });
});
