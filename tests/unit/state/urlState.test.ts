import { describe, expect, test } from 'vitest';
import { DEFAULT_ANOMALY_PARAMS } from '../../../src/lib/sql/anomalies.ts';
import {
  DEFAULT_STATE,
  MAX_SEARCH_CHARS,
  nextState,
  parseState,
  seriesRef,
  readUrl,
  serializeState,
  type AppState,
} from '../../../src/lib/state/urlState.ts';
import { MAX_QUERY_CHARS, selectionId } from '../../../src/lib/state/savedSelection.ts';

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
    [
      '?v=anomalies&type=jump&type=identity&type=nope&sev=high&sev=bad&b=二道区&y=2017',
      {
        view: 'anomalies',
        types: ['identity', 'jump'],
        severities: ['high'],
        bodies: ['二道区'],
        from: 2017,
        to: 2017,
        thresholds: DEFAULT_ANOMALY_PARAMS,
      },
    ],
    [
      '?v=anomalies&jf=4&jmin=5&sim=0.95&vmin=2',
      { thresholds: { jumpFactor: 4, jumpMin: 5, similarityMin: 0.95, vectorMinNonZero: 2 } },
    ],
    ['?v=anomalies&jf=0&sim=7', { thresholds: DEFAULT_ANOMALY_PARAMS }],
    [
      '?v=report&r=x&hl=review_total&hl=res_total.natural_person&hlc=P_review_split',
      { hl: ['review_total', 'res_total.natural_person'], hlc: ['P_review_split'] },
    ],
    ["?v=report&r=x&hl=a'%20OR%201=1&hlc=--", { hl: [], hlc: [] }],
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
    { view: 'overview', search: '二道 区', city: '长春市' },
    { view: 'body', bodies: ['平潭综合实验区'], tab: 'table' },
    { view: 'report', report: 'jilin-changchun-erdao-2017' },
    {
      view: 'report',
      report: 'jilin-changchun-erdao-2017',
      hl: ['review_total', 'review_upheld'],
      hlc: ['P_review_split'],
    },
    {
      view: 'anomalies',
      types: ['identity', 'text_vs_table'],
      severities: ['high', 'medium'],
      bodies: ['平潭综合实验区'],
      from: 2012,
      to: 2016,
      thresholds: { jumpFactor: 2.5, jumpMin: 20, similarityMin: 0.8, vectorMinNonZero: 5 },
      lang: 'en',
    },
  ];
  test.each(states)('parseState(serializeState(s)) round-trips %o', (patch) => {
    const s = { ...DEFAULT_STATE, ...patch };
    expect(parseState(serializeState(s))).toEqual(s);
  });

  test('serializeState(body page) is ?v=body&b=<body_key>', () => {
    expect(serializeState({ ...DEFAULT_STATE, view: 'body', bodies: ['二道区'] })).toBe(
      `?v=body&b=${encodeURIComponent('二道区')}`,
    );
  });

  test('serializeState(overview search) is q=, on the Overview only', () => {
    const search = { ...DEFAULT_STATE, search: '二道' };
    expect(serializeState(search)).toBe(`?q=${encodeURIComponent('二道')}`);
    expect(serializeState({ ...search, view: 'compare' })).toBe('?v=compare');
  });

  test('parseState(a search over MAX_SEARCH_CHARS) keeps its first MAX_SEARCH_CHARS', () => {
    expect(parseState(`?q=${'二'.repeat(MAX_SEARCH_CHARS + 50)}`).search).toBe(
      '二'.repeat(MAX_SEARCH_CHARS),
    );
  });

  test('serializeState writes a single year once', () => {
    expect(serializeState({ ...DEFAULT_STATE, view: 'compare', from: 2017, to: 2017 })).toBe(
      '?v=compare&y=2017',
    );
  });
});

describe('serializeState of highlights and anomaly filters', () => {
  test('highlights are written on the report page only', () => {
    const s = { ...DEFAULT_STATE, report: 'r1', hl: ['a'], hlc: ['C'] };
    expect(serializeState({ ...s, view: 'report' })).toBe('?v=report&r=r1&hl=a&hlc=C');
    expect(serializeState({ ...s, view: 'overview' })).toBe('');
  });

  test('anomaly filters and changed thresholds are written; default thresholds are not', () => {
    const s: AppState = {
      ...DEFAULT_STATE,
      view: 'anomalies',
      types: ['gap'],
      severities: ['low'],
      thresholds: { ...DEFAULT_ANOMALY_PARAMS, similarityMin: 0.95 },
    };
    expect(serializeState(s)).toBe('?v=anomalies&type=gap&sev=low&sim=0.95');
  });
});

