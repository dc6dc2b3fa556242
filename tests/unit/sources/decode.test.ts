import { describe, expect, it } from 'vitest';
import { declaredCharset, decode, utf16Order } from '../../../src/lib/sources/decode.ts';
import { gb18030 } from '../../lib/gb18030.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));
/** UTF-16 code units of `s` as bytes, little or big endian. */
const utf16 = (s: string, littleEndian: boolean) =>
  [...s].flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });

/** 政府 in GBK/GB18030. */
const GBK_ZHENGFU = [0xd5, 0xfe, 0xb8, 0xae];

describe('decode', () => {
  it.each([
    {
      call: 'decode(UTF-8 bytes)',
      bytes: utf8('政府信息公开 123'),
      text: '政府信息公开 123',
      encoding: 'utf-8',
    },
    {
      call: 'decode(UTF-8 with BOM)',
      bytes: concat([0xef, 0xbb, 0xbf], utf8('政府')),
      text: '政府',
      encoding: 'utf-8-bom',
    },
    {
      call: 'decode(UTF-16LE with BOM)',
      bytes: concat([0xff, 0xfe], utf16('政府12', true)),
      text: '政府12',
      encoding: 'utf-16le',
    },
    {
      call: 'decode(UTF-16BE with BOM)',
      bytes: concat([0xfe, 0xff], utf16('政府12', false)),
      text: '政府12',
      encoding: 'utf-16be',
    },
    {
      call: 'decode(GB18030 bytes of 政府)',
      bytes: Uint8Array.from(GBK_ZHENGFU),
      text: '政府',
      encoding: 'gb18030',
    },
    {
      call: 'decode(GB18030 bytes mixed with ASCII)',
      bytes: concat(utf8('2017 '), GBK_ZHENGFU, utf8(' 23')),
      text: '2017 政府 23',
      encoding: 'gb18030',
    },
    {
      call: 'decode(ASCII only) is UTF-8',
      bytes: utf8('abc 123'),
      text: 'abc 123',
      encoding: 'utf-8',
    },
    { call: 'decode(empty)', bytes: new Uint8Array(0), text: '', encoding: 'utf-8' },
  ])('$call', ({ bytes, text, encoding }) => {
    expect(decode(bytes)).toEqual({ text, encoding });
  });
});

