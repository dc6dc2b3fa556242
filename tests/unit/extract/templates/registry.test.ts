import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { extractReport } from '../../../../src/lib/extract/index.ts';
import {
  derivedSubtotals,
  tableIdentities,
  TEMPLATE_IDS,
  TEMPLATES,
  templateByMarkers,
  templateOfT3Rows,
  type Template,
  type TemplateId,
} from '../../../../src/lib/extract/templates/index.ts';
import { corpusPath } from '../../../corpus.ts';

describe('the template registry', () => {
  it('holds one module per id, ranked oldest first', () => {
    for (const id of TEMPLATE_IDS) expect(TEMPLATES[id].id).toBe(id);
    expect(TEMPLATE_IDS).toEqual(['pre2019', 't2019', 't2021']);
    expectTypeOf<keyof typeof TEMPLATES>().toEqualTypeOf<TemplateId>();
  });

  it('templateOfT3Rows: the refined rows of t2021 decide, the t2019 row alone decides, shared rows do not', () => {
    expect(templateOfT3Rows(new Set(['res_granted', 'res_oth_other']))).toBe('t2021');
    expect(templateOfT3Rows(new Set(['res_granted', 'res_other_total']))).toBe('t2019');
    // t2021 printing its （六） subtotal: the subtotal reads like the t2019 row, the sub-rows decide.
    expect(templateOfT3Rows(new Set(['res_other_total', 'res_oth_overdue_fee']))).toBe('t2021');
    expect(templateOfT3Rows(new Set(['res_granted', 'res_total']))).toBeNull();
  });

  it('templateByMarkers: a tie or no marker is no template', () => {
    expect(templateByMarkers('T2', '本年制发件数 本年废止件数')).toBe('t2021');
    expect(templateByMarkers('T2', '本年新制作数量 对外公开总数量')).toBe('t2019');
    expect(templateByMarkers('T2', '本年制发件数 对外公开总数量')).toBeNull();
    expect(templateByMarkers('T2', '信息内容')).toBeNull();
  });

  it('an unknown template keeps only what every candidate agrees on', () => {
    const ids = (t: TemplateId | null) =>
      new Set(tableIdentities('T3', t, ['year']).map((i) => i.id));
    expect([...ids(null)]).toEqual(['T3_flow']);
    expect(ids('t2019')).toEqual(new Set(['T3_flow', 'T3_results_sum']));
    expect(ids('t2021')).toEqual(new Set(['T3_flow', 'T3_results_sum', 'T3_other_sum']));
    expect(tableIdentities('T4', null, ['year']).map((i) => i.id)).toEqual([
      'T4_rev',
      'T4_lit_direct',
      'T4_lit_after_rev',
    ]);
    expect(derivedSubtotals(null).map(([m]) => m)).not.toContain('res_other_total');
    expect(derivedSubtotals('t2021').map(([m]) => m)).toContain('res_other_total');
  });
});

/**
 * corpus/raw/fujian-pingtan-shiyanqu-2021.txt (a t2021 report, read by hand): table 三 alone, cut
 * before （六）其他处理. No row left tells t2019 from t2021, and table 二's headers are gone: the
 * template is unknown, not the 2021 one. The twin runs to 结转下年度 and is t2021.
 */
describe('a table 三 that does not tell its template (real report, cut by hand)', () => {
  const full = readFileSync(corpusPath('raw/fujian-pingtan-shiyanqu-2021.txt'), 'utf8');
  const start = full.indexOf('三、收到和处理政府信息公开申请情况');
  const cut = full.slice(start, full.indexOf('（六）其他处理'));
  const twin = full.slice(start, full.indexOf('四、政府信息公开行政复议'));

  it('the cut table: format unknown, no results identity, no row of either template only', () => {
    const r = extractReport({ text: cut, reportId: 'cut' });
    expect(r.report.format_version).toBe('unknown');
    const checks = new Set(r.checks.map((c) => c.check_id));
    expect(checks.has('T3_flow')).toBe(true);
    expect(checks.has('T3_results_sum')).toBe(false);
    expect(r.facts.some((f) => /^res_oth|^res_other_total$/.test(f.metric_id))).toBe(false);
    const total = (metric: string) =>
      r.facts.find((f) => f.metric_id === metric && f.applicant_type === 'total');
    // Rows it prints are read (（二）部分公开 500000 5: total 5) …
    expect(total('res_partial')?.value).toBe(5);
    // … but 予以公开 `270020130` splits only with 办理结果总计 = Σ results, whose rows depend on
    // the template: it stays ambiguous rather than split by the 2021 rows.
    expect(total('res_granted')?.value_status).toBe('ambiguous');
    expect(total('res_total')?.value_status).toBe('truncated');
  });

  it('its twin that reaches the （六） rows is t2021', () => {
    const r = extractReport({ text: twin, reportId: 'twin' });
    expect(r.report.format_version).toBe('t2021');
    expect(r.checks.some((c) => c.check_id === 'T3_results_sum')).toBe(true);
    const granted = r.facts.find(
      (f) => f.metric_id === 'res_granted' && f.applicant_type === 'total',
    );
    expect(granted?.value).toBe(30);
  });
});

// Type tests, checked by `npm run typecheck`: a template must fill in every part.
const complete: Template = {
  id: 't2021',
  rank: 9,
  markers: {},
  rows: { P: [], T2: [], T3: [], T4: [] },
  identities: () => [],
  derived: {},
  segment: 'post2019',
};
// @ts-expect-error a template without its identities, derived subtotals and segment is refused
const partial: Template = { id: 't2021', rank: 9, markers: {}, rows: complete.rows };
// @ts-expect-error a template must list the rows of every table, empty or not
const noT4: Template = { ...complete, rows: { P: [], T2: [], T3: [] } };
// @ts-expect-error registering a template under an id the union does not have is refused
const registry: Record<TemplateId, Template> = { ...TEMPLATES, fake: complete };
// @ts-expect-error registering an id without its template is refused
const missing: Record<TemplateId | 'fake', Template> = { ...TEMPLATES };
void [partial, noT4, registry, missing];
