/**
 * How a body's site prints labels and headers, beyond the template's wording (SOURCES.md §B–C):
 * half-width brackets, `1、` numbering, `一)` without its opening bracket (E1), header cells split
 * (`商业 企业`, E11) or cut at a line break (`本年新`, E5), a double space in `第二十条  第(八)项`
 * (E13), text mirrored in traditional characters (E8, E9), and the markup of its HTML pages.
 */
import type { Rng } from './random.ts';
import type { Markup } from './render/html.ts';
import { tablesOf } from './tableCells.ts';
import type { DocBlock, StyleId } from './types.ts';

export interface Habits {
  halfBrackets: boolean;
  enumComma: boolean;
  looseNumbers: boolean;
  splitHeaders: boolean;
  cutHeaders: boolean;
  spacedTitles: boolean;
  /** The site is a mirror that serves the text in traditional characters (text files only). */
  traditional: boolean;
  /** HTML markup (render/html.ts). */
  html: Markup;
}

export function makeHabits(rng: Rng, style: StyleId): Habits {
  return {
    halfBrackets: rng.chance(0.4),
    enumComma: rng.chance(0.2),
    looseNumbers: rng.chance(0.2),
    splitHeaders: rng.chance(0.3),
    cutHeaders: rng.chance(0.2),
    spacedTitles: rng.chance(0.15),
    traditional: style !== 'html' && rng.chance(0.06),
    html: { th: rng.chance(0.3), spans: rng.chance(0.4), oneTable: rng.chance(0.5) },
  };
}

const SPLIT: Readonly<Record<string, string>> = {
  商业企业: '商业 企业',
  科研机构: '科研 机构',
  社会公益组织: '社会公益 组织',
  法律服务机构: '法律服务 机构',
};
const CUT: Readonly<Record<string, string>> = {
  本年新制作数量: '本年新',
  本年新公开数量: '本年新',
};
const LOOSE = /^[（(]([一二三])[）)](维持|被依法纠错|其他情形)/;

/** Rewrite the label and header texts of a report's tables as the site prints them. */
export function applyHabits(blocks: DocBlock[], h: Habits): void {
  const text = (s: string) => {
    let out = s;
    if (h.halfBrackets) out = out.replace(/（/g, '(').replace(/）/g, ')');
    if (h.enumComma) out = out.replace(/^(\d)\./, '$1、');
    if (h.looseNumbers) out = out.replace(LOOSE, '$1)$2');
    return out;
  };
  for (const table of tablesOf(blocks))
    for (const block of table.blocks) {
      if (block.title) {
        block.title = text(block.title);
        if (h.spacedTitles) block.title = block.title.replace('第二十条第', '第二十条  第');
      }
      for (const row of block.header)
        for (const cell of row) {
          cell.text = text(cell.text);
          if (h.splitHeaders) cell.text = SPLIT[cell.text] ?? cell.text;
          if (h.cutHeaders) cell.text = CUT[cell.text] ?? cell.text;
        }
      for (const row of block.rows) {
        for (const lead of row.lead) lead.text = text(lead.text);
        if (row.note) row.note = text(row.note);
      }
    }
}
