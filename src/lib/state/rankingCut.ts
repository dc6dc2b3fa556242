/**
 * The bars a ranking draws: all of a short one; of a long one (a whole country's bodies) the first
 * `max` and every chosen body wherever it ranks. Each keeps its rank (0-based `index`).
 */
export function rankingCut<T extends { body_key: string }>(
  rows: readonly T[],
  chosen: readonly string[],
  max: number,
): { row: T; index: number }[] {
  const keep = new Set(chosen);
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row, index }) => index < max || keep.has(row.body_key));
}
