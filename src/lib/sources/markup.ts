/**
 * Whether a decoded text is HTML markup, whatever the file is called: a page, an article
 * fragment, or a page script whose strings write the report (`document.write('<table>…')`).
 * Prose that names a tag (`<table>`), Word residue comments in crawled text and 《…<书名>…》
 * brackets are not markup.
 */
import { scriptStrings, WRITES_MARKUP } from './scriptStrings.ts';

/** A page: a doctype or document element first (after an XML declaration and comments). */
const PAGE_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
/** Tags of the elements report pages are made of. */
const TAG =
  /<\/?(?:p|div|span|table|tbody|thead|tr|td|th|br|font|strong|b|i|u|h[1-6]|ul|ol|li|a|img|center|section|article|o:p)(?=[\s>/])[^<>]*>/gi;
/** Enough tags, some of them closing, to be markup rather than prose that names a tag. */
const MIN_TAGS = 8;
const MIN_CLOSING = 2;
const IDENTIFIER = /^[A-Za-z_$][\w$.#:/-]*$/;

export type MarkupKind = 'page' | 'fragment' | 'script';

/** Whether `text` is HTML itself (a page or a fragment), not counting script strings. */
export function markupKind(text: string): 'page' | 'fragment' | null {
  if (PAGE_START.test(text)) return 'page';
  let tags = 0;
  let closing = 0;
  for (const m of text.matchAll(TAG)) {
    tags++;
    if (m[0][1] === '/') closing++;
    if (tags >= MIN_TAGS && closing >= MIN_CLOSING) return 'fragment';
  }
  return null;
}

/** The markup written by a script's string literals, when they hold markup. */
function writtenMarkup(script: string): string | null {
  if (!WRITES_MARKUP.test(script)) return null;
  // Names the code uses (`getElementById('zoom')`, 'text/html') are not written on the page.
  const { values } = scriptStrings(script);
  const html = values.filter((v) => !IDENTIFIER.test(v)).join('');
  return markupKind(html) ? html : null;
}

const CJK = /[\u4e00-\u9fff]/g;
const cjkCount = (s: string) => s.match(CJK)?.length ?? 0;
const SCRIPT_BLOCK = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The HTML a text holds and how it holds it, or null for plain text. A page whose report is
 * written by its scripts gets each such script replaced by what it writes (as a browser would).
 */
export function findMarkup(text: string): { html: string; kind: MarkupKind } | null {
  // A script file: the code outside its literals is not markup, the literals are.
  if (!PAGE_START.test(text) && WRITES_MARKUP.test(text) && !markupKind(scriptStrings(text).code)) {
    const html = writtenMarkup(text);
    if (html) return { html, kind: 'script' };
  }
  const kind = markupKind(text);
  if (!kind) return null;
  let written = 0;
  const html = text.replace(SCRIPT_BLOCK, (block, body: string) => {
    const markup = writtenMarkup(body);
    if (!markup) return block;
    written += cjkCount(markup);
    return markup;
  });
  // The scripts are the report when they write more Chinese text than the page shows itself.
  const shown = cjkCount(text.replace(SCRIPT_BLOCK, ' ').replace(/<[^<>]*>/g, ' '));
  return written > shown ? { html, kind: 'script' } : { html: text, kind };
}
