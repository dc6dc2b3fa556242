/**
 * Turn an input file into report text. The content decides the reader, whatever the file is
 * called: PDF and zip signatures (Word .docx told apart from other zips), HTML markup (a page, a
 * fragment, a page script that writes it, a page saved as MHTML), else text in its encoding.
 * When the reader is not the one the extension names, `note` says which was used and why.
 * Formats we do not read are listed as unsupported, named by their content.
 */
import { binaryType } from './signature.ts';
import { decode, utf16Order, type Decoded } from './decode.ts';
import { docxToText } from './docx.ts';
import { htmlToText } from './html.ts';
import { findMarkup, type MarkupKind } from './markup.ts';
import { isMhtml, mhtmlPage } from './mhtml.ts';
import { NoTextLayerError, pdfToText } from './pdf.ts';

export type SourceKind = 'text' | 'html' | 'pdf' | 'docx';

export type SourceResult =
  | {
      kind: 'text';
      source: SourceKind;
      text: string;
      encoding: string;
      /** Which reader was used, when not the one the extension names. */
      note?: string;
      /** Bytes not valid in the encoding assumed (see decode). */
      warning?: string;
    }
  | { kind: 'unsupported'; message: string }
  | { kind: 'error'; message: string };

export const MAX_BYTES = 50 * 1024 * 1024;

/** The reader each extension names (what a file claims to be). */
const CLAIMED: Record<string, SourceKind> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  mht: 'html',
  mhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** Formats we do not read, by extension: plain text under these names is not taken for a report. */
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

const ANY_TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?>/i;

const READS = 'reads text, Markdown, HTML, PDF and .docx';

const MARKUP_WORDS: Record<MarkupKind | 'mhtml', string> = {
  page: 'the content is an HTML page',
  fragment: 'the content is HTML markup',
  script: 'the content is a page script that writes the HTML',
  mhtml: 'the content is a saved web page (MHTML)',
};

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

const named = (ext: string) => (ext ? `.${ext}` : 'no extension');

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
  const claimed = CLAIMED[ext];
  /** The note when the reader is not the extension's, or the HTML came out of a wrapper. */
  const why = (reader: SourceKind, because: string, wrapped = false) =>
    reader === claimed && !wrapped
      ? undefined
      : `read as ${reader.toUpperCase()}: ${because}, named ${named(ext)}`;
  try {
    const binary = binaryType(bytes);
    if (binary?.kind === 'pdf') {
      const text = await pdfToText(bytes);
      return {
        kind: 'text',
        source: 'pdf',
        text,
        encoding: 'pdf',
        note: why('pdf', 'the content starts with %PDF-'),
      };
    }
    if (binary?.kind === 'docx') {
      const text = await docxToText(bytes);
      return {
        kind: 'text',
        source: 'docx',
        text,
        encoding: 'docx',
        note: why('docx', 'the content is a Word .docx (zip with word/document.xml)'),
      };
    }
    if (binary) {
      const also = UNSUPPORTED[ext] === binary.type || !ext ? '' : ` named ${named(ext)}`;
      return { kind: 'unsupported', message: `${binary.type}${also}: not supported (${READS})` };
    }
    if (isMhtml(bytes)) {
      const page = mhtmlPage(bytes);
      if (!page) return { kind: 'error', message: 'saved web page (MHTML) without an HTML part' };
      const decoded = decode(page.html, { html: true, charset: page.charset });
      return html_(decoded, why('html', MARKUP_WORDS.mhtml, ext !== 'mht' && ext !== 'mhtml'));
    }
    if (looksBinary(bytes)) {
      if (claimed === 'text') return { kind: 'error', message: 'binary content in a text file' };
      if (claimed === 'html') return { kind: 'error', message: 'binary content in an HTML file' };
    } else {
      const plain = decode(bytes);
      // Under an HTML name, any tag is markup; elsewhere the content must show it by itself.
      const found =
        findMarkup(plain.text) ??
        (claimed === 'html' && ANY_TAG.test(plain.text)
          ? { html: plain.text, kind: 'fragment' as const }
          : null);
      if (found) {
        // Decode again honouring the page's <meta charset> (the plain decode could not know it).
        const page = decode(bytes, { html: true });
        const markup = page.encoding === plain.encoding ? found : (findMarkup(page.text) ?? found);
        const note = why('html', MARKUP_WORDS[markup.kind], markup.kind === 'script');
        return html_({ ...page, text: markup.html }, note);
      }
      if (!claimed && !UNSUPPORTED[ext]) {
        if (!plain.text.trim()) return { kind: 'error', message: 'file holds only whitespace' };
        const note = `read as TEXT: the content is text, named ${named(ext)}`;
        return text_(plain, note);
      }
      if (claimed === 'text' || claimed === 'html') {
        if (!plain.text.trim()) return { kind: 'error', message: 'file holds only whitespace' };
        const note =
          claimed === 'html'
            ? `read as TEXT: the content holds no HTML markup, named ${named(ext)}`
            : undefined;
        return text_(plain, note);
      }
    }
    // No signature, no markup: under the name of a binary format it is not taken for a report.
    if (claimed === 'pdf') return { kind: 'error', message: 'not a PDF file (no %PDF header)' };
    if (claimed === 'docx') return { kind: 'error', message: 'not a .docx file (no zip header)' };
    const type = UNSUPPORTED[ext] ?? (ext ? `.${ext} file` : 'binary file of unknown type');
    return { kind: 'unsupported', message: `${type}: not supported (${READS})` };
  } catch (error) {
    if (error instanceof NoTextLayerError) return { kind: 'error', message: error.message };
    const message = (error as Error).message ?? String(error);
    return { kind: 'error', message: `cannot read ${ext || 'file'}: ${message.slice(0, 200)}` };
  }
}

/** Text as decoded, with the note and the decode's warning when there is one. */
function text_(plain: Decoded, note: string | undefined): SourceResult {
  const { text, encoding, warning } = plain;
  return { kind: 'text', source: 'text', text, encoding, note, ...(warning ? { warning } : {}) };
}

/** A page's decoded markup to text, keeping the decode's encoding and warning. */
function html_(page: Decoded, note: string | undefined): SourceResult {
  const { text } = htmlToText(page.text);
  if (!text.replace(/^.*=\s*正文\s*=+\s*$/ms, '').trim())
    return { kind: 'error', message: 'HTML page holds no text' };
  const { encoding, warning } = page;
  return { kind: 'text', source: 'html', text, encoding, note, ...(warning ? { warning } : {}) };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom || utf16Order(bytes)) return false;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
