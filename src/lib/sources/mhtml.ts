/**
 * A page saved as one file by a browser (MHTML, `.mht`/`.mhtml`, often renamed): MIME headers,
 * then parts; the first `text/html` part, quoted-printable or base64, is the page.
 */

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Whether the bytes are a MIME multipart document (a saved page). */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

function base64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/=]/g, '');
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(clean, 'base64'));
  return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}

/** The page's HTML bytes and declared charset, or null when no HTML part is found. */
export function mhtmlPage(bytes: Uint8Array): { html: Uint8Array; charset: string | null } | null {
  const text = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(text)?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    // The line break before the next boundary belongs to the boundary (RFC 2046).
    const body = part.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? null;
    const html =
      encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : encoding === 'base64'
          ? base64(body)
          : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    return { html, charset };
  }
  return null;
}
