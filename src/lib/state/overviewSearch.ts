/** The Overview's search: bodies whose name, key or pinyin (once loaded) contains the text. */
import { bodySearchText } from '../i18n/pinyin.ts';

/** The text as compared: NFKC (full-width letters and digits), lower case, outer spaces off. */
export function searchText(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** The bodies whose name or key contains `search`, in their order (all of them for ''). */
export function searchBodies<T extends { key: string; name: string }>(
  bodies: readonly T[],
  search: string,
): readonly T[] {
  const needle = searchText(search);
  if (!needle) return bodies;
  return bodies.filter(
    (b) =>
      searchText(b.name).includes(needle) ||
      searchText(b.key).includes(needle) ||
      bodySearchText(b.name).includes(needle),
  );
}
