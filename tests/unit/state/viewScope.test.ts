import { describe, expect, test } from 'vitest';
import {
  DEFAULT_STATE,
  nextState,
  parseState,
  serializeState,
  type AppState,
} from '../../../src/lib/state/urlState.ts';
import { activeFilters, resetPatch, viewFields } from '../../../src/lib/state/viewScope.ts';

const anomalies: AppState = {
  ...DEFAULT_STATE,
  view: 'anomalies',
  types: ['identity'],
  bodies: ['jilin-changchun-erdao'],
  from: 2017,
  to: 2017,
};

describe('filters belong to their view', () => {
  test('nextState(compare with bodies, to topics) carries no body', () => {
    const compare = { ...DEFAULT_STATE, view: 'compare' as const, bodies: ['a'], from: 2019 };
    const topics = nextState(compare, { view: 'topics' });
    expect(topics.bodies).toEqual([]);
    expect(topics.from).toBeNull();
  });

  test('nextState(compare, to anomalies naming the bodies) carries exactly those', () => {
    const compare = {
      ...DEFAULT_STATE,
      view: 'compare' as const,
      bodies: ['a'],
      measure: 'share' as const,
    };
    const next = nextState(compare, { view: 'anomalies', bodies: ['a'] });
    expect(next.bodies).toEqual(['a']);
    expect(next.measure).toBe('abs');
  });

  test('nextState keeps the language and the embedding across views', () => {
    const next = nextState({ ...anomalies, lang: 'en', embed: true }, { view: 'overview' });
    expect([next.lang, next.embed]).toEqual(['en', true]);
  });

  test('serializeState(overview with a body left over) writes only the overview filters', () => {
    const search = serializeState({
      ...DEFAULT_STATE,
      province: '吉林省',
      bodies: ['a'],
      from: 2017,
    });
    expect(search).toBe('?prov=%E5%90%89%E6%9E%97%E7%9C%81');
  });

  test('opening a report from the list remembers the list as the way back', () => {
    const report = nextState(anomalies, { view: 'report', report: 'jilin-changchun-erdao-2017' });
    expect(report.types).toEqual([]);
    const search = serializeState(report);
    const q = new URLSearchParams(search);
    expect(q.get('r')).toBe('jilin-changchun-erdao-2017');
    expect(q.getAll('type')).toEqual([]);
    expect(q.get('back')).toBe('v=anomalies&b=jilin-changchun-erdao&y=2017&type=identity');
    const again = parseState(search);
    expect(again.back).toBe(report.back);
    const list = parseState(`?${again.back}`);
    expect([list.view, list.types, list.bodies, list.from]).toEqual([
      'anomalies',
      ['identity'],
      ['jilin-changchun-erdao'],
      2017,
    ]);
  });

  test('parseState(back naming a report or another way back) ignores it', () => {
    expect(parseState('?v=report&r=x&back=v%3Dreport%26r%3Dy').back).toBe('');
    expect(parseState('?v=report&r=x&back=v%3Danomalies%26back%3Dz').back).toBe('');
  });

  test('parseState(embed=1) is an embedded view', () => {
    expect(parseState('?v=compare&embed=1').embed).toBe(true);
    expect(serializeState({ ...DEFAULT_STATE, view: 'compare', embed: true })).toBe(
      '?v=compare&embed=1',
    );
  });

  test('activeFilters(anomalies) names the set filters, and resetPatch clears them', () => {
    const active = activeFilters(anomalies, DEFAULT_STATE);
    expect(active).toEqual(['bodies', 'from', 'to', 'types']);
    const cleared = nextState(anomalies, resetPatch(active, DEFAULT_STATE));
    expect(activeFilters(cleared, DEFAULT_STATE)).toEqual([]);
    expect(cleared.view).toBe('anomalies');
  });

  test('activeFilters(a topic page or a series alone) is none: they are what is shown', () => {
    expect(
      activeFilters({ ...DEFAULT_STATE, view: 'topics', topic: 'review' }, DEFAULT_STATE),
    ).toEqual([]);
    const compare = { ...DEFAULT_STATE, view: 'compare' as const, series: 'm:x', from: 2019 };
    expect(activeFilters(compare, DEFAULT_STATE)).toEqual(['from']);
  });

  test('activeFilters(overview with a search) names it; the body page has none', () => {
    const overview = { ...DEFAULT_STATE, search: '二道', city: '长春市' };
    expect(activeFilters(overview, DEFAULT_STATE)).toEqual(['city', 'search']);
    const body = nextState(overview, { view: 'body', bodies: ['二道区'] });
    expect(body.search).toBe('');
    expect(activeFilters(body, DEFAULT_STATE)).toEqual([]);
  });

  test('viewFields(anomalies) restores the list as it was', () => {
    const elsewhere = nextState(anomalies, { view: 'overview' });
    const back = nextState(elsewhere, { view: 'anomalies', ...viewFields(anomalies) });
    expect(serializeState(back)).toBe(serializeState(anomalies));
  });
});
