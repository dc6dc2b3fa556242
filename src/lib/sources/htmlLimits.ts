/**
 * What an HTML page may hold before it is refused rather than read: real report pages nest about
 * ten elements deep and print tables of a few hundred cells, while a hostile page of nested
 * `<div>`s or of `<td rowspan=100 colspan=50>` cells would exhaust the stack or memory.
 */
import { DomHandler, Parser } from 'htmlparser2';

export const HTML_LIMITS = {
  /** Element nesting depth. */
  depth: 256,
  /** Tags (counted as `<` characters before parsing). */
  tags: 1_000_000,
  /** Cells of one table's grid, rows × columns with spans expanded. */
  tableCells: 100_000,
  /** Cells of every table grid of the page together. */
  pageCells: 1_000_000,
} as const;

/** A page over one of HTML_LIMITS; its message names the limit. */
export class HtmlLimitError extends Error {}

const n = (x: number) => x.toLocaleString('en-US');

/** A DOM builder that refuses elements nested past HTML_LIMITS.depth as they open. */
class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > HTML_LIMITS.depth + 1)
      throw new HtmlLimitError(`elements nest over ${n(HTML_LIMITS.depth)} levels deep; refused`);
  }
}

/**
 * `parseDocument` within the limits: more tags than HTML_LIMITS.tags are refused before parsing,
 * and nesting past HTML_LIMITS.depth while parsing. Throws HtmlLimitError.
 */
export function parseWithinLimits(html: string): DomHandler['root'] {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (++tags > HTML_LIMITS.tags)
      throw new HtmlLimitError(`page has over ${n(HTML_LIMITS.tags)} tags; refused`);
  }
  const handler = new DepthLimitedHandler();
  new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  }).end(html);
  return handler.root;
}

/**
 * Counts the grid cells a table will expand to (each cell's rowspan × colspan) against the limits
 * of one table and of the page so far; returns the page's new total. Throws HtmlLimitError.
 */
export function countGridCells(spans: readonly [number, number][], pageSoFar: number): number {
  let cells = 0;
  for (const [rowspan, colspan] of spans) cells += rowspan * colspan;
  if (cells > HTML_LIMITS.tableCells)
    throw new HtmlLimitError(
      `a table expands to ${n(cells)} cells (rows × columns with spans), over the limit of ${n(HTML_LIMITS.tableCells)}; refused`,
    );
  if (pageSoFar + cells > HTML_LIMITS.pageCells)
    throw new HtmlLimitError(
      `the tables expand to over ${n(HTML_LIMITS.pageCells)} cells (rows × columns with spans); refused`,
    );
  return pageSoFar + cells;
}
