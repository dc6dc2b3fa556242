/**
 * The app's whole state as it lives in the URL query string, parsed and serialised by pure
 * functions: a link reproduces what the sender saw, and back/forward walk through the changes.
 */

import {
  ANOMALY_TYPES,
  DEFAULT_ANOMALY_PARAMS,
  type AnomalyParams,
  type AnomalyType,
} from '../sql/anomalies.ts';
import { parseThresholds, writeThresholds } from './anomalyThresholds.ts';
import { parseRefs } from './highlight.ts';
import { FIELD_SCOPE, scoped } from './viewScope.ts';
import {
  BODIES_BUDGET,
  MAX_QUERY_CHARS,
  bodiesLength,
  selectionId,
  type SelectionStore,
} from './savedSelection.ts';

export const VIEWS = [
  'overview',
  'compare',
  'ranking',
  'topics',
  'report',
  'anomalies',
  'method',
  'body',
] as const;
/** Ranking: which bodies are ranked (the chosen ones, or the first chosen body's peers). */
export const PEERS = ['chosen', 'level', 'city', 'province', 'all'] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const TOPICS = ['channels', 'requests', 'refusals', 'review', 'staffing'] as const;
export type View = (typeof VIEWS)[number];
export type Peer = (typeof PEERS)[number];
export type Topic = (typeof TOPICS)[number];
export type Lang = 'zh' | 'en';
export type Severity = (typeof SEVERITIES)[number];

export interface AppState {
  view: View;
  lang: Lang;
  /** Overview filters ('' = all). */
  province: string;
  city: string;
  level: string;
  scope: string;
  /** Overview: the bodies whose name contains this text ('' = all). */
  search: string;
  /** Compare and Ranking: `c:<concept id>`, `m:<metric id>` or `r:<rate id>`; '' = the default concept. */
  series: string;
  /** Ranking: the peer group. */
  peer: Peer;
  /** Body keys (Compare and Topics; the body page's body is the first); empty = the default choice of each view. */
  bodies: string[];
  from: number | null;
  to: number | null;
  measure: 'abs' | 'share';
  tab: 'chart' | 'table';
  topic: Topic;
  report: string;
  /** Report page: figures (`hl`) and checks (`hlc`) to highlight, as `id[.applicant]`. */
  hl: string[];
  hlc: string[];
  /** Anomalies view: types and severities shown (empty = all); bodies and years are shared. */
  types: AnomalyType[];
  severities: Severity[];
  thresholds: AnomalyParams;
  /** Report page: the query string of the view it was opened from (a finding's list), for "back". */
  back: string;
  /** `embed=1`: the view without the app's chrome, for an iframe on another site. */
  embed: boolean;
}

export const DEFAULT_STATE: AppState = {
  view: 'overview',
  lang: 'zh',
  province: '',
  city: '',
  level: '',
  scope: '',
  search: '',
  series: '',
  peer: 'chosen',
  bodies: [],
  from: null,
  to: null,
  measure: 'abs',
  tab: 'chart',
  topic: 'channels',
  report: '',
  hl: [],
  hlc: [],
  types: [],
  severities: [],
  thresholds: DEFAULT_ANOMALY_PARAMS,
  back: '',
  embed: false,
};

/** A search longer than this is cut (no body name is near it; it keeps links short). */
export const MAX_SEARCH_CHARS = 100;

/** A way back longer than this is not kept (it would make the report's link too long to share). */
const MAX_BACK_CHARS = 1500;

/** The query string of a way back, if it is one the app could have written (another view's). */
function backOf(text: string | null): string {
  if (!text || text.length > MAX_BACK_CHARS) return '';
  const q = new URLSearchParams(text);
  return q.get('v') === 'report' || q.has('back') ? '' : text;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The values of a repeated parameter that are in `allowed`, once each, in `allowed`'s order. */
function listOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((a) => values.includes(a));
}

function year(text: string | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  return Number(text);
}

/**
 * Reads the state from a query string (`?v=compare&s=m:pro_via_website&b=二道区&y=2017`); a saved
 * selection (`bs=<id>`) is looked up in `store`.
 */
export function parseState(search: string, store?: SelectionStore | null): AppState {
  const q = new URLSearchParams(search);
  const saved = q.get('bs');
  const [fromText, toText] = (q.get('y') ?? '').split('-');
  let from = year(fromText);
  let to = (q.get('y') ?? '').includes('-') ? year(toText) : from;
  if (from != null && to != null && from > to) [from, to] = [to, from];
  const series = q.get('s') ?? '';
  return {
    view: oneOf(q.get('v'), VIEWS, DEFAULT_STATE.view),
    lang: oneOf(q.get('lang'), ['zh', 'en'] as const, 'zh'),
    province: q.get('prov') ?? '',
    city: q.get('city') ?? '',
    level: q.get('level') ?? '',
    scope: q.get('scope') ?? '',
    search: (q.get('q') ?? '').slice(0, MAX_SEARCH_CHARS),
    series: /^[cmr]:[\w-]+$/.test(series) ? series : '',
    peer: oneOf(q.get('peer'), PEERS, DEFAULT_STATE.peer),
    bodies: saved
      ? [...new Set(store?.load(saved) ?? [])]
      : [...new Set(q.getAll('b').filter(Boolean))],
    from,
    to,
    measure: oneOf(q.get('measure'), ['abs', 'share'] as const, 'abs'),
    tab: oneOf(q.get('tab'), ['chart', 'table'] as const, 'chart'),
    topic: oneOf(q.get('topic'), TOPICS, DEFAULT_STATE.topic),
    report: q.get('r') ?? '',
    hl: parseRefs(q.getAll('hl')),
    hlc: parseRefs(q.getAll('hlc')),
    types: listOf(q.getAll('type'), ANOMALY_TYPES),
    severities: listOf(q.getAll('sev'), SEVERITIES),
    thresholds: parseThresholds(q),
    back: backOf(q.get('back')),
    embed: q.get('embed') === '1',
  };
}

