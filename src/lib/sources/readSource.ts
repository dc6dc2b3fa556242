/**
 * Classify an input file and turn it into report text: plain text and Markdown, HTML pages, PDFs
 * (text layer), Word .docx. Anything else is listed as unsupported with a message naming its type.
 */
import { decode } from './decode.ts';
import { docxToText } from './docx.ts';
import { htmlToText } from './html.ts';
import { NoTextLayerError, pdfToText } from './pdf.ts';

export type SourceKind = 'text' | 'html' | 'pdf' | 'docx';

export type SourceResult =
  | { kind: 'text'; source: SourceKind; text: string; encoding: string; warning?: string }
  | { kind: 'unsupported'; message: string }
  | { kind: 'error'; message: string };

export const MAX_BYTES = 50 * 1024 * 1024;

const UNSUPPORTED: Record<string, string> = {
  doc: 'old binary Word document (.doc)',
  wps: 'WPS document (.wps)',
  xls: 'Excel workbook (.xls)',
  xlsx: 'Excel workbook (.xlsx)',
  et: 'WPS spreadsheet (.et)',
  rtf: 'RTF document',
  jpg: 'image (JPEG)',
  jpeg: 'image (JPEG)',
  png: 'image (PNG)',
  gif: 'image (GIF)',
  tif: 'image (TIFF)',
  tiff: 'image (TIFF)',
  zip: 'archive (.zip)',
  rar: 'archive (.rar)',
  '7z': 'archive (.7z)',
  gz: 'archive (.gz)',
  ofd: 'OFD document',
};

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

/** Read one input file's bytes into report text. Never throws. */
export async function readSource(name: string, bytes: Uint8Array): Promise<SourceResult> {
  const ext = extensionOf(name);
  if (bytes.length > MAX_BYTES) {
    return {
      kind: 'error',
      message: `file is ${(bytes.length / 1048576).toFixed(1)} MB; files over 50 MB are refused`,
    };
  }
  if (bytes.length === 0) return { kind: 'error', message: 'empty file' };
  try {
    switch (ext) {
      case 'txt':
      case 'text':
      case 'md':
      case 'markdown': {
        if (looksBinary(bytes)) return { kind: 'error', message: 'binary content in a text file' };
        const { text, encoding, warning } = decode(bytes);
        if (!text.trim()) return { kind: 'error', message: 'file holds only whitespace' };
        return { kind: 'text', source: 'text', text, encoding, ...(warning ? { warning } : {}) };
      }
      case 'html':
      case 'htm':
      case 'shtml':
      case 'xhtml': {
        if (looksBinary(bytes)) return { kind: 'error', message: 'binary content in an HTML file' };
        const { text: html, encoding, warning } = decode(bytes, { html: true });
        const { text } = htmlToText(html);
        if (!text.replace(/^.*=\s*正文\s*=+\s*$/ms, '').trim())
          return { kind: 'error', message: 'HTML page holds no text' };
        return { kind: 'text', source: 'html', text, encoding, ...(warning ? { warning } : {}) };
      }
      case 'pdf': {
        if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
          return { kind: 'error', message: 'not a PDF file (no %PDF header)' };
        return { kind: 'text', source: 'pdf', text: await pdfToText(bytes), encoding: 'pdf' };
      }
      case 'docx': {
        if (!startsWith(bytes, [0x50, 0x4b]))
          return { kind: 'error', message: 'not a .docx file (no zip header)' };
        return { kind: 'text', source: 'docx', text: await docxToText(bytes), encoding: 'docx' };
      }
      default: {
        const type = UNSUPPORTED[ext] ?? (ext ? `.${ext} file` : 'file without extension');
        return {
          kind: 'unsupported',
          message: `${type}: not supported (reads .txt, .md, .html, .pdf and .docx)`,
        };
      }
    }
  } catch (error) {
    if (error instanceof NoTextLayerError) return { kind: 'error', message: error.message };
    const message = (error as Error).message ?? String(error);
    return { kind: 'error', message: `cannot read ${ext || 'file'}: ${message.slice(0, 200)}` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return false;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
