/**
 * A report's blocks in the order of its template: the 2019/2021 six sections with tables 二, 三,
 * 四 in sections 二–四; the older reports' sections with the 统计表 attached at the end.
 */
import type { Narrative } from './narrative/narrative.ts';
import type { DocBlock, SynthTable, TemplateId } from './types.ts';

const heading = (text: string): DocBlock => ({ kind: 'heading', text });
const table = (t: SynthTable | undefined): DocBlock[] => (t ? [{ kind: 'table', table: t }] : []);

export function documentBlocks(
  template: TemplateId,
  tables: SynthTable[],
  prose: Narrative,
): DocBlock[] {
  const s = prose.sections;
  const of = (kind: SynthTable['kind']) => tables.find((t) => t.kind === kind);
  if (template === 't2019' || template === 't2021') {
    return [
      ...s.intro,
      heading('一、总体情况'),
      ...s.overview,
      heading('二、主动公开政府信息情况'),
      ...table(of('T2')),
      heading('三、收到和处理政府信息公开申请情况'),
      ...table(of('T3')),
      heading('四、政府信息公开行政复议、行政诉讼情况'),
      ...table(of('T4')),
      heading('五、存在的主要问题及改进情况'),
      ...s.problems,
      heading('六、其他需要报告的事项'),
      ...s.fees,
      ...s.other,
    ];
  }
  // Older reports word their sections each their own way.
  const h = prose.headings;
  const numbers = ['一', '二', '三', '四', '五', '六', '七'];
  let n = 0;
  const next = (text: string) => heading(`${numbers[n++]}、${text}`);
  const blocks: DocBlock[] = [
    ...s.intro,
    next(h.overview),
    ...s.overview,
    next(h.proactive),
    ...s.proactive,
    next(h.requests),
    ...s.requests,
  ];
  if (s.fees.length) blocks.push(next(h.fees), ...s.fees);
  blocks.push(next(h.reviews), ...s.reviews, next(h.problems), ...s.problems);
  const p = of('P');
  if (p)
    blocks.push(
      next('附表'),
      { kind: 'para', text: '政府信息公开情况统计表', marks: [] },
      ...table(p),
    );
  return blocks;
}
