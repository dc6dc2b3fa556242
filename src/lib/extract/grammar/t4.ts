/** Table 四 (行政复议、行政诉讼) of the 2019/2021 templates: one row of 15 cells (METRICS.md §5). */

export const T4_GROUPS: readonly (readonly string[])[] = [
  ['rev_upheld', 'rev_corrected', 'rev_other', 'rev_pending', 'rev_total'],
  [
    'lit_direct_upheld',
    'lit_direct_corrected',
    'lit_direct_other',
    'lit_direct_pending',
    'lit_direct_total',
  ],
  [
    'lit_after_rev_upheld',
    'lit_after_rev_corrected',
    'lit_after_rev_other',
    'lit_after_rev_pending',
    'lit_after_rev_total',
  ],
];

export const T4_METRICS: readonly string[] = T4_GROUPS.flat();

export const T4_COLUMN_LABELS: readonly string[] = T4_GROUPS.flatMap((group, g) =>
  group.map(
    (_, i) =>
      `${['行政复议', '行政诉讼 未经复议直接起诉', '行政诉讼 复议后起诉'][g]} ${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][i]}`,
  ),
);

/** Every character of table 四's header cells: a label made only of these is header, not prose. */
export const T4_HEADER_CHARS = new Set(
  '行政复议诉讼结果维持纠正其他尚未审结总计经直接起后政府信息公开情况、()（）四三五法 ',
);
