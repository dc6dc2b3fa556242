/**
 * Which view each part of the app state belongs to. A view's filters are its own: its URL carries
 * only them, leaving it takes none of them along (unless a link names them), and a reset clears
 * exactly them. A new state field must be given a scope here (the record names every field).
 */
import type { AppState, View } from './urlState.ts';

type Field = keyof AppState;

/** `all`: part of every view (language, embedding); otherwise the views a field is a filter of. */
export const FIELD_SCOPE: Readonly<Record<Field, 'all' | readonly View[]>> = {
  view: 'all',
  lang: 'all',
  embed: 'all',
  province: ['overview'],
  city: ['overview'],
  level: ['overview'],
  scope: ['overview'],
  search: ['overview'],
  series: ['compare', 'ranking'],
  bodies: ['compare', 'ranking', 'topics', 'anomalies', 'body'],
  from: ['compare', 'ranking', 'topics', 'anomalies'],
  to: ['compare', 'ranking', 'topics', 'anomalies'],
  peer: ['ranking'],
  measure: ['compare'],
  tab: ['compare', 'topics', 'body'],
  topic: ['topics'],
  report: ['report'],
  hl: ['report'],
  hlc: ['report'],
  back: ['report'],
  types: ['anomalies'],
  severities: ['anomalies'],
  thresholds: ['anomalies'],
};

const FIELDS = Object.keys(FIELD_SCOPE) as Field[];

/** Whether `field` is part of `view`'s state. */
export function belongsTo(field: Field, view: View): boolean {
  const scope = FIELD_SCOPE[field];
  return scope === 'all' || scope.includes(view);
}

/** The state with every field that is not part of its view back at its default. */
export function scoped(s: AppState, defaults: AppState): AppState {
  const out = { ...s } as Record<Field, unknown>;
  for (const f of FIELDS) if (!belongsTo(f, s.view)) out[f] = defaults[f];
  return out as unknown as AppState;
}

/** The fields of `s`'s view (not the shared ones), as a patch that restores them. */
export function viewFields(s: AppState): Partial<AppState> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (FIELD_SCOPE[f] !== 'all' && belongsTo(f, s.view)) out[f] = s[f];
  return out as Partial<AppState>;
}

/** What a view shows rather than how it is narrowed: its tab, topic page and series stay on a reset. */
const NOT_FILTERS: ReadonlySet<Field> = new Set(['tab', 'topic', 'series']);

/**
 * The filters the user has set on the current view (different from the defaults), in record
 * order. The report page's own fields (which report, highlights, way back) and the body page's
 * body are not filters.
 */
export function activeFilters(s: AppState, defaults: AppState): Field[] {
  if (s.view === 'report' || s.view === 'body') return [];
  return FIELDS.filter(
    (f) =>
      FIELD_SCOPE[f] !== 'all' &&
      belongsTo(f, s.view) &&
      !NOT_FILTERS.has(f) &&
      JSON.stringify(s[f]) !== JSON.stringify(defaults[f]),
  );
}

/** The patch that puts the given filters back to their defaults. */
export function resetPatch(fields: readonly Field[], defaults: AppState): Partial<AppState> {
  return Object.fromEntries(fields.map((f) => [f, defaults[f]])) as Partial<AppState>;
}
