/** Row lists of tables 二 and 三 for one template of the revised 条例, cut from the shared grammar. */
import { T2_ROWS } from '../grammar/t2.ts';
import { T3_ROWS, type T3Row } from '../grammar/t3.ts';
import type { T2TemplateRow, TemplateId } from './types.ts';

/** The templates of the revised 条例 (tables 二–四). */
type PostTemplate = Exclude<TemplateId, 'pre2019'>;

/** The rows of table 二 that `template` prints, with their cells. */
export function t2Rows(template: PostTemplate): T2TemplateRow[] {
  return T2_ROWS.flatMap((row) => {
    const metrics = row[template];
    return metrics ? [{ keys: row.keys, metrics }] : [];
  });
}

/** The rows of table 三 that `template` prints, in template order. */
export function t3Rows(template: PostTemplate): T3Row[] {
  return T3_ROWS.filter((row) => row.formats === 'both' || row.formats === template);
}

/** The rows whose sum is 办理结果总计: every printed result row but the total. */
export function resultRows(rows: readonly T3Row[]): string[] {
  return rows
    .map((row) => row.metric)
    .filter((metric) => metric.startsWith('res_') && metric !== 'res_total');
}
