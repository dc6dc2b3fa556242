/**
 * Bytes to text: a BOM first, then UTF-16 without a BOM (NUL bytes in text), then a charset the
 * container declares (HTML `<meta charset>`, a saved page's part header), then strict UTF-8, else
 * GB18030 (old government pages). Records which encoding was used.
 */
export interface Decoded {
  text: string;
  encoding: string;
}

const LABELS: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

/** The charset an HTML document declares in its first 2 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? (LABELS[m[1]!.toLowerCase()] ?? null) : null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of UTF-16 code units that are text of a Chinese report (CJK, ASCII, punctuation). */
function plausibleUtf16(text: string): number {
  if (!text) return 0;
  const ok = text.match(
    /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x09\x0a\x0d\x20-\x7e]/g,
  );
  return (ok?.length ?? 0) / text.length;
}

/**
 * UTF-16 saved without a BOM (Windows "Unicode" text): NUL bytes, and the text reads as Chinese
 * or ASCII in one byte order. Null when the bytes are not such text.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || !sample.includes(0)) return null;
  const le = plausibleUtf16(new TextDecoder('utf-16le').decode(sample));
  const be = plausibleUtf16(new TextDecoder('utf-16be').decode(sample));
  const best = Math.max(le, be);
  if (best < 0.95) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

export function decode(
  bytes: Uint8Array,
  options: { html?: boolean; charset?: string | null } = {},
): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const order = utf16Order(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const given = options.charset ? LABELS[options.charset.toLowerCase()] : undefined;
  const declared = given ?? (options.html ? declaredCharset(bytes) : null);
  if (declared && declared !== 'utf-8') {
    // Chinese text in GBK is practically never valid UTF-8 with multi-byte characters: when the
    // bytes are, the declaration is stale (a page re-saved as UTF-8) and UTF-8 wins.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8' };
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared };
    } catch {
      // Not decodable as declared either: fall through to detection.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
