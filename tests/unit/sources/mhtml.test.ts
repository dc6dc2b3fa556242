import { describe, expect, it } from 'vitest';
import { isMhtml, mhtmlPage } from '../../../src/lib/sources/mhtml.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const saved = (part: string) =>
  ascii(
    'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n' +
      `----b--\r\n${part}\r\n----b----\r\n`,
  );

describe('mhtmlPage', () => {
  it('mhtmlPage(quoted-printable UTF-8 part) returns the page bytes and charset', () => {
    const bytes = saved(
      'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p class=3D"a">=E6=94=BF=\r\n=E5=BA=9C</p>',
    );
    expect(isMhtml(bytes)).toBe(true);
    const page = mhtmlPage(bytes)!;
    expect(page.charset).toBe('utf-8');
    expect(new TextDecoder().decode(page.html)).toBe('<p class="a">政府</p>');
  });

  it('mhtmlPage(base64 part after a CSS part) skips to the HTML part', () => {
    const html = Buffer.from('<p>政府</p>').toString('base64');
    const bytes = saved(
      `Content-Type: text/css\r\n\r\np{}\r\n----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${html}`,
    );
    expect(new TextDecoder().decode(mhtmlPage(bytes)!.html)).toBe('<p>政府</p>');
  });

  it('isMhtml(a report quoting one MIME header) is false', () => {
    expect(isMhtml(new TextEncoder().encode('MIME-Version: 1.0\n本邮件为政府信息公开申请。'))).toBe(
      false,
    );
  });
});
