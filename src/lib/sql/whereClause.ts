import type { Param } from './query.ts';
import { placeholders, quoteIdent } from './quote.ts';

/** Conditions joined by AND, each with its bound parameters. */
export class Where {
  private parts: string[] = [];
  readonly params: Param[] = [];

  /** `column = ?` when the value is set (not empty); a filter left empty matches everything. */
  eq(column: string, value: string | null | undefined): this {
    if (value) {
      this.parts.push(`${column} = ?`);
      this.params.push(value);
    }
    return this;
  }

  /** `column IN (?, ...)` when the list is not empty. */
  in(column: string, values: readonly Param[]): this {
    if (values.length > 0) {
      this.parts.push(`${column} IN (${placeholders(values.length)})`);
      this.params.push(...values);
    }
    return this;
  }

  /** `column >= ?` / `column <= ?` for the ends that are set. */
  between(column: string, from: number | null | undefined, to: number | null | undefined): this {
    if (from != null) {
      this.parts.push(`${column} >= ?`);
      this.params.push(from);
    }
    if (to != null) {
      this.parts.push(`${column} <= ?`);
      this.params.push(to);
    }
    return this;
  }

  /** A fixed condition that binds nothing. */
  raw(condition: string): this {
    this.parts.push(condition);
    return this;
  }

  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** `alias.column` with the column quoted. */
export function col(alias: string, column: string): string {
  return `${alias}.${quoteIdent(column)}`;
}
