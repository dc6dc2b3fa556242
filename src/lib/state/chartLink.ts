/**
 * The link to a chart as it is shown, and the code that embeds it in another page: the same URL
 * state, with `embed=1` for the view without the app's chrome.
 */
import { escapeXml } from '../charts/publishSvg.ts';

/** The shareable URL of the page (never the embedded form). */
export function shareUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.hash = '';
  return url.href;
}

/** The URL of the embedded view of the same state. */
export function embedUrl(href: string): string {
  const url = new URL(shareUrl(href));
  url.searchParams.set('embed', '1');
  return url.href;
}

/** An `<iframe>` snippet for the embedded chart, titled for screen readers. */
export function iframeSnippet(href: string, title: string, height = 560): string {
  return `<iframe src="${escapeXml(embedUrl(href))}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** A file name from a chart title: what a person would call it, without path characters. */
export function fileName(title: string, ext: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'nianbao'}.${ext}`;
}
