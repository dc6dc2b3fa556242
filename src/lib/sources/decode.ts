/**
 * Bytes to text: a BOM first, then (HTML) a `<meta charset>`, then strict UTF-8, else GB18030
 * (old government pages). Records which encoding was used.
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

export function decode(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = options.html ? declaredCharset(bytes) : null;
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
