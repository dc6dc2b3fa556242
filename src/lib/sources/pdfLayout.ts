/**
 * PDF text items to report text (pure; pdf.js supplies the items): table rows rebuilt from
 * positions — numbers that share a baseline form a row, label fragments beside them (also those
 * wrapped above and below) form its label — written as markdown rows; other text as lines.
 * Page numbers and running headers/footers are dropped.
 */

export interface PdfItem {
  text: string;
  x: number;
  /** Baseline, PDF units (up is larger). */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

const NUMERIC = /^[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元)?$/;
const PAGE_NUMBER =
  /^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页)?(?:\s*[/／]\s*\d{1,3})?(?:\s*共\s*\d{1,3}\s*页)?[-—–\s]*$/;

interface Line {
  y: number;
  size: number;
  items: PdfItem[];
}

/** Group items into lines by baseline (within 40% of the font size), left to right. */
function lines(items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Line[] = [];
  for (const item of sorted) {
    const line = out.find(
      (l) => Math.abs(l.y - item.y) <= Math.max(2, 0.4 * Math.min(l.size, item.size)),
    );
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else out.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of out) line.items.sort((a, b) => a.x - b.x);
  return out.sort((a, b) => b.y - a.y);
}

/**
 * Items that touch (gap under 15% of a character) are one piece of text that the PDF wrote in
 * parts: `1` + `1` is the cell 11, `3` + `、其他` is the label 3、其他.
 */
