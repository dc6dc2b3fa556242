/**
 * What a file's first bytes say it is (magic numbers), whatever its name: PDF, the zip family
 * (Word .docx told apart from other zips by its entries), and the formats we do not read.
 */

export type BinaryType = { kind: 'pdf' } | { kind: 'docx' } | { kind: 'unsupported'; type: string };

/** Leading bytes (latin1) -> type; checked in order. */
const SIGNATURES: { magic: string; type: BinaryType | 'zip' }[] = [
  { magic: '%PDF-', type: { kind: 'pdf' } },
  { magic: 'PK\x03\x04', type: 'zip' },
  { magic: 'PK\x05\x06', type: { kind: 'unsupported', type: 'empty zip archive' } },
  {
    magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1',
    type: { kind: 'unsupported', type: 'old binary Office document (.doc, .xls, .wps or .et)' },
  },
  { magic: '{\\rtf', type: { kind: 'unsupported', type: 'RTF document' } },
  { magic: '\xff\xd8\xff', type: { kind: 'unsupported', type: 'image (JPEG)' } },
  { magic: '\x89PNG\r\n\x1a\n', type: { kind: 'unsupported', type: 'image (PNG)' } },
  { magic: 'GIF87a', type: { kind: 'unsupported', type: 'image (GIF)' } },
  { magic: 'GIF89a', type: { kind: 'unsupported', type: 'image (GIF)' } },
  { magic: 'II*\x00', type: { kind: 'unsupported', type: 'image (TIFF)' } },
  { magic: 'MM\x00*', type: { kind: 'unsupported', type: 'image (TIFF)' } },
  { magic: 'Rar!\x1a\x07', type: { kind: 'unsupported', type: 'archive (.rar)' } },
  { magic: '7z\xbc\xaf\x27\x1c', type: { kind: 'unsupported', type: 'archive (.7z)' } },
  { magic: '\x1f\x8b', type: { kind: 'unsupported', type: 'archive (.gz)' } },
];

/** Entries that name the document inside a zip -> type; anything else is an archive. */
const ZIP_ENTRIES: { entry: RegExp; type: BinaryType }[] = [
  { entry: /^word\/document\.xml$/, type: { kind: 'docx' } },
  { entry: /^xl\/workbook\.xml$/, type: { kind: 'unsupported', type: 'Excel workbook (.xlsx)' } },
  {
    entry: /^ppt\/presentation\.xml$/,
    type: { kind: 'unsupported', type: 'PowerPoint presentation (.pptx)' },
  },
  { entry: /^OFD\.xml$/i, type: { kind: 'unsupported', type: 'OFD document' } },
  { entry: /^content\.xml$/, type: { kind: 'unsupported', type: 'OpenDocument file' } },
];

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  new TextDecoder('latin1').decode(bytes.subarray(start, end));

/** The binary type the leading bytes announce, or null for anything else (text included). */
export function binaryType(bytes: Uint8Array): BinaryType | null {
  // Leading whitespace before %PDF- happens in files written by scripts; nothing else may precede.
  const head = latin1(bytes, 0, 64);
  const pdfAt = /^[\s\0]{0,16}%PDF-/.exec(head);
  if (pdfAt) return { kind: 'pdf' };
  for (const { magic, type } of SIGNATURES) {
    if (!head.startsWith(magic)) continue;
    return type === 'zip' ? zipType(bytes) : type;
  }
  return null;
}

/** A zip's type from its entry names (central directory, else any local header name). */
function zipType(bytes: Uint8Array): BinaryType {
  const names = zipEntryNames(bytes);
  for (const { entry, type } of ZIP_ENTRIES) if (names.some((n) => entry.test(n))) return type;
  return { kind: 'unsupported', type: 'archive (.zip)' };
}

/** Entry names of a zip: from its central directory, or (cut-off file) from the local headers. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  // End of central directory: the last PK\5\6 within the final 64 KiB + 22 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(latin1(bytes, at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extra + comment;
    }
    if (names.length) return names;
    break;
  }
  for (let at = 0; at + 30 <= bytes.length;) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    names.push(latin1(bytes, at + 30, at + 30 + nameLength));
    if (size === 0) break; // sizes in a data descriptor: the next header cannot be found
    at += 30 + nameLength + extra + size;
  }
  return names;
}
