import { expect, it } from 'vitest';
import { httpUrl } from '../../../src/lib/state/httpUrl.ts';

it.each([
  [
    'https://www.pingtan.gov.cn/zwgk/zfxxgknb/202202/t20220208_80613.htm',
    'https://www.pingtan.gov.cn/zwgk/zfxxgknb/202202/t20220208_80613.htm',
  ],
  ['http://example.gov.cn/a b', 'http://example.gov.cn/a%20b'],
  ['  HTTPS://Example.gov.cn/x  ', 'https://example.gov.cn/x'],
  ['javascript:alert(document.cookie)', null],
  ['JavaScript:alert(1)', null],
  [' \tjava\nscript:alert(1)', null],
  ['data:text/html,<script>alert(1)</script>', null],
  ['vbscript:msgbox(1)', null],
  ['file:///etc/passwd', null],
  ['//evil.example/x', null],
  ['/relative/path', null],
  ['www.pingtan.gov.cn', null],
  ['', null],
  [null, null],
  [42, null],
])('httpUrl(%j) is %j', (text, want) => {
  expect(httpUrl(text)).toBe(want);
});
