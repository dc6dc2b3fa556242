/**
 * A chart made fit to publish on its own: the plot's SVG inside a larger SVG with the title,
 * subtitle and unit above it, and the notes, source line and date below. Plain strings in and
 * out, so the same markup is saved as SVG and drawn into the PNG.
 */

/** What is written around the plot; empty parts are left out. */
export interface PublishText {
  title: string;
  subtitle: string;
  unit: string;
  notes: string;
  source: string;
  date: string;
}

const PAD = 16;
const FONT = `'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif`;

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Approximate width of text in em: CJK and full-width characters are 1, others about 0.56. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/u.test(ch) ? 1 : 0.56;
  return w;
}

/** Text broken into lines no wider than `maxEm` (at spaces when there are any, else anywhere). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[^\s\u2e80-\uffef]+\s*|[\u2e80-\uffef]|\s+/gu) ?? []) {
    if (line && textWidthEm(line + token.trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The plot (`plot`, a standalone `<svg>` of `width`×`height`) framed with its texts. */
export function publishSvg(
  plot: { markup: string; width: number; height: number },
  text: PublishText,
): { markup: string; width: number; height: number } {
  const width = Math.max(Math.round(plot.width) + 2 * PAD, 560);
  const parts: string[] = [];
  let y = PAD;
  const block = (value: string, size: number, attrs: string) => {
    for (const line of wrapText(value, (width - 2 * PAD) / size)) {
      y += size * 1.35;
      parts.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
      );
    }
  };
  block(text.title, 18, 'font-weight="bold" fill="#111" data-part="title"');
  if (text.subtitle) block(text.subtitle, 13, 'fill="#333" data-part="subtitle"');
  if (text.unit) block(text.unit, 12, 'fill="#555" data-part="unit"');
  y += 8;
  parts.push(`<g transform="translate(${PAD}, ${y.toFixed(1)})">${plot.markup}</g>`);
  y += plot.height + 4;
  if (text.notes) block(text.notes, 11, 'fill="#444" data-part="notes"');
  block(text.source, 11, 'fill="#222" data-part="source"');
  if (text.date) block(text.date, 11, 'fill="#666" data-part="date"');
  const height = Math.round(y + PAD);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return { markup, width, height };
}