describe('nextState', () => {
  const onReport: AppState = {
    ...DEFAULT_STATE,
    view: 'report',
    report: 'r1',
    hl: ['review_total'],
    hlc: ['P_review_split'],
  };

  test('nextState keeps the highlights on the same report (language toggle)', () => {
    expect(nextState(onReport, { lang: 'en' })).toMatchObject({ hl: ['review_total'] });
  });

  test('nextState drops the highlights when another report opens without its own', () => {
    expect(nextState(onReport, { report: 'r2' })).toMatchObject({ report: 'r2', hl: [], hlc: [] });
    expect(nextState(onReport, { view: 'overview' })).toMatchObject({ hl: [], hlc: [] });
  });

  test('nextState takes the highlights a link names', () => {
    expect(nextState(DEFAULT_STATE, { view: 'report', report: 'r2', hl: ['x'] })).toMatchObject({
      hl: ['x'],
      hlc: [],
    });
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

describe('long selections and long URLs', () => {
  const memoryStore = () => {
    const saved = new Map<string, string[]>();
    return {
      saved,
      load: (id: string) => saved.get(id) ?? null,
      save: (id: string, keys: readonly string[]) => (saved.set(id, [...keys]), true),
    };
  };
  const many = Array.from({ length: 2000 }, (_, i) => `平潭综合实验区第${i}局`);

  test('serializeState(2,000 bodies) saves the selection and stays short; parseState reads it back', () => {
    const store = memoryStore();
    const state = { ...DEFAULT_STATE, view: 'compare' as const, bodies: many };
    const search = serializeState(state, store);
    expect(search.length).toBeLessThan(200);
    expect(search).toMatch(/[?&]bs=[0-9a-z]{14}(&|$)/);
    expect(parseState(search, store).bodies).toEqual(many);
    expect(readUrl(search, store)).toEqual({ state: parseState(search, store), notice: null });
  });

  test('serializeState(a few bodies) keeps them readable in the URL', () => {
    const store = memoryStore();
    const search = serializeState(
      { ...DEFAULT_STATE, view: 'compare', bodies: ['二道区', '平潭县'] },
      store,
    );
    expect(new URLSearchParams(search).getAll('b')).toEqual(['二道区', '平潭县']);
    expect(store.saved.size).toBe(0);
  });

  test('serializeState(any selection) is never longer than MAX_QUERY_CHARS', () => {
    const store = memoryStore();
    for (const n of [1, 10, 50, 100, 500, 2000]) {
      const s = serializeState(
        { ...DEFAULT_STATE, view: 'anomalies', bodies: many.slice(0, n) },
        store,
      );
      expect(s.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    }
  });

  test('readUrl(a saved selection this browser does not hold) has no bodies and says so', () => {
    const out = readUrl('?v=compare&bs=0123456789abcd', memoryStore());
    expect(out.state.bodies).toEqual([]);
    expect(out.state.view).toBe('compare');
    expect(out.notice).toBe('selectionMissing');
  });

  test('readUrl(a query over MAX_QUERY_CHARS) is the default state with a notice', () => {
    const long = `?v=compare&prov=${encodeURIComponent('省'.repeat(2000))}`;
    expect(readUrl(long)).toEqual({ state: DEFAULT_STATE, notice: 'tooLong' });
    const bodies = `?v=compare&${many.map((b) => `b=${encodeURIComponent(b)}`).join('&')}`;
    expect(readUrl(bodies).notice).toBe('tooLong');
  });

  test('selectionId(keys) depends on every key and their order', () => {
    expect(selectionId(['a', 'b'])).not.toBe(selectionId(['b', 'a']));
    expect(selectionId(['a', 'b'])).not.toBe(selectionId(['a', 'c']));
    expect(selectionId(['a', 'b'])).toBe(selectionId(['a', 'b']));
  });
});
