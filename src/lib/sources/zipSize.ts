/**
 * What a zip archive (a .docx) declares it inflates to, read from its central directory without
 * inflating anything: a few MB of zip can hold a GB of XML, which would be inflated outside any
 * heap limit before the Word reader sees it.
 */

/** Inflated bytes a Word document may hold (a report's document.xml is a few MB). */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** Sum of the declared uncompressed sizes, Infinity for ZIP64 sizes, null when no directory is found. */
export function unzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end-of-directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const size = u32(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}