function mergeTouching(items: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const line of lines(items)) {
    let current = null as PdfItem | null;
    for (const item of line.items) {
      if (
        current &&
        item.x - (current.x + current.width) < 0.15 * Math.min(item.size, current.size) &&
        item.x >= current.x
      ) {
        current = {
          ...current,
          text: current.text + item.text,
          width: item.x + item.width - current.x,
        };
      } else {
        if (current) out.push(current);
        current = { ...item };
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** Join a line's items: a visible gap (over half a character) keeps them apart with a space. */
function joinItems(items: PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    if (text && item.x - end > 0.5 * item.size) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text;
}

/** The lines of a page's top and bottom margins. */
function marginLines(page: PdfPage): Line[] {
  const margin = Math.max(40, page.height * 0.07);
  return lines(page.items.filter((i) => i.y < margin || i.y > page.height - margin));
}

/** A margin line as compared across pages: its text, digits (page numbers, dates) left out. */
const runningKey = (line: Line) => joinItems(line.items).replace(/[\d\s]+/g, '');

/**
 * Drop page numbers and the running header/footer lines in the page margins: a margin line whose
 * text (digits aside) other pages repeat in their margins (`某某区2021年政府信息公开工作年度报告`
 * on top of every page) is the page's furniture, not the report's text.
 */
function dropMargins(page: PdfPage, running: ReadonlySet<string> = new Set()): PdfItem[] {
  const drop = new Set<PdfItem>();
  for (const line of marginLines(page)) {
    const text = joinItems(line.items).replace(/\s+/g, ' ');
    if (PAGE_NUMBER.test(text) || running.has(runningKey(line)))
      for (const i of line.items) drop.add(i);
  }
  return page.items.filter((i) => !drop.has(i));
}

/** Margin texts (digits aside) printed on at least two pages and on most of them. */
function runningLines(pages: readonly PdfPage[]): Set<string> {
  const count = new Map<string, number>();
  for (const page of pages)
    for (const key of new Set(marginLines(page).map(runningKey)))
      if (key) count.set(key, (count.get(key) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= 2 && n >= pages.length / 2).map(([key]) => key));
}

interface TableRow {
  y: number;
  size: number;
  numbers: PdfItem[];
  labels: PdfItem[];
}

/** Rebuild one page as text lines and markdown table rows in reading order. */
export function layoutPage(page: PdfPage, running: ReadonlySet<string> = new Set()): string[] {
  const items = mergeTouching(dropMargins(page, running).filter((i) => i.text.trim() !== ''));
  const all = lines(items);
  // A table row: a line with two or more numbers, or a label then one number at its right end.
  const rows: TableRow[] = [];
  for (const line of all) {
    const numbers = line.items.filter((i) => NUMERIC.test(i.text.trim()));
    if (numbers.length === 0) continue;
    const firstNumber = Math.min(...numbers.map((n) => n.x));
    const trailing = line.items.filter((i) => i.x >= firstNumber);
    if (trailing.some((i) => !NUMERIC.test(i.text.trim()))) continue; // prose with a number in it
    const gapBefore =
      firstNumber -
      Math.max(...line.items.filter((i) => i.x < firstNumber).map((i) => i.x + i.width), -Infinity);
    if (numbers.length === 1 && gapBefore < 2 * line.size) continue;
    rows.push({ y: line.y, size: line.size, numbers, labels: [] });
  }
  const used = new Set<PdfItem>(rows.flatMap((r) => r.numbers));
  // Label fragments left of a row's first number, within half the distance to the next row.
  rows.forEach((row, k) => {
    const up = k > 0 ? (rows[k - 1]!.y - row.y) / 2 : 1.6 * row.size;
    const down = k + 1 < rows.length ? (row.y - rows[k + 1]!.y) / 2 : 1.6 * row.size;
    const left = Math.min(...row.numbers.map((n) => n.x));
    for (const item of items) {
      if (used.has(item) || item.x + item.width > left + 1) continue;
      if (
        item.y <= row.y + Math.min(up, 2.2 * row.size) &&
        item.y > row.y - Math.min(down, 2.2 * row.size)
      ) {
        row.labels.push(item);
        used.add(item);
      }
    }
  });
  alignColumns(rows);

  const out: { y: number; text: string }[] = [];
  for (const row of rows) {
    const label = labelText(row.labels);
    const cells = row.numbers.map((n) => (n.text === '' ? ' ' : n.text.trim()));
    out.push({
      y: row.y,
      text: label ? `| ${label} | ${cells.join(' | ')} |` : `| ${cells.join(' | ')} |`,
    });
  }
  for (const line of lines(items.filter((i) => !used.has(i)))) {
    const right = Math.max(...line.items.map((i) => i.x + i.width));
    out.push({ y: line.y, text: joinItems(line.items), right } as {
      y: number;
      text: string;
      right?: number;
    });
  }
  return reflow(out.sort((a, b) => b.y - a.y) as { y: number; text: string; right?: number }[]);
}

/**
 * Join the lines of a paragraph: a prose line that reaches the right margin continues on the next
 * line (`…区政府受理政府` + `信息公开申请17件`). Table rows and short lines end where they are.
 */
function reflow(rows: { y: number; text: string; right?: number }[]): string[] {
  const margin = Math.max(0, ...rows.map((r) => r.right ?? 0));
  const out: string[] = [];
  let carry = false;
  for (const row of rows) {
    const prose = row.right !== undefined;
    if (carry && prose && out.length) out[out.length - 1] += row.text.trimStart();
    else out.push(row.text);
    carry =
      prose &&
      (row.right ?? 0) > margin - 24 &&
      !/[。：:；;！!？?]$/.test(row.text.trim()) &&
      row.text.trim().length > 10;
  }
  return out;
}

/**
 * A row label from its fragments: the row-span group label of the left column first, then each
 * column's wrapped lines top to bottom (`（三）不予公开` + `1.属于国家秘密`).
 */
function labelText(items: PdfItem[]): string {
  const columns: PdfItem[][] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const column = columns.find(
      (c) =>
        Math.abs(c[0]!.x - item.x) < 1.5 * item.size ||
        c.some((o) => item.x < o.x + o.width && item.x >= o.x),
    );
    if (column) column.push(item);
    else columns.push([item]);
  }
  return columns
    .map((column) =>
      lines(column)
        .map((l) => joinItems(l.items))
        .join(''),
    )
    .join('')
    .replace(/\|/g, '｜');
}

/**
 * Rows of a wide table (5+ columns) that print fewer numbers than the widest row nearby have empty
 * cells: place their numbers under the nearest column and mark the rest empty.
 */
function alignColumns(rows: TableRow[]): void {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const neighbours = rows.filter(
      (r) => Math.abs(r.y - row.y) < 12 * row.size && r.numbers.length >= 5,
    );
    const widest = neighbours.sort((a, b) => b.numbers.length - a.numbers.length)[0];
    if (!widest || widest.numbers.length <= row.numbers.length) continue;
    const columns = widest.numbers.map((n) => n.x + n.width / 2);
    const placed: (PdfItem | null)[] = columns.map(() => null);
    let ok = true;
    for (const n of row.numbers) {
      const centre = n.x + n.width / 2;
      let best = -1;
      columns.forEach((c, i) => {
        if (best < 0 || Math.abs(c - centre) < Math.abs(columns[best]! - centre)) best = i;
      });
      if (best < 0 || placed[best] || Math.abs(columns[best]! - centre) > 2 * row.size) ok = false;
      else placed[best] = n;
    }
    if (ok)
      row.numbers = placed.map(
        (p, i) => p ?? { text: '', x: columns[i]!, y: row.y, width: 0, size: row.size },
      );
  }
}

/** A table row written without a label: its first cell is a number. */
const UNLABELLED_ROW = /^\|\s*[+-]?\d[\d,.]*\s*\|/;
/** A line that can be (part of) a row label: short, no sentence end, some Chinese. */
const LABEL_LINE = /^(?!\|)(?=.*\p{Script=Han})[^。；;！!？?]{1,40}$/u;

/**
 * All pages as one text. A row cut by a page break prints its label at the foot of one page and
 * its numbers at the head of the next: when a page starts with a row without a label, the label
 * lines that end the previous page after its last row are that row's label.
 */
export function layoutPdf(pages: PdfPage[]): string {
  const running = runningLines(pages);
  const out: string[] = [];
  for (const page of pages) {
    const lines = layoutPage(page, running);
    const first = lines[0];
    if (first && UNLABELLED_ROW.test(first)) {
      let k = out.length;
      while (k > 0 && out.length - k < 3 && LABEL_LINE.test(out[k - 1]!.trim())) k--;
      if (k < out.length && k > 0 && out[k - 1]!.startsWith('|')) {
        const label = out
          .splice(k)
          .map((l) => l.trim())
          .join('');
        lines[0] = `| ${label.replace(/\|/g, '｜')} ${first}`;
      }
    }
    out.push(...lines);
  }
  return out.join('\n');
}
