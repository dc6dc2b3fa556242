/** Adds `share` = value / the sum of the values of the same group (NULL values do not count). */
export function withShares<T extends { value: number | null }>(
  rows: T[],
  groupOf: (row: T) => string | number,
): (T & { share: number | null })[] {
  const totals = new Map<string | number, number>();
  for (const r of rows) {
    if (r.value == null) continue;
    const g = groupOf(r);
    totals.set(g, (totals.get(g) ?? 0) + r.value);
  }
  return rows.map((r) => {
    const total = totals.get(groupOf(r));
    return { ...r, share: r.value == null || !total ? null : r.value / total };
  });
}
