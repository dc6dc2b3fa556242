/**
 * Table 二 (第二十条 主动公开) of the 2019 and 2021 templates (METRICS.md §5): one entry per
 * printed row, with the cells it holds in each template.
 */

export interface T2Row {
  keys: readonly string[];
  t2019?: readonly string[];
  t2021?: readonly string[];
  /** Money cells whose unit may be printed in the cell (`251000元`). */
  money?: readonly string[];
}

export const T2_ROWS: readonly T2Row[] = [
  {
    keys: ['规章'],
    t2019: ['t2_reg_new_made', 't2_reg_new_published', 't2_reg_public_total'],
    t2021: ['t2_reg_made', 't2_reg_repealed', 't2_reg_valid'],
  },
  {
    keys: ['行政规范性文件', '规范性文件'],
    t2019: ['t2_ndoc_new_made', 't2_ndoc_new_published', 't2_ndoc_public_total'],
    t2021: ['t2_ndoc_made', 't2_ndoc_repealed', 't2_ndoc_valid'],
  },
  {
    keys: ['其他主动公开文件'],
    t2019: ['t2_otherdoc_new_made', 't2_otherdoc_new_published', 't2_otherdoc_public_total'],
  },
  {
    keys: ['行政许可'],
    t2019: ['t2_license_items_prev', 't2_license_items_change', 't2_license_decisions'],
    t2021: ['t2_license_decisions'],
  },
  {
    keys: ['其他对外管理服务事项'],
    t2019: ['t2_othersvc_items_prev', 't2_othersvc_items_change', 't2_othersvc_decisions'],
  },
  {
    keys: ['行政处罚'],
    t2019: ['t2_penalty_items_prev', 't2_penalty_items_change', 't2_penalty_decisions'],
    t2021: ['t2_penalty_decisions'],
  },
  {
    keys: ['行政强制'],
    t2019: ['t2_coercion_items_prev', 't2_coercion_items_change', 't2_coercion_decisions'],
    t2021: ['t2_coercion_decisions'],
  },
  {
    keys: ['行政事业性收费'],
    t2019: ['t2_fee_items_prev', 't2_fee_items_change'],
    t2021: ['t2_fee_amount'],
    money: ['t2_fee_amount'],
  },
  {
    // Jilin/Changchun reports add this line under table 二 (SOURCES.md E5).
    keys: [
      '本行政区域政府信息公开发布总数量',
      '本行政区域或本部门政府信息公开发布总数量',
      '本部门政府信息公开发布总数量',
    ],
    t2019: ['t2_local_total_published'],
    t2021: ['t2_local_total_published'],
  },
  {
    keys: ['政府集中采购'],
    t2019: ['t2_procure_projects', 't2_procure_amount'],
    money: ['t2_procure_amount'],
  },
];

/** Column headers that identify the template of a table 二 block (METRICS.md §1). */
export const T2_MARKERS = {
  t2021: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
  t2019: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '本年增减',
    '采购项目数量',
    '本年新',
  ],
} as const;

/** Metrics whose cells are signed changes (`+20`, `-3`). */
export const SIGNED_METRICS: ReadonlySet<string> = new Set([
  't2_license_items_change',
  't2_othersvc_items_change',
  't2_penalty_items_change',
  't2_coercion_items_change',
  't2_fee_items_change',
]);
