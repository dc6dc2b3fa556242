/**
 * The same real report in every flattening style real pages produce: the HTML of 平潭综合实验区
 * 2022 (explicit cells) re-written one cell per line, with trailing ` |`, with `|` lines between
 * cells, space-separated, and in traditional characters, must give the same table figures.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/index.ts';
import type { Fact } from '../../src/lib/extract/types.ts';
import { htmlToText } from '../../src/lib/sources/html.ts';
import { corpusPath } from '../corpus.ts';

const file = corpusPath('html/fujian-pingtan-shiyanqu-2022.html');

/** Rewrite every markdown table row of the text with `render(cells)`. */
function relayout(text: string, render: (cells: string[]) => string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!/^\|.*\|$/.test(line)) return line;
      const cells = line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim());
      return render(cells);
    })
    .join('\n');
}

const values = (facts: Fact[]) =>
  Object.fromEntries(
    facts
      .filter((f) => f.source === 'table' && f.value_status !== 'derived')
      .map((f) => [`${f.metric_id}|${f.applicant_type}`, f.value]),
  );

describe('one real report in every flattening style', () => {
  const base = htmlToText(readFileSync(file, 'utf8')).text;
  const reference = values(extractReport({ text: base, reportId: 'x' }).facts);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it.each([
    ['one cell per line with blank lines (E13)', (c: string[]) => c.filter(Boolean).join('\n\n')],
    [
      'a cell per line with a trailing ` |` (E5)',
      (c: string[]) =>
        c
          .filter(Boolean)
          .map((x) => `${x} |`)
          .join('\n'),
    ],
    ['a `|` on its own line between cells (E12)', (c: string[]) => c.filter(Boolean).join('\n|\n')],
    ['` | ` separated rows (E11)', (c: string[]) => c.join(' | ') + ' |'],
    ['space-separated cells', (c: string[]) => c.filter(Boolean).join(' ')],
  ])('%s', (_name, render) => {
    const text = relayout(base, render);
    const got = values(extractReport({ text, reportId: 'x' }).facts);
    expect(Object.keys(reference).length).toBeGreaterThanOrEqual(200);
    expect(got).toEqual(reference);
  });

  it('in traditional characters (mirror sites)', () => {
    const got = values(extractReport({ text: toTraditional(base), reportId: 'x' }).facts);
    expect(got).toEqual(reference);
  });

  it('cut off inside table 三: the rows never reached are truncated, not 0 (E14)', () => {
    const cut = base.slice(0, base.indexOf('（四）无法提供'));
    const facts = extractReport({ text: cut, reportId: 'x' }).facts;
    const later = facts.filter(
      (f) => f.metric_id === 'res_np_petition' || f.metric_id === 'rev_total',
    );
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((f) => f.value === null)).toBe(true);
    expect(facts.find((f) => f.metric_id === 'res_np_petition')?.value_status).toBe('truncated');
  });
});

const erdao = corpusPath('raw/jilin-changchun-erdao-2017.txt');

describe('the 2014 统计表 (二道区 2017) in every flattening style', () => {
  const raw = readFileSync(erdao, 'utf8');
  const start = raw.indexOf('统 计 指 标');
  // Rows of the one-cell-per-line table: label, optional note, unit, value.
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of raw
    .slice(start)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    row.push(line);
    if (/^\d+(\.\d+)?$/.test(line)) {
      rows.push(row);
      row = [];
    }
  }
  rows.push(row);
  const reference = values(extractReport({ text: raw, reportId: 'x' }).facts);

  it.each([
    ['` | ` separated', (r: string[]) => `| ${r.join(' | ')} |`, '\n'],
    ['space-separated', (r: string[]) => r.join(' '), '\n'],
    ['cells run together without separators', (r: string[]) => r.join(''), ''],
  ])('%s gives the same 59 figures', (_name, render, join) => {
    const text = raw.slice(0, start) + rows.map(render).join(join);
    expect(Object.keys(reference)).toHaveLength(59);
    expect(values(extractReport({ text, reportId: 'x' }).facts)).toEqual(reference);
  });
});
