/** Browser-side downloads of what a chart shows: CSV text, the SVG, or a PNG of it. */

const FONT = `font-family: 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif;`;

/** Saves text (or a blob) under a file name through a temporary link. */
export function saveFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An SVG document as text, with its size in CSS pixels. */
export interface SvgDocument {
  markup: string;
  width: number;
  height: number;
}

/** The plot's SVG as a standalone document (namespaces, size, font). */
export function svgDocument(svg: SVGSVGElement): SvgDocument {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('style', `${FONT} background: #fff;`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export function downloadSvg(doc: SvgDocument, name: string): void {
  saveFile(name, new Blob([doc.markup], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Renders the SVG to a canvas at 2x and saves it as PNG. */
export async function downloadPng(doc: SvgDocument, name: string): Promise<void> {
  const { width, height } = doc;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([doc.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (blob) saveFile(name, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
