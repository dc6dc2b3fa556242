/**
 * HTML (a saved page or an article fragment; also mammoth's rendering of Word files) to report
 * text: the element holding the report, narrative as paragraphs, and every `<table>` as a grid with
 * rowspan/colspan expanded, written one markdown row per table row so cells never run together.
 */
import { countGridCells, parseWithinLimits } from './htmlLimits.ts';

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  parent?: Node | null;
}

export interface HtmlText {
  /** Text in the crawler layout the extractor reads: header lines, a 正文 line, then the body. */
  text: string;
  title: string;
  sourceUrl: string;
}

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'svg',
  'nav',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'object',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'header',
  'body',
  'html',
]);
const MARKERS = [
  '总体情况',
  '概述',
  '统计表',
  '第二十条',
  '收到和处理政府信息公开申请',
  '行政复议',
  '主动公开',
  '依申请',
];
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|件|条|个|项)?$/;

function textOf(node: Node): string {
  if (node.type === 'text') return node.data ?? '';
  if (
    node.type !== 'tag' &&
    node.type !== 'root' &&
    node.type !== 'script' &&
    node.type !== 'style'
  )
    return '';
  if (node.name && DROP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

function elements(node: Node, out: Node[] = []): Node[] {
  for (const child of node.children ?? []) {
    if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

/**
 * The element that holds the report: the lowest common ancestor of every place a report marker
 * occurs (section headings, 第二十条, 行政复议 …) and of the statistics tables (tables of numbers
 * without nested tables). Site chrome outside it is dropped.
 */
function articleRoot(root: Node): Node {
  const all = elements(root).filter((e) => !DROP.has(e.name ?? ''));
  const holders: Node[] = [];
  // Each element's text, computed bottom-up once (pages have thousands of elements).
  const text = new Map<Node, string>();
  const fill = (node: Node): string => {
    if (node.type === 'text') return squeeze(node.data ?? '');
    if (node.type !== 'tag' && node.type !== 'root') return '';
    if (node.name && DROP.has(node.name)) return '';
    const t = (node.children ?? []).map(fill).join('');
    if (node.type === 'tag') text.set(node, t);
    return t;
  };
  fill(root);
  for (const e of all) {
    const mine = text.get(e) ?? '';
    const kids = (e.children ?? []).filter((c) => text.has(c)).map((c) => text.get(c)!);
    // The deepest element holding a marker (which may be split over several spans inside it).
    if (MARKERS.some((m) => mine.includes(m) && !kids.some((k) => k.includes(m)))) holders.push(e);
  }
  for (const table of all.filter((e) => e.name === 'table')) {
    if (elements(table).some((e) => e.name === 'table')) continue;
    const cells = elements(table).filter((e) => e.name === 'td' || e.name === 'th');
    if (cells.filter((c) => NUMBER.test(cellText(c))).length >= 5) holders.push(table);
  }
  if (holders.length === 0) return root;
  const chain = (n: Node) => {
    const out: Node[] = [];
    for (let p: Node | null | undefined = n; p; p = p.parent) out.unshift(p);
    return out;
  };
  let common = chain(holders[0]!);
  for (const h of holders.slice(1)) {
    const other = chain(h);
    let k = 0;
    while (k < common.length && k < other.length && common[k] === other[k]) k++;
    common = common.slice(0, k);
  }
  return common.at(-1) ?? root;
}

function cellText(cell: Node): string {
  return textOf(cell)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .replace(/\|/g, '｜')
    .trim();
}

/** Grid cells expanded so far on the page (one page is converted at a time). */
interface Budget {
  cells: number;
}

const spanOf = (td: Node, attr: 'rowspan' | 'colspan', max: number) =>
  Math.max(1, Math.min(max, Number(td.attribs?.[attr]) || 1));

/** A table as a grid: rowspan/colspan expanded, spanned copies marked. */
function tableRows(table: Node, budget: Budget): string[] {
  const rows: Node[] = [];
  const collect = (node: Node) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name !== 'table') collect(child);
    }
  };
  collect(table);
  const cellsOf = (tr: Node) =>
    (tr.children ?? []).filter((n) => n.type === 'tag' && (n.name === 'td' || n.name === 'th'));
  // The grid's size is known before it is built: refuse a table (or page) past the limits.
  budget.cells = countGridCells(
    rows.flatMap((tr) =>
      cellsOf(tr).map(
        (td) => [spanOf(td, 'rowspan', 100), spanOf(td, 'colspan', 50)] as [number, number],
      ),
    ),
    budget.cells,
  );
  type Slot = { text: string; copy: 'row' | 'col' | null };
  const grid: Slot[][] = [];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of cellsOf(tr)) {
      while (grid[r]![c]) c++;
      const text = cellText(td);
      const rowspan = spanOf(td, 'rowspan', 100);
      const colspan = spanOf(td, 'colspan', 50);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr]![c + dc] = {
            text,
            copy: dr === 0 && dc === 0 ? null : dc > 0 ? 'col' : 'row',
          };
        }
      }
      c += colspan;
    }
  });
  return grid.map((row) => {
    const cells: string[] = [];
    for (const slot of row) {
      if (!slot) continue;
      const numeric = NUMBER.test(slot.text);
      if (slot.copy === 'col') continue; // a merged label; numbers never merge across columns in these tables
      if (slot.copy === 'row') {
        // Row-span group labels repeat (they name the group); a merged number is not repeated.
        cells.push(numeric ? '\u0000' : slot.text);
        continue;
      }
      cells.push(slot.text === '' ? ' ' : slot.text);
    }
    // A merged number becomes a zero-width cell (`||`), which the reader never counts as a value.
    return ('| ' + cells.join(' | ') + ' |')
      .replace(/ ?\| \u0000 \| ?/g, ' || ')
      .replace(/\| \u0000 \|/g, '||');
  });
}

