import { describe, expect, test } from 'vitest';
import {
  DEFAULT_STATE,
  parseState,
  seriesRef,
  serializeState,
  type AppState,
} from '../../../src/lib/state/urlState.ts';

describe('parseState', () => {
  test("parseState('') is the default state", () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  test.each([
    [
      '?v=compare&s=m:pro_via_website&b=二道区&y=2017',
      { view: 'compare', series: 'm:pro_via_website', bodies: ['二道区'], from: 2017, to: 2017 },
    ],
    ['?v=compare&y=2019-2025', { from: 2019, to: 2025 }],
    ['?y=2025-2019', { from: 2019, to: 2025 }],
    ['?y=2019-', { from: 2019, to: null }],
    ['?y=-2020', { from: null, to: 2020 }],
    ['?y=abc', { from: null, to: null }],
    [
      '?v=nope&measure=zzz&tab=x&lang=fr',
      { view: 'overview', measure: 'abs', tab: 'chart', lang: 'zh' },
    ],
    ['?s=m:x%27;drop', { series: '' }],
    ['?b=a&b=b&b=a&b=', { bodies: ['a', 'b'] }],
    ['?v=topics&topic=refusals', { view: 'topics', topic: 'refusals' }],
    [
      '?v=report&r=jilin-changchun-erdao-2017',
      { view: 'report', report: 'jilin-changchun-erdao-2017' },
    ],
    [
      '?prov=福建省&city=福州市&level=department&scope=own',
      { province: '福建省', city: '福州市', level: 'department', scope: 'own' },
    ],
  ] as [string, Partial<AppState>][])('parseState(%s)', (search, want) => {
    expect(parseState(search)).toMatchObject(want);
  });
});

describe('serializeState', () => {
  test('serializeState(DEFAULT_STATE) is empty', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  const states: Partial<AppState>[] = [
    {
      view: 'compare',
      series: 'c:c_app_received',
      bodies: ['平潭综合实验区海坛片区管理局', 'a,b'],
      from: 2019,
      to: 2025,
    },
    {
      view: 'compare',
      series: 'm:pro_via_website',
      bodies: ['二道区'],
      from: 2017,
      to: 2017,
      tab: 'table',
      measure: 'share',
    },
    { view: 'overview', province: '福建省', level: 'department', scope: 'aggregate', lang: 'en' },
    { view: 'topics', topic: 'staffing', from: 2015, to: null },
    { view: 'report', report: 'jilin-changchun-erdao-2017' },
  ];
  test.each(states)('parseState(serializeState(s)) round-trips %o', (patch) => {
    const s = { ...DEFAULT_STATE, ...patch };
    expect(parseState(serializeState(s))).toEqual(s);
  });

  test('serializeState writes a single year once', () => {
    expect(serializeState({ ...DEFAULT_STATE, view: 'compare', from: 2017, to: 2017 })).toBe(
      '?v=compare&y=2017',
    );
  });
});

describe('seriesRef', () => {
  test.each([
    ['', { kind: 'concept', id: 'c_app_received' }],
    ['m:pro_via_website', { kind: 'metric', id: 'pro_via_website' }],
    ['c:c_den_state_secret', { kind: 'concept', id: 'c_den_state_secret' }],
  ] as const)('seriesRef(%j)', (text, want) => {
    expect(seriesRef(text)).toEqual(want);
  });
});
