/**
 * What a check says in words, in the UI language: the one place the app reads the words of a
 * check (today the table beside the anomaly SQL), so they live in one definition.
 */
import { CHECK_WORDS } from '../sql/anomalies.ts';
import type { Lang } from './urlState.ts';

/** The words of `checkId` in `lang`, or null for a check that has none. */
export function checkWords(checkId: string, lang: Lang): string | null {
  const words = CHECK_WORDS[checkId];
  return words ? words[lang === 'zh' ? 0 : 1] : null;
}

/** The checks that have words, in their table's order (for the method page). */
export function wordedChecks(): string[] {
  return Object.keys(CHECK_WORDS);
}