/** Why a URL was not read as it is. */
export type UrlNotice = 'tooLong' | 'selectionMissing';

/**
 * The state of a URL and what the app must say about it: a query longer than the app ever
 * writes is not read (the defaults instead), and a saved selection this browser does not hold
 * leaves no bodies chosen.
 */
export function readUrl(
  search: string,
  store?: SelectionStore | null,
): { state: AppState; notice: UrlNotice | null } {
  if (search.length > MAX_QUERY_CHARS) return { state: parseState(''), notice: 'tooLong' };
  const state = parseState(search, store);
  const saved = new URLSearchParams(search).get('bs');
  return {
    state,
    notice: saved && !store?.load(saved) ? 'selectionMissing' : null,
  };
}

/**
 * Writes the state as a query string (with the leading `?`, or '' for the defaults). A body
 * selection longer than BODIES_BUDGET is saved in `store` and written as `bs=<id>`.
 */
export function serializeState(state: AppState, store?: SelectionStore | null): string {
  // A view's URL carries its own filters only (viewScope.ts).
  const s = scoped(state, DEFAULT_STATE);
  const q = new URLSearchParams();
  if (s.view !== DEFAULT_STATE.view) q.set('v', s.view);
  if (s.view === 'report' && s.report) q.set('r', s.report);
  if (s.view === 'report') {
    for (const h of s.hl) q.append('hl', h);
    for (const h of s.hlc) q.append('hlc', h);
  }
  if (s.view === 'topics') q.set('topic', s.topic);
  if (s.province) q.set('prov', s.province);
  if (s.city) q.set('city', s.city);
  if (s.level) q.set('level', s.level);
  if (s.scope) q.set('scope', s.scope);
  if (s.search) q.set('q', s.search);
  if (s.series) q.set('s', s.series);
  if (s.view === 'ranking' && s.peer !== DEFAULT_STATE.peer) q.set('peer', s.peer);
  const id = s.bodies.length ? selectionId(s.bodies) : '';
  if (store && bodiesLength(s.bodies) > BODIES_BUDGET && store.save(id, s.bodies)) q.set('bs', id);
  else for (const b of s.bodies) q.append('b', b);
  if (s.from != null || s.to != null) {
    q.set('y', s.from === s.to ? String(s.from) : `${s.from ?? ''}-${s.to ?? ''}`);
  }
  if (s.measure !== 'abs') q.set('measure', s.measure);
  if (s.tab !== 'chart') q.set('tab', s.tab);
  for (const type of s.types) q.append('type', type);
  for (const sev of s.severities) q.append('sev', sev);
  writeThresholds(q, s.thresholds);
  if (s.back) q.set('back', s.back);
  if (s.lang !== 'zh') q.set('lang', s.lang);
  if (s.embed) q.set('embed', '1');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * The state after a change. Moving to another view carries only what the change names: the
 * other filters start from their defaults (viewScope.ts). Opening a report from another view
 * remembers that view's URL as the way back. Highlights belong to the report they were made for,
 * so opening another report (or leaving the page) without naming new ones drops them.
 */
export function nextState(s: AppState, patch: Partial<AppState>): AppState {
  const next = { ...s, ...patch };
  if (next.view !== s.view) {
    const fields = next as unknown as Record<string, unknown>;
    for (const key of Object.keys(DEFAULT_STATE) as (keyof AppState)[])
      if (!(key in patch) && FIELD_SCOPE[key] !== 'all') fields[key] = DEFAULT_STATE[key];
    if (next.view === 'report' && patch.back === undefined)
      next.back = backOf(serializeState({ ...s, lang: 'zh', embed: false }).slice(1));
  }
  const sameReport = next.view === 'report' && s.view === 'report' && next.report === s.report;
  if (!sameReport && patch.hl === undefined) next.hl = [];
  if (!sameReport && patch.hlc === undefined) next.hlc = [];
  return next;
}

/** The series Compare and Ranking show when the URL names none. */
export const DEFAULT_SERIES = 'c:c_app_received';

/** The series id split into its kind and id (the default concept when none is set). */
export function seriesRef(series: string): { kind: 'concept' | 'metric' | 'rate'; id: string } {
  if (series.startsWith('m:')) return { kind: 'metric', id: series.slice(2) };
  if (series.startsWith('r:')) return { kind: 'rate', id: series.slice(2) };
  if (series.startsWith('c:')) return { kind: 'concept', id: series.slice(2) };
  return seriesRef(DEFAULT_SERIES);
}

/** A year range in order (the later year second); either end may be open. */
export function orderedYears(
  from: number | null,
  to: number | null,
): { from: number | null; to: number | null } {
  return from != null && to != null && from > to ? { from: to, to: from } : { from, to };
}

/** Every year from `from` to `to` (empty when either is open): the year choices before the catalogue loads. */
export function yearSpan(from: number | null, to: number | null): number[] {
  if (from == null || to == null) return [from, to].filter((y): y is number => y != null);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
