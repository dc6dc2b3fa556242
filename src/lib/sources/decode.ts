/**
 * Bytes to text: a BOM first, then UTF-16 without a BOM (NUL bytes in text), then a charset the
 * container declares (HTML `<meta charset>`, a saved page's part header), then strict UTF-8, else
 * the more plausible of UTF-8 with a few bad bytes and GB18030 (old government pages). Records
 * which encoding was assumed, and warns when the bytes are not all valid in it.
 */
import { utf8Scan } from './utf8Scan.ts';

export interface Decoded {
  text: string;
  /** The encoding the text was read as. */
  encoding: string;
  /** Set when some bytes are not valid in that encoding (or look like another one). */
  warning?: string;
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

/** Four CJK characters in a row of valid UTF-8 do not happen by chance in GBK text. */
const UTF8_RUN = 4;

/** The charset an HTML document declares in its first 2 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? (LABELS[m[1]!.toLowerCase()] ?? null) : null;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
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

/** Decodes as `label`, replacing invalid bytes, with a warning that counts them. */
function lenient(label: string, bytes: Uint8Array, encoding = label): Decoded {
  const exact = strict(label, bytes);
  if (exact !== null) return { text: exact, encoding };
  const text = new TextDecoder(label).decode(bytes);
  const bad = text.split('\ufffd').length - 1;
  return {
    text,
    encoding,
    warning: `${bad} byte sequence(s) not valid ${label}, shown as \ufffd (read as ${label})`,
  };
}

export function decode(
  bytes: Uint8Array,
  options: { html?: boolean; charset?: string | null } = {},
): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return lenient('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient('utf-16be', bytes.subarray(2));
  // Without a BOM too, UTF-16 can hold lone surrogates or an odd last byte: counted the same way.
  const order = utf16Order(bytes);
  if (order) return lenient(order, bytes);
  const given = options.charset ? LABELS[options.charset.toLowerCase()] : undefined;
  const declared = given ?? (options.html ? declaredCharset(bytes) : null);
  if (declared && declared !== 'utf-8') {
    // Chinese text in GBK is practically never valid UTF-8 with multi-byte characters: when the
    // bytes are, the declaration is stale (a page re-saved as UTF-8) and UTF-8 wins.
    const utf8 = strict('utf-8', bytes);
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8' };
    const text = strict(declared, bytes);
    if (text !== null) return { text, encoding: declared };
    // Not decodable as declared either: fall through to detection.
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const scan = utf8Scan(bytes);
  // Mostly well-formed UTF-8 with a few bad bytes: UTF-8, the bad bytes replaced and counted.
  if (scan.valid > scan.invalid) return lenient('utf-8', bytes);
  const gb = lenient('gb18030', bytes);
  if (scan.longestCjkRun >= UTF8_RUN) {
    const note = `bytes from offset ${scan.runStart} look like UTF-8 in a GB18030 file (mixed encodings; read as gb18030)`;
    gb.warning = [gb.warning, note].filter(Boolean).join('; ');
  }
  return gb;
}
