/** Browser-side downloads of what a chart shows: CSV text, the SVG itself, or a PNG of it. */

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

/** The SVG as a standalone document (namespaces, size, font). */
export function svgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('style', `${FONT} background: #fff;`);
  return new XMLSerializer().serializeToString(clone);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  saveFile(name, new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Renders the SVG to a canvas at 2x and saves it as PNG. */
export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const img = new Image();
  const url = URL.createObjectURL(
    new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }),
  );
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
