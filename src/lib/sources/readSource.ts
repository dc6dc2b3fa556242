/**
 * Classify an input file and turn it into text: plain text and Markdown are decoded here;
 * other types are listed as unsupported with a message naming the type.
 */
import { decode } from './decode.ts';

export type SourceResult =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'unsupported'; message: string }
  | { kind: 'error'; message: string };

export const MAX_BYTES = 50 * 1024 * 1024;

const TYPES: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  doc: 'old binary Word (.doc)',
  wps: 'WPS document (.wps)',
  html: 'HTML page',
  htm: 'HTML page',
  xls: 'Excel (.xls)',
  xlsx: 'Excel (.xlsx)',
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
};

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** Read one input file's bytes. */
export function readSource(name: string, bytes: Uint8Array): SourceResult {
  const ext = extensionOf(name);
  if (bytes.length > MAX_BYTES)
    return {
      kind: 'error',
      message: `file is ${(bytes.length / 1048576).toFixed(1)} MB; files over 50 MB are refused`,
    };
  if (ext === 'txt' || ext === 'md' || ext === 'text' || ext === 'markdown') {
    if (bytes.length === 0) return { kind: 'error', message: 'empty file' };
    if (looksBinary(bytes)) return { kind: 'error', message: 'binary content in a text file' };
    const { text, encoding } = decode(bytes);
    if (!text.trim()) return { kind: 'error', message: 'file holds only whitespace' };
    return { kind: 'text', text, encoding };
  }
  const type = TYPES[ext] ?? (ext ? `.${ext} file` : 'file without extension');
  return {
    kind: 'unsupported',
    message: `${type}: not read yet (this version reads .txt and .md report texts)`,
  };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 text has many zero bytes but starts with a BOM, handled by decode().
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !bom && zeros > 0;
}
