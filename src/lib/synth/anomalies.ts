/**
 * Anomalies injected at recorded positions, one entry per kind: when it applies to a report, and
 * what it changes — a typo that breaks a hard identity, prose that states another figure than the
 * table, a roll-over that does not continue last year's, a figure ×10, another body's report
 * copied under this body's name. Missing years are recorded too (the gap detector's cases).
 */
import type { Rng } from './random.ts';
import type { RollBreak } from './rollover.ts';
import { findCell, printedCells } from './tableCells.ts';
import type { DocBlock, SynthCell, TemplateId } from './types.ts';

export const ANOMALY_KINDS = ['identity', 'text_vs_table', 'broken_roll', 'jump', 'copy'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export type InjectedType = AnomalyKind | 'missing_year';

/** One row of anomalies.tsv. */
export interface Injected {
  type: InjectedType;
  report_id: string;
  other_report_id: string;
  body_key: string;
  issuing_body: string;
  year: number;
  metric_id: string;
  applicant_type: string;
  detail: string;
}

export const INJECTED_COLUMNS: readonly (keyof Injected)[] = [
  'type',
  'report_id',
  'other_report_id',
  'body_key',
  'issuing_body',
  'year',
  'metric_id',
  'applicant_type',
  'detail',
];

/** The finding types of `npm run anomalies` (src/lib/sql/anomalies.ts) that detect each kind. */
export const DETECTED_BY: Readonly<Record<InjectedType, readonly string[]>> = {
  identity: ['identity'],
  text_vs_table: ['text_vs_table'],
  broken_roll: ['continuity'],
  jump: ['jump'],
  copy: ['copy_text', 'copy_table'],
  missing_year: ['gap'],
};

const MODERN = new Set<TemplateId>(['t2019', 't2021']);

/** What a kind may look at when deciding where to go. */
export interface Slot {
  template: TemplateId;
  /** Template of the previous year's published report of the body, if there is one. */
  prevTemplate: TemplateId | null;
  hasDonor: boolean;
}

/** Whether a kind can be injected in this report. */
export function applies(kind: AnomalyKind, slot: Slot): boolean {
  switch (kind) {
    case 'identity':
    case 'text_vs_table':
      return slot.template !== 'none';
    case 'broken_roll':
      return rollBreakKind(slot) !== null;
    case 'jump':
      return slot.prevTemplate !== null && slot.prevTemplate !== 'none' && slot.template !== 'none';
    case 'copy':
      return slot.hasDonor;
  }
}

function rollBreakKind(slot: Slot): RollBreak['kind'] | null {
  if (MODERN.has(slot.template) && slot.prevTemplate && MODERN.has(slot.prevTemplate))
    return 'carry';
  if (slot.template === 'pLocalCum' && slot.prevTemplate === 'pLocalCum') return 'cumulative';
  return null;
}

/** The roll-over break of a `broken_roll` (drawn before the year's figures). */
export function rollBreak(rng: Rng, slot: Slot): RollBreak {
  const kind = rollBreakKind(slot);
  if (kind === 'cumulative') return { kind };
  if (slot.template === 't2021' && slot.prevTemplate === 't2021' && rng.chance(0.4))
    return { kind: 'valid', doc: 'ndoc', delta: rng.int(2, 12) };
  if (slot.template === 't2019' && slot.prevTemplate === 't2019' && rng.chance(0.4))
    return { kind: 'items', row: 'license', delta: rng.int(1, 6) };
  return { kind: 'carry', column: 0, delta: rng.int(1, 3) };
}

/** Cells a typo may hit, with the hard identity it breaks. */
const TYPOS: Partial<Record<TemplateId, [metric: string, applicant: string, check: string][]>> = {
  t2019: [
    ['rev_total', 'all', 'T4_rev'],
    ['lit_direct_total', 'all', 'T4_lit_direct'],
    ['res_total', 'total', 'T3_cols_sum'],
    ['res_granted', 'natural_person', 'T3_results_sum'],
    ['app_new_received', 'total', 'T3_flow'],
  ],
  p2014: [
    ['review_total', 'all', 'P_review_split'],
    ['app_received', 'all', 'P_recv_ways'],
    ['staff_total', 'all', 'P_staff_split'],
    ['app_closed', 'all', 'P_closed_split'],
  ],
  pLocal: [
    ['app_received', 'all', 'P_recv_ways'],
    ['app_replied', 'all', 'P_reply_split'],
  ],
};
TYPOS.t2021 = TYPOS.t2019;
TYPOS.pLocalCum = TYPOS.pLocal;

function setValue(cell: SynthCell, value: number): void {
  cell.value = value;
  cell.printed = String(value);
}

/** A typo in one cell that breaks a hard identity; the detail names the identity. */
export function injectTypo(rng: Rng, template: TemplateId, blocks: DocBlock[]): Partial<Injected> {
  const [metric, applicant, check] = rng.pick(TYPOS[template]!);
  const cell = findCell(blocks, metric, applicant)!;
  const before = cell.value;
  const delta = before > 0 && rng.chance(0.3) ? -1 : rng.int(1, 3);
  setValue(cell, before + delta);
  return {
    metric_id: metric,
    applicant_type: applicant,
    detail: `${check}: printed ${cell.value} instead of ${before}`,
  };
}

/** Metrics no identity reads, where a ×10 typo shows only as a jump. */
const STANDALONE: Partial<Record<TemplateId, string[]>> = {
  t2019: [
    't2_license_decisions',
    't2_penalty_decisions',
    't2_coercion_decisions',
    't2_othersvc_decisions',
  ],
  t2021: ['t2_license_decisions', 't2_penalty_decisions', 't2_coercion_decisions'],
  p2014: [
    'resp_policy_interpretations',
    'resp_weibo_wechat_events',
    'resp_hotspots',
    'mtg_trainees',
    'org_reading_points',
    'pro_normative_docs_issued',
  ],
  pLocal: ['pro_info_total'],
  pLocalCum: ['pro_info_total'],
};

/**
 * A figure printed ×10 where last year's is at least 10 (so the jump detector can see it), or
 * null when no candidate qualifies. The local tables scale the whole 主动公开 block.
 */
export function injectJump(
  rng: Rng,
  template: TemplateId,
  blocks: DocBlock[],
  prev: DocBlock[],
): Partial<Injected> | null {
  const candidates = (STANDALONE[template] ?? []).filter((m) => {
    const before = findCell(prev, m)?.value ?? 0;
    const now = findCell(blocks, m)?.value ?? 0;
    return before >= 10 && now >= 1 && (now * 10) / before >= 3;
  });
  if (!candidates.length) return null;
  const metric = rng.pick(candidates);
  const scaled =
    metric === 'pro_info_total'
      ? ['pro_info_total', 'pro_via_website', 'pro_via_gazette']
      : [metric];
  const cell = findCell(blocks, metric)!;
  const before = cell.value;
  for (const m of scaled) {
    const c = findCell(blocks, m)!;
    setValue(c, c.value * 10);
  }
  return {
    metric_id: metric,
    applicant_type: 'all',
    detail: `printed ${cell.value} instead of ${before} (last year ${findCell(prev, metric)!.value})`,
  };
}

/** The narrative figure a text-vs-table anomaly restates, and the value the prose prints instead. */
export function textOverride(
  rng: Rng,
  template: TemplateId,
  figures: Record<string, number>,
): { metric: string; value: number; detail: string } {
  const metric =
    MODERN.has(template) && rng.chance(0.3) ? 'text_review_total' : 'text_app_received';
  const table = figures[metric]!;
  const value =
    table > 3 && rng.chance(0.4)
      ? table - rng.int(1, 3)
      : table + rng.int(1, Math.max(2, Math.round(table * 0.2)));
  return { metric, value, detail: `the text says ${value}, the table ${table}` };
}

/** Non-zero table figures: a copied report needs a few for its table vector to be telling. */
export function nonZeroCells(blocks: readonly DocBlock[]): number {
  return printedCells(blocks).filter((c) => c.value !== 0).length;
}
