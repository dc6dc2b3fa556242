/**
 * Text output that remembers where each table cell and each narrative figure was written, so the
 * long-format tables can carry the offsets and the source line (`context`) of every figure.
 */
import type { DocBlock, SynthCell } from '../types.ts';
import { toTraditional } from './traditional.ts';

export interface Placed {
  cell: SynthCell;
  start: number;
  end: number;
}

export interface PlacedFigure {
  metric: string;
  start: number;
  end: number;
}

export class TextWriter {
  private parts: string[] = [];
  length = 0;
  readonly cells: Placed[] = [];
  readonly figures: PlacedFigure[] = [];

  write(s: string): this {
    this.parts.push(s);
    this.length += s.length;
    return this;
  }

  /** Write a cell's printed text and remember where it went (an empty cell: the spaces around it). */
  cell(c: SynthCell): this {
    const empty = c.printed === '' ? 1 : 0;
    this.cells.push({
      cell: c,
      start: this.length - empty,
      end: this.length + c.printed.length + empty,
    });
    return this.write(c.printed);
  }

  /** Write a paragraph and remember where its figures went. */
  para(block: Extract<DocBlock, { kind: 'para' }>, before = '', after = '\n'): this {
    this.write(before);
    for (const m of block.marks)
      this.figures.push({
        metric: m.metric,
        start: this.length + m.start,
        end: this.length + m.end,
      });
    return this.write(block.text).write(after);
  }

  /** Whether the text was mirrored in traditional characters (see mirror()). */
  traditional = false;
  private mirrored: string | null = null;

  /** Serve the text in traditional characters, if it converts back exactly (offsets unchanged). */
  mirror(): void {
    const text = toTraditional(this.parts.join(''));
    if (text === null) return;
    this.mirrored = text;
    this.traditional = true;
  }

  text(): string {
    return this.mirrored ?? this.parts.join('');
  }

  /** The text as written, before any mirroring (what the reader normalises a mirror back to). */
  simplified(): string {
    return this.parts.join('');
  }
}
