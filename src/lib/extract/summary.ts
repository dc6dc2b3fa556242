/** The end-of-run summary: reports by status and format, cells by status, hard identities. */
import type { Check, Fact, Report } from './types.ts';

function count<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export function summarize(batch: { reports: Report[]; facts: Fact[]; checks: Check[] }): string {
  const hard = batch.checks.filter((c) => c.severity === 'hard');
  const table = batch.facts.filter((f) => f.source === 'table');
  return [
    `reports by status: ${count(batch.reports, (r) => r.status)}`,
    `reports by format: ${count(batch.reports, (r) => r.format_version)}`,
    `table cells by value_status: ${count(table, (f) => f.value_status)}`,
    `narrative figures: ${batch.facts.length - table.length}`,
    `hard identities: ${count(hard, (c) => c.status)}`,
  ].join('\n');
}