describe('decode(html)', () => {
  const gbk = (ascii: string, tail: number[]) =>
    new Uint8Array([...new TextEncoder().encode(ascii), ...tail]);

  it("decode(GBK page with <meta charset='gb2312'>, {html}) follows the declaration", () => {
    // 政府 in GBK: D5 FE B8 AE
    const bytes = gbk(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>',
      [0xd5, 0xfe, 0xb8, 0xae],
    );
    expect(decode(bytes, { html: true })).toEqual({
      text: expect.stringContaining('政府'),
      encoding: 'gb18030',
    });
  });

  it('decode(UTF-8 page that declares gb2312, {html}) falls back to detection when the declaration lies', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>政府信息公开</p>');
    expect(decode(bytes, { html: true })).toEqual({
      text: expect.stringContaining('政府信息公开'),
      encoding: 'utf-8',
    });
  });

  it('declaredCharset(page) reads <meta charset> and http-equiv forms', () => {
    expect(declaredCharset(new TextEncoder().encode('<meta charset="GBK">'))).toBe('gb18030');
    expect(declaredCharset(new TextEncoder().encode('<meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(new TextEncoder().encode('<p>none</p>'))).toBeNull();
  });
});

describe('utf16Order', () => {
  const text = '一、总体情况\n本年度共收到政府信息公开申请3件，均已按时答复。';
  it.each([
    ['utf16le', 'utf-16le'],
    ['ucs2', 'utf-16le'],
  ] as const)('utf16Order(Chinese text as %s, no BOM) = %j', (encoding, want) => {
    expect(utf16Order(new Uint8Array(Buffer.from(text, encoding)))).toBe(want);
  });

  it('utf16Order(Chinese text as UTF-16BE, no BOM) = utf-16be, and decode reads it', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(utf16Order(be)).toBe('utf-16be');
    expect(decode(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it.each([
    ['UTF-8 text', new TextEncoder().encode(text)],
    ['binary with NUL bytes', Uint8Array.from([0x01, 0x00, 0x9c, 0x00, 0x00, 0xe3, 0x07, 0x00])],
  ])('utf16Order(%s) is null', (_name, bytes) => {
    expect(utf16Order(bytes)).toBeNull();
  });
});

describe('decode(bytes not valid in the encoding) warns and says what was assumed', () => {
  const title = '平潭综合实验区2023年政府信息公开工作年度报告';
  const body = '本年度共收到政府信息公开申请二十件，均已按时答复。'.repeat(20);

  it('decode(UTF-8 with a few GB18030 bytes) is utf-8 with a warning counting the bad bytes', () => {
    const bytes = concat(utf8(`${title}\n${body}\n`), gb18030('政府'), utf8('\n完'));
    const out = decode(bytes);
    expect(out.encoding).toBe('utf-8');
    expect(out.text.startsWith(title)).toBe(true);
    expect(out.warning).toMatch(
      /^\d+ byte sequence\(s\) not valid utf-8, shown as \ufffd \(read as utf-8\)$/,
    );
  });

  it('decode(GB18030 with a UTF-8 line) is gb18030 with a mixed-encodings warning', () => {
    const bytes = concat(gb18030(`${title}\n${body}\n`), utf8('政府信息公开工作年度报告\n'));
    const out = decode(bytes);
    expect(out.encoding).toBe('gb18030');
    expect(out.text.startsWith(title)).toBe(true);
    expect(out.warning).toContain('look like UTF-8 in a GB18030 file');
  });

  it('decode(clean GB18030 report) has no warning', () => {
    const out = decode(gb18030(`${title}\n${body}\n`));
    expect(out).toEqual({ text: `${title}\n${body}\n`, encoding: 'gb18030' });
  });

  it('decode(GB18030 with a stray 0xFF byte) warns about it', () => {
    const out = decode(concat(gb18030(`${title}\n${body}`), [0xff], gb18030('完')));
    expect(out.encoding).toBe('gb18030');
    expect(out.warning).toBe(
      '1 byte sequence(s) not valid gb18030, shown as \ufffd (read as gb18030)',
    );
  });

  it('decode(UTF-8 BOM, then invalid bytes) keeps utf-8-bom and warns', () => {
    const out = decode(concat([0xef, 0xbb, 0xbf], utf8('政府'), [0xc3, 0x28]));
    expect(out.encoding).toBe('utf-8-bom');
    expect(out.warning).toContain('not valid utf-8');
  });

  it('decode(UTF-16LE without a BOM, a lone surrogate and an odd last byte) keeps utf-16le and warns', () => {
    const text = '一、总体情况\n本年度共收到政府信息公开申请3件，均已按时答复。';
    const bytes = concat(
      Buffer.from(text, 'utf16le'),
      [0x00, 0xd8],
      Buffer.from('完', 'utf16le'),
      [0x41],
    );
    const out = decode(bytes);
    expect(out.encoding).toBe('utf-16le');
    expect(out.text.startsWith(text)).toBe(true);
    expect(out.warning).toBe(
      '2 byte sequence(s) not valid utf-16le, shown as \ufffd (read as utf-16le)',
    );
  });

  it('decode(saved page part declared gb2312 with a stray 0xFF, {charset}) warns about it', () => {
    const out = decode(concat(gb18030('<p>政府信息公开</p>'), [0xff]), {
      html: true,
      charset: 'gb2312',
    });
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toContain('政府信息公开');
    expect(out.warning).toBe(
      '1 byte sequence(s) not valid gb18030, shown as \ufffd (read as gb18030)',
    );
  });
});
