/**
 * Table 二 (第二十条 主动公开) of the 2019 and 2021 templates (METRICS.md §5). Stocks roll: t2019
 * 对外公开总数量 grows by what is published, 上一年项目数量 of next year = this year's + 本年增/减
 * (X_items_roll), t2021 现行有效 = last year's + 制发 − 废止 (X_valid_roll).
 */
import { amount, money } from '../draw.ts';
import type { ItemRow } from '../rollover.ts';
import type { SynthBlock, SynthCell, SynthTable } from '../types.ts';
import type { YearInput } from './input.ts';
import { Values, cell, row } from './values.ts';

const ITEM_ROWS: ItemRow[] = ['license', 'othersvc', 'penalty', 'coercion', 'fee'];

/** A signed yearly change of an item count: mostly small, often 0, never below −count. */
function change(input: YearInput, count: number): number {
  const { rng } = input;
  if (rng.chance(0.45)) return 0;
  const step = Math.max(1, Math.round(count * 0.05));
  return Math.max(-count, rng.int(-step, step) || 1);
}

export function drawT2(input: YearInput, values: Values, format: 't2019' | 't2021'): void {
  const { profile: p, rng, state, year, body } = input;
  const g = body.growth;
  const decisions = p.decisions;
  values.set('t2_license_decisions', amount(rng, decisions.license, g, year));
  values.set('t2_penalty_decisions', amount(rng, decisions.penalty, g, year));
  values.set('t2_coercion_decisions', amount(rng, decisions.coercion, g, year));
  const made = { reg: amount(rng, p.regMade, 0, year), ndoc: amount(rng, p.ndocMade, g, year) };
  if (format === 't2019') {
    for (const doc of ['reg', 'ndoc'] as const) {
      const published = Math.max(0, made[doc] - (rng.chance(0.2) ? 1 : 0));
      const key = doc === 'reg' ? 'regPublic' : 'ndocPublic';
      const stock = (state[key] ?? Math.round(made[doc] * rng.range(4, 15))) + published;
      state[key] = stock;
      values.set(`t2_${doc}_new_made`, made[doc]);
      values.set(`t2_${doc}_new_published`, published);
      values.set(`t2_${doc}_public_total`, stock);
    }
    const items = state.items ?? { ...p.items };
    for (const r of ITEM_ROWS) {
      let prev = items[r];
      if (input.roll?.kind === 'items' && input.roll.row === r) prev += input.roll.delta;
      const delta = change(input, prev);
      values.set(`t2_${r}_items_prev`, prev);
      values.set(`t2_${r}_items_change`, delta);
      items[r] = prev + delta;
    }
    state.items = items;
    values.set('t2_othersvc_decisions', amount(rng, decisions.othersvc, g, year));
    values.set('t2_local_total_published', amount(rng, p.info * 0.6, g, year));
    const projects = amount(rng, p.procure, g, year);
    values.set('t2_procure_projects', projects);
    values.set(
      't2_procure_amount',
      projects ? Math.round(p.procureAmount * rng.range(0.8, 1.25)) : 0,
    );
    return;
  }
  for (const doc of ['reg', 'ndoc'] as const) {
    const key = doc === 'reg' ? 'regValid' : 'ndocValid';
    const published = doc === 'reg' ? state.regPublic : state.ndocPublic;
    const stock =
      state[key] ??
      Math.round(
        published !== null ? published * rng.range(0.5, 0.9) : made[doc] * rng.range(4, 15),
      );
    const repealed = Math.min(stock, amount(rng, stock * 0.05 + made[doc] * 0.2, 0, year));
    let valid = stock + made[doc] - repealed;
    if (input.roll?.kind === 'valid' && input.roll.doc === doc) valid += input.roll.delta;
    state[key] = valid;
    values.set(`t2_${doc}_made`, made[doc]);
    values.set(`t2_${doc}_repealed`, repealed);
    values.set(`t2_${doc}_valid`, valid);
  }
  values.set('t2_fee_amount', money(rng, p.fee, g, year));
}

