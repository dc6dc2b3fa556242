/**
 * Where a body's reports move from the 2019 template to the 2021 one: a series whose concept has
 * one definition in both shows no break there, yet table 二 and the 其他处理 rows changed, so
 * the chart marks the year and says what changed.
 */
export function t2021Years(
  rows: readonly { body_key: string; report_year: number; format_version: string }[],
): number[] {
  const byBody = new Map<string, { year: number; format: string }[]>();
  for (const r of rows) {
    let list = byBody.get(r.body_key);
    if (!list) byBody.set(r.body_key, (list = []));
    list.push({ year: r.report_year, format: r.format_version });
  }
  const years = new Set<number>();
  for (const list of byBody.values()) {
    list.sort((a, b) => a.year - b.year);
    const first = list.findIndex((r) => r.format === 't2021');
    if (first > 0 && list.slice(0, first).some((r) => r.format === 't2019'))
      years.add(list[first]!.year);
  }
  return [...years].sort((a, b) => a - b);
}
