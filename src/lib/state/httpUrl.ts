/**
 * A URL from the data (a report's `source_url`) that may become a link: only absolute http: and
 * https: URLs do. Anything else — `javascript:`, `data:`, `vbscript:`, relative or malformed — is
 * shown as text, since a link to it would run in the app's origin or go somewhere unintended.
 */
export function httpUrl(text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