const block = (title: string, columns: string[], rows: SynthBlock['rows']): SynthBlock => ({
  title,
  header: [['信息内容', ...columns].map((text) => ({ text, colspan: 1 }))],
  rows,
  labelColumns: 1,
});

/**
 * The printed table 二. `localLine`: the line Jilin reports print under it (SOURCES.md E5,
 * `…政府信息公开发布总数量(非新闻类、消息类):2条`).
 */
export function t2Table(
  values: Values,
  format: 't2019' | 't2021',
  procureUnit: boolean,
  localLine = '',
): SynthTable {
  const c = (metric: string, kind: 'int' | 'signed' | 'money' = 'int') =>
    cell(values, metric, 'all', 'year', kind);
  if (format === 't2021') {
    return {
      kind: 'T2',
      blocks: [
        block(
          '第二十条第（一）项',
          ['本年制发件数', '本年废止件数', '现行有效件数'],
          [
            row(['规章'], [c('t2_reg_made'), c('t2_reg_repealed'), c('t2_reg_valid')]),
            row(['行政规范性文件'], [c('t2_ndoc_made'), c('t2_ndoc_repealed'), c('t2_ndoc_valid')]),
          ],
        ),
        block(
          '第二十条第（五）项',
          ['本年处理决定数量'],
          [row(['行政许可'], [c('t2_license_decisions')])],
        ),
        block(
          '第二十条第（六）项',
          ['本年处理决定数量'],
          [
            row(['行政处罚'], [c('t2_penalty_decisions')]),
            row(['行政强制'], [c('t2_coercion_decisions')]),
          ],
        ),
        block(
          '第二十条第（八）项',
          ['本年收费金额（单位：万元）'],
          [row(['行政事业性收费'], [c('t2_fee_amount', 'money')])],
        ),
      ],
    };
  }
  const items = (label: string, r: ItemRow, decisions: boolean) =>
    row(
      [label],
      [
        c(`t2_${r}_items_prev`),
        c(`t2_${r}_items_change`, 'signed'),
        ...(decisions ? [c(`t2_${r}_decisions`)] : []),
      ],
    );
  const amountCell = c('t2_procure_amount');
  if (procureUnit && amountCell.value > 0) amountCell.printed += '元';
  const itemColumns = ['上一年项目数量', '本年增/减', '处理决定数量'];
  return {
    kind: 'T2',
    blocks: [
      block(
        '第二十条第（一）项',
        ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
        [
          row(
            ['规章'],
            [c('t2_reg_new_made'), c('t2_reg_new_published'), c('t2_reg_public_total')],
          ),
          row(
            ['规范性文件'],
            [c('t2_ndoc_new_made'), c('t2_ndoc_new_published'), c('t2_ndoc_public_total')],
          ),
        ],
      ),
      block('第二十条第（五）项', itemColumns, [
        items('行政许可', 'license', true),
        items('其他对外管理服务事项', 'othersvc', true),
      ]),
      block('第二十条第（六）项', itemColumns, [
        items('行政处罚', 'penalty', true),
        items('行政强制', 'coercion', true),
      ]),
      block('第二十条第（八）项', itemColumns.slice(0, 2), [items('行政事业性收费', 'fee', false)]),
      block(
        '第二十条第（九）项',
        ['采购项目数量', '采购总金额'],
        [row(['政府集中采购'], [c('t2_procure_projects'), amountCell])],
      ),
      ...(localLine ? [localBlock(localLine, c('t2_local_total_published'))] : []),
    ],
  };
}

function localBlock(label: string, figure: SynthCell): SynthBlock {
  return {
    header: [],
    rows: [row([label], [{ ...figure, printed: `${figure.printed}条` }])],
    labelColumns: 1,
  };
}
