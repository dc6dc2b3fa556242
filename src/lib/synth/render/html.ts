/**
 * A report as an HTML page: site chrome around an article element, paragraphs, and each table
 * as a <table> with the template's rowspan/colspan (group labels span their rows, the 2019/2021
 * table 三 has three label columns). Sites differ: `<th>` headers, cell text wrapped in
 * Word-style `<p><span>`, the blocks of table 二 in one table or one table each. The original
 * URL is a canonical link or a crawler comment.
 */
import type { SynthBlock, SynthReport, SynthTable } from '../types.ts';

export interface Markup {
  th: boolean;
  spans: boolean;
  /** Table 二's blocks as rows of one table (block titles spanning it), not one table each. */
  oneTable: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cell(m: Markup, html: string, colspan = 1, rowspan = 1, tag = 'td'): string {
  const span = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
  const body = html === '' ? '&nbsp;' : html;
  const inner = m.spans
    ? `<p style="text-align:center"><span style="font-family:宋体;font-size:14px">${body}</span></p>`
    : body;
  return `<${tag}${span}>${inner}</${tag}>`;
}

/** Rows of one block; `width` is the column count of its table. */
function blockRows(m: Markup, block: SynthBlock, width: number): string[] {
  const td = (text: string, colspan = 1, rowspan = 1) => cell(m, escape(text), colspan, rowspan);
  const out: string[] = [];
  if (block.title) out.push(`<tr>${td(block.title, width)}</tr>`);
  for (const row of block.header) {
    const used = row.reduce((s, h) => s + h.colspan, 0);
    const cells = row.map((h, i) =>
      cell(
        m,
        escape(h.text),
        h.colspan + (i === row.length - 1 && block.header.length === 1 ? width - used : 0),
        h.rowspan ?? 1,
        m.th ? 'th' : 'td',
      ),
    );
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  // Label columns still covered by a group label spanning rows from above.
  const covered: number[] = Array(block.labelColumns).fill(0);
  for (const row of block.rows) {
    let used = 0;
    while (used < covered.length && covered[used]! > 0) used++;
    const cells: string[] = [];
    row.lead.forEach((lead, i) => {
      const last = i === row.lead.length - 1;
      const colspan = last ? Math.max(1, block.labelColumns - used) : 1;
      const note = last && row.note ? `<br>${escape(row.note)}` : '';
      cells.push(cell(m, escape(lead.text) + note, colspan, lead.rowspan));
      if (lead.rowspan > 1) covered[used] = lead.rowspan;
      used += colspan;
    });
    const values = width - block.labelColumns - (row.unit !== undefined ? 1 : 0);
    if (row.unit !== undefined) cells.push(td(row.cells.length ? row.unit : ''));
    if (row.cells.length === 0) for (let i = 0; i < values; i++) cells.push(td(''));
    row.cells.forEach((c, i) =>
      cells.push(td(c.printed, i === row.cells.length - 1 ? 1 + values - row.cells.length : 1)),
    );
    for (let i = 0; i < covered.length; i++) if (covered[i]! > 0) covered[i]!--;
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  return out;
}

const widthOf = (block: SynthBlock) =>
  Math.max(
    ...block.header.map((r) => r.reduce((s, h) => s + h.colspan, 0)),
    ...block.rows.map((r) => block.labelColumns + (r.unit !== undefined ? 1 : 0) + r.cells.length),
  );

const TABLE = '<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>';

function tableHtml(m: Markup, table: SynthTable): string {
  if (m.oneTable && table.blocks.length > 1) {
    const width = Math.max(...table.blocks.map(widthOf));
    const rows = table.blocks.flatMap((b) => blockRows(m, b, width));
    return `${TABLE}\n${rows.join('\n')}\n</tbody></table>`;
  }
  return table.blocks
    .map((b) => `${TABLE}\n${blockRows(m, b, widthOf(b)).join('\n')}\n</tbody></table>`)
    .join('\n<p>&nbsp;</p>\n');
}

export function renderHtml(report: SynthReport, canonical: boolean, m: Markup): string {
  const parts: string[] = [];
  if (!canonical) parts.push(`<!-- original page: ${report.sourceUrl} -->`);
  parts.push(
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escape(report.title)}</title>`,
    canonical ? `<link rel="canonical" href="${report.sourceUrl}">` : '',
    '</head><body>',
    `<div class="nav">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>`,
    '<div class="article">',
    `<h2 style="text-align:center">${escape(report.title)}</h2>`,
  );
  for (const block of report.blocks) {
    if (block.kind === 'heading') parts.push(`<p><strong>${escape(block.text)}</strong></p>`);
    else if (block.kind === 'para')
      parts.push(`<p style="text-indent:2em">${escape(block.text)}</p>`);
    else parts.push(tableHtml(m, block.table));
  }
  parts.push(
    '</div>',
    `<div class="footer">主办单位：${escape(report.body.name)}</div>`,
    '</body></html>',
  );
  return parts.filter(Boolean).join('\n') + '\n';
}
