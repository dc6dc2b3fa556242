import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/sources/html.ts';
import { HTML_LIMITS, HtmlLimitError } from '../../../src/lib/sources/htmlLimits.ts';
import { readSource } from '../../../src/lib/sources/readSource.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const spanned = (cells: number) =>
  `<p>三、收到和处理政府信息公开申请情况</p><table><tr>${'<td rowspan=100 colspan=50>1</td>'.repeat(cells)}</tr></table>`;

describe('HTML limits', () => {
  it('htmlToText(a table of rowspan=100 colspan=50 cells) is refused before its grid is built', () => {
    const t0 = performance.now();
    expect(() => htmlToText(spanned(25_000))).toThrow(HtmlLimitError);
    expect(() => htmlToText(spanned(25_000))).toThrow(/expands to 125,000,000 cells/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('htmlToText(tables under the table limit but over the page limit together) is refused', () => {
    const table = spanned(19); // 95,000 cells each
    expect(() => htmlToText(`<div>${table.repeat(11)}</div>`)).toThrow(/over 1,000,000 cells/);
    expect(() => htmlToText(`<div>${table.repeat(2)}</div>`)).not.toThrow();
  });

  it('htmlToText(elements nested deeper than the limit) is refused, at the limit it is read', () => {
    const nest = (n: number) => `${'<div>'.repeat(n)}行政复议${'</div>'.repeat(n)}`;
    expect(() => htmlToText(nest(100_000))).toThrow(/nest over 256 levels/);
    expect(htmlToText(nest(HTML_LIMITS.depth - 2)).text).toContain('行政复议');
  });

  it('htmlToText(more tags than the limit) is refused before parsing', () => {
    expect(() => htmlToText('<b>'.repeat(HTML_LIMITS.tags + 1))).toThrow(/over 1,000,000 tags/);
  });

  it('readSource(hostile page) is an error row naming the limit', async () => {
    const result = await readSource('grid.html', utf8(spanned(25_000)));
    expect(result).toEqual({
      kind: 'error',
      message: expect.stringMatching(/^cannot read html: a table expands to 125,000,000 cells/),
    });
  });
});
