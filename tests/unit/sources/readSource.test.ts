import { describe, expect, it } from 'vitest';
import { extensionOf, MAX_BYTES, readSource } from '../../../src/lib/sources/readSource.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

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
      call: "readSource('a.txt', NUL bytes) -> binary content",
      name: 'a.txt',
      bytes: Uint8Array.from([0x41, 0x00, 0x42, 0x00]),
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
    { name: 'data.xyz', type: /\.xyz file/ },
    { name: 'README', type: /without extension/ },
  ])('readSource($name) is unsupported with a message naming the type', async ({ name, type }) => {
    const result = await readSource(name, utf8('not read'));
    expect(result.kind).toBe('unsupported');
    if (result.kind === 'unsupported') expect(result.message).toMatch(type);
  });

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
