import { describe, expect, it } from 'vitest';
import { makeBody } from '../../../src/lib/synth/bodies.ts';
import { documentBlocks } from '../../../src/lib/synth/document.ts';
import { narrative } from '../../../src/lib/synth/narrative/narrative.ts';
import { Rng } from '../../../src/lib/synth/random.ts';
import type { DocBlock, TemplateId } from '../../../src/lib/synth/types.ts';

const body = makeBody(new Rng('n').fork('body'), 0, new Set());
const figures = {
  text_app_received: 23,
  text_review_total: 2,
  text_litig_total: 1,
  text_pro_info_total: 1250,
  info_processing_fee: 0,
};
const paras = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'para' ? [b] : []));

describe('narrative', () => {
  it.each(['t2021', 't2019', 'p2014', 'pLocal', 'none'] as TemplateId[])(
    '%s: each stated figure is marked where its number (or zero sentence) is printed',
    (template) => {
      for (let i = 0; i < 30; i++) {
        const prose = narrative({
          rng: new Rng('n', `${template}${i}`),
          body,
          year: 2020,
          template,
          figures,
        });
        const marks = paras(documentBlocks(template, [], prose)).flatMap((p) =>
          p.marks.map((m) => ({ m, text: p.text.slice(m.start, m.end) })),
        );
        expect(marks.map((x) => x.m.metric).sort()).toEqual(
          prose.figures.map((f) => f.metric).sort(),
        );
        for (const { m, text } of marks) {
          const value = prose.figures.find((f) => f.metric === m.metric)!.value;
          if (value === 0) expect(text).toMatch(/^(未|没有)/);
          else expect(['1250', '23', '二十三', '2', '二', '1', '一']).toContain(text);
        }
      }
    },
  );

  it('states what it must (the figure of a text-vs-table anomaly), once', () => {
    for (let i = 0; i < 20; i++) {
      const prose = narrative({
        rng: new Rng('m', String(i)),
        body,
        year: 2022,
        template: 't2021',
        figures: { ...figures, text_app_received: 30 },
        mustState: ['text_app_received'],
      });
      expect(prose.figures.filter((f) => f.metric === 'text_app_received')).toEqual([
        { metric: 'text_app_received', value: 30 },
      ]);
    }
  });

  it('two reports share little prose: the same body and year with other draws differ in most sentences', () => {
    const text = (seed: string) =>
      paras(
        documentBlocks(
          't2021',
          [],
          narrative({ rng: new Rng(seed), body, year: 2022, template: 't2021', figures }),
        ),
      )
        .map((p) => p.text)
        .join('');
    const sentences = (s: string) => new Set(s.split('。'));
    const a = sentences(text('x'));
    const shared = [...sentences(text('y'))].filter((s) => a.has(s)).length;
    expect(shared / a.size).toBeLessThan(0.35);
  });
});