function render(node: Node, out: string[], budget: Budget): void {
  if (node.type === 'text') {
    out.push((node.data ?? '').replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.name ?? '';
  if (DROP.has(name)) return;
  if (name === 'br') {
    out.push('\n');
    return;
  }
  // A layout table (old sites put the whole page in one) holds tables: read it as blocks.
  if (name === 'table' && !elements(node).some((e) => e.name === 'table')) {
    out.push('\n', ...tableRows(node, budget).map((row) => row + '\n'), '\n');
    return;
  }
  const block =
    BLOCK.has(name) || name === 'tr' || name === 'td' || name === 'th' || name === 'table';
  if (block) out.push('\n');
  for (const child of node.children ?? []) render(child, out, budget);
  if (block) out.push('\n');
}

function findFirst(node: Node, test: (n: Node) => boolean): Node | null {
  for (const e of elements(node)) if (test(e)) return e;
  return null;
}

/** Convert an HTML document or fragment to report text. Throws HtmlLimitError past HTML_LIMITS. */
export function htmlToText(html: string): HtmlText {
  const doc = parseWithinLimits(html) as unknown as Node;
  const titleNode = findFirst(doc, (n) => n.name === 'title');
  const heading = findFirst(doc, (n) => /^h[1-3]$/.test(n.name ?? '') && /报告/.test(textOf(n)));
  const title = squeeze(textOf(titleNode ?? heading ?? { type: 'text', data: '' }));
  const comment = /original page:\s*(https?:\/\/\S+?)\s*(?:-->|$)/.exec(html)?.[1];
  const canonical = findFirst(doc, (n) => n.name === 'link' && n.attribs?.rel === 'canonical')
    ?.attribs?.href;
  const og = findFirst(doc, (n) => n.name === 'meta' && n.attribs?.property === 'og:url')?.attribs
    ?.content;
  const sourceUrl = comment ?? canonical ?? og ?? '';

  const out: string[] = [];
  render(articleRoot(doc), out, { cells: 0 });
  const body = out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const header = [
    `标题: ${title}`,
    `原文链接: ${sourceUrl}`,
    '==================== 正文 ====================',
  ];
  return { text: header.join('\n') + '\n' + body + '\n', title, sourceUrl };
}
