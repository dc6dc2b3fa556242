/** PDF bytes to report text with pdf.js (text layer only; scanned PDFs are refused). */
import { layoutPdf, type PdfItem, type PdfPage } from './pdfLayout.ts';

export class NoTextLayerError extends Error {
  constructor() {
    super('PDF has no text layer (scanned image); OCR is not supported');
  }
}

/** Where pdf.js finds its own worker in a page (the build serves it); null: pdf.js decides. */
let workerSrc: string | null = null;

/**
 * Sets the URL of pdf.js's worker, applied when pdf.js is first loaded (it is loaded only when a
 * PDF comes, so importing the reader costs nothing).
 */
export function setPdfWorkerSrc(url: string): void {
  workerSrc = url;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** Read every page's text items and lay them out. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSrc && !pdfjs.GlobalWorkerOptions.workerSrc)
    pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items as TextItem[]) {
        if (!('str' in raw) || !raw.str.trim()) continue;
        const [a, b, , d, e, f] = raw.transform as [number, number, number, number, number, number];
        items.push({
          text: raw.str,
          x: e,
          y: f,
          width: raw.width,
          size: Math.hypot(a, b) || Math.abs(d) || 10,
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const chars = pages.reduce(
    (sum, p) => sum + p.items.reduce((s, i) => s + i.text.replace(/\s/g, '').length, 0),
    0,
  );
  if (chars < 20) throw new NoTextLayerError();
  return layoutPdf(pages);
}
