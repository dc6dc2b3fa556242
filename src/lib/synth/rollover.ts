/**
 * What rolls from one year to the next (METRICS.md §8.4): applications carried forward become next
 * year's 上年结转, 现行有效 and 对外公开总数量 stocks, 上一年项目数量 item counts, and the 历年累计
 * sums of the old local tables. Every year of a body is generated, published or not, so a missing
 * year does not break the roll.
 */

export type ItemRow = 'license' | 'othersvc' | 'penalty' | 'coercion' | 'fee';

export interface RollState {
  /** Applications pending at the end of last year, per applicant column (six, no total). */
  carried: number[] | null;
  /** 规章 / 规范性文件 stocks: published to date (t2019), in force (t2021). */
  regPublic: number | null;
  ndocPublic: number | null;
  regValid: number | null;
  ndocValid: number | null;
  /** 上一年项目数量 of this year (t2019). */
  items: Record<ItemRow, number> | null;
  /** 历年累计 to the end of last year, per metric (local tables). */
  cumulative: Map<string, number>;
}

export function emptyState(): RollState {
  return {
    carried: null,
    regPublic: null,
    ndocPublic: null,
    regValid: null,
    ndocValid: null,
    items: null,
    cumulative: new Map(),
  };
}

/** A deliberately broken roll (anomaly `broken_roll`): what this year prints differently. */
export type RollBreak =
  | { kind: 'carry'; column: number; delta: number }
  | { kind: 'valid'; doc: 'reg' | 'ndoc'; delta: number }
  | { kind: 'items'; row: ItemRow; delta: number }
  | { kind: 'cumulative' };
