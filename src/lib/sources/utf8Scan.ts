/**
 * How much of a byte string is well-formed UTF-8: multi-byte sequences that are valid, bytes that
 * are not, and the longest run of consecutive valid three-byte sequences (CJK in UTF-8). GBK text
 * read this way has about one valid sequence in six and practically never four CJK in a row.
 */
export interface Utf8Scan {
  valid: number;
  invalid: number;
  longestCjkRun: number;
  /** Byte offset where that run starts (-1 when none). */
  runStart: number;
}

export function utf8Scan(bytes: Uint8Array): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let run = 0;
  let longestCjkRun = 0;
  let runStart = -1;
  let start = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      run = 0;
      i++;
      continue;
    }
    valid++;
    if (n === 3) {
      if (run === 0) start = i;
      run++;
      if (run > longestCjkRun) {
        longestCjkRun = run;
        runStart = start;
      }
    } else run = 0;
    i += n;
  }
  return { valid, invalid, longestCjkRun, runStart };
}
