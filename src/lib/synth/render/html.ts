/**
 * A report as an HTML page: site chrome around an article element, paragraphs, and each table
 * as a <table> with the template's rowspan/colspan (group labels span their rows, the 2019/2021
 * table 三 has three label columns). The original URL is a canonical link or a crawler comment.
 */
import type { SynthBlock, SynthReport, SynthTable } from '../types.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell; `html` is already escaped markup. */
const cellHtml = (html: string, colspan = 1, rowspan = 1) =>
  `<td${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${html === '' ? '&nbsp;' : html}</td>`;
const td = (text: string, colspan = 1, rowspan = 1) => cellHtml(escape(text), colspan, rowspan);

function blockRows(block: SynthBlock, width: number): string[] {
  const out: string[] = [];
  if (block.title) out.push(`<tr>${td(block.title, width)}</tr>`);
  for (const row of block.header)
    out.push(`<tr>${row.map((h) => td(h.text, h.colspan, h.rowspan ?? 1)).join('')}</tr>`);
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
      cells.push(cellHtml(escape(lead.text) + note, colspan, lead.rowspan));
      if (lead.rowspan > 1) covered[used] = lead.rowspan;
      used += colspan;
    });
    if (row.unit !== undefined) cells.push(td(row.cells.length ? row.unit : ''));
    if (row.cells.length === 0) {
      const values = width - block.labelColumns - (row.unit !== undefined ? 1 : 0);
      for (let i = 0; i < values; i++) cells.push(td(''));
    }
    for (const c of row.cells) cells.push(td(c.printed));
    for (let i = 0; i < covered.length; i++) if (covered[i]! > 0) covered[i]!--;
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  return out;
}

function tableHtml(table: SynthTable): string {
  const blocks = table.blocks.map((block) => {
    const width = Math.max(
      ...block.header.map((r) => r.reduce((s, h) => s + h.colspan, 0)),
      ...block.rows.map(
        (r) => block.labelColumns + (r.unit !== undefined ? 1 : 0) + r.cells.length,
      ),
    );
    return `<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>\n${blockRows(block, width).join('\n')}\n</tbody></table>`;
  });
  return blocks.join('\n<p>&nbsp;</p>\n');
}

export function renderHtml(report: SynthReport, canonical: boolean): string {
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
    else parts.push(tableHtml(block.table));
  }
  parts.push(
    '</div>',
    '<div class="footer">主办单位：' + escape(report.body.name) + '</div>',
    '</body></html>',
  );
  return parts.filter(Boolean).join('\n') + '\n';
}
