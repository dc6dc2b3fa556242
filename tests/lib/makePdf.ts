/** Test helper: a valid PDF of `pages` pages, each with one line of Helvetica text. */
export function makePdf(
  pages: number,
  text = (n: number) => `Page ${n} applications 12 and 7`,
): Uint8Array {
  const objects: string[] = [];
  const kids: number[] = [];
  // 1 catalog, 2 pages, 3 font, then per page: page object and content stream.
  for (let n = 0; n < pages; n++) kids.push(4 + 2 * n);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let n = 0; n < pages; n++) {
    const stream = `BT /F1 12 Tf 72 720 Td (${text(n + 1).replace(/[()\\]/g, '')}) Tj ET`;
    objects[4 + 2 * n] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * n} 0 R >>`;
    objects[5 + 2 * n] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++)
    out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
