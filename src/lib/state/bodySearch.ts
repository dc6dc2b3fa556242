/** The options of the body picker: what a search matches, and the list shown for a search. */
import { bodySearchText } from '../i18n/pinyin.ts';
import type { BodyRow } from '../sql/bodiesQuery.ts';

/** What the picker knows of a body. */
export type BodyOption = Pick<
  BodyRow,
  'body_key' | 'body_name' | 'city' | 'district' | 'first_year' | 'last_year'
>;

/**
 * The text a search looks in, lower-cased: the body's name, key, city and district, one per line
 * (so a search never matches across two of them). Another spelling of a name (a transliteration)
 * is one more line here.
 */
export function searchText(option: BodyOption): string {
  return [
    option.body_name,
    option.body_key,
    option.city ?? '',
    option.district ?? '',
    // Its pinyin, once loaded (typed with or without spaces).
    bodySearchText(option.body_name),
  ]
    .join('\n')
    .toLowerCase();
}

/** Whether `option` matches what was typed (an empty search matches every body). */
export function matchesSearch(option: BodyOption, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return !needle || searchText(option).includes(needle);
}

/**
 * The options listed for `search`: the chosen bodies first (whatever the search), then the
 * matches, cut at `limit` (but never before the last chosen one); `more` is how many were cut.
 */
export function listOptions<T extends BodyOption>(
  bodies: readonly T[],
  search: string,
  selected: readonly string[],
  limit: number,
): { listed: T[]; more: number } {
  const chosen = new Set(selected);
  const shown = [
    ...bodies.filter((b) => chosen.has(b.body_key)),
    ...bodies.filter((b) => !chosen.has(b.body_key) && matchesSearch(b, search)),
  ];
  const listed = shown.slice(0, Math.max(limit, selected.length));
  return { listed, more: shown.length - listed.length };
}
