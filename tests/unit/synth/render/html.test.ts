import { describe, expect, it } from 'vitest';
import { Values } from '../../../../src/lib/synth/figures/values.ts';
import { t3Table } from '../../../../src/lib/synth/figures/t3.ts';
import { t2Table } from '../../../../src/lib/synth/figures/t2.ts';
import { renderHtml, type Markup } from '../../../../src/lib/synth/render/html.ts';
import type { SynthReport, SynthTable } from '../../../../src/lib/synth/types.ts';

/** Every figure a table reads, set to 1. */
function ones(): Values {
  const v = new Values();
  return new Proxy(v, {
    get: (target, prop) => (prop === 'get' ? () => 1 : Reflect.get(target, prop)),
  });
}

function page(table: SynthTable, m: Markup): string {
  const report = {
    title: '示例区人民政府2022年政府信息公开工作年度报告',
    sourceUrl: 'https://www.example.gov.cn/1.html',
    body: { name: '示例区人民政府' },
    blocks: [{ kind: 'table', table }],
  } as unknown as SynthReport;
  return renderHtml(report, true, m);
}

/** Columns each <tr> covers: its cells' colspans plus cells spanning down from rows above. */
function widths(html: string): number[] {
  const out: number[] = [];
  const pending: { col: number; rows: number; span: number }[] = [];
  for (const tr of html.match(/<tr>.*?<\/tr>/g) ?? []) {
    let width = 0;
    for (const p of pending) if (p.rows > 0) width += p.span;
    for (const m of tr.matchAll(/<t[dh]( colspan="(\d+)")?( rowspan="(\d+)")?>/g)) {
      const span = Number(m[2] ?? 1);
      width += span;
      if (m[4]) pending.push({ col: width, rows: Number(m[4]), span });
    }
    for (const p of pending) p.rows--;
    out.push(width);
  }
  return out;
}

describe('renderHtml', () => {
  const plain: Markup = { th: false, spans: false, oneTable: false };

  it.each(['t2019', 't2021'] as const)(
    'table 三 (%s): every row covers the 3 label and 7 value columns',
    (format) => {
      const w = widths(page(t3Table(ones(), format), plain));
      expect(w.length).toBe(3 + (format === 't2019' ? 23 : 25));
      expect(new Set(w)).toEqual(new Set([10]));
    },
  );

  it('table 二 as one table: its block titles and rows span the widest block', () => {
    const html = page(t2Table(ones(), 't2019', false), { ...plain, oneTable: true });
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(new Set(widths(html))).toEqual(new Set([4]));
  });

  it('<th> headers and Word-style spans when the site writes them', () => {
    const html = page(t2Table(ones(), 't2021', false), { th: true, spans: true, oneTable: false });
    expect(html).toContain('<th>');
    expect(html).toMatch(/<td><p style="text-align:center"><span[^>]*>1<\/span><\/p><\/td>/);
  });
});
