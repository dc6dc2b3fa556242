/**
 * The registry of report templates. Everything that differs between templates is read from here;
 * no code path picks a template it has no evidence for: when the tables do not tell, the template
 * is unknown (`format_version = unknown`), and only what every candidate template agrees on is used.
 */
import type { Identity } from '../identities.ts';
import type { Period } from '../types.ts';
import { pre2019 } from './pre2019.ts';
import { t2019 } from './t2019.ts';
import { t2021 } from './t2021.ts';
import type { TableId, Template, TemplateId } from './types.ts';

export type { TableId, Template, TemplateId } from './types.ts';

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = { pre2019, t2019, t2021 };

/** Template ids from the oldest to the newest. */
export const TEMPLATE_IDS: readonly TemplateId[] = (Object.keys(TEMPLATES) as TemplateId[]).sort(
  (a, b) => TEMPLATES[a].rank - TEMPLATES[b].rank,
);

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(TEMPLATES, value);
}

/** The templates that print `table`. */
export function templatesWith(table: TableId): Template[] {
  return TEMPLATE_IDS.map((id) => TEMPLATES[id]).filter((t) => t.rows[table].length > 0);
}

/** The one template whose table-`table` markers appear most often in `text`; null on a tie or none. */
export function templateByMarkers(table: TableId, text: string): TemplateId | null {
  const squeezed = text.replace(/\s+/g, '');
  let best: TemplateId | null = null;
  let bestScore = 0;
  let tie = false;
  for (const template of templatesWith(table)) {
    const score = (template.markers[table] ?? []).filter((w) => squeezed.includes(w)).length;
    if (score > bestScore) [best, bestScore, tie] = [template.id, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * The template of table 三 from the metrics of the rows found: the newest template some row of
 * which no other template prints. Newest first, because a later template refines rows of an
 * earlier one (t2021 splits （六）其他处理 into three rows, and its printed （六） subtotal reads
 * like the t2019 row): only the refined rows tell the templates apart (METRICS.md §1).
 */
export function templateOfT3Rows(found: ReadonlySet<string>): TemplateId | null {
  const withT3 = templatesWith('T3');
  for (const template of [...withT3].reverse()) {
    const own = template.rows.T3.filter((row) =>
      withT3.some((other) => other !== template && !other.rows.T3.includes(row)),
    );
    if (own.some((row) => found.has(row.metric))) return template.id;
  }
  return null;
}

/** What every template printing `table` agrees on, when the report does not say which it is. */
function agreed<T>(
  table: TableId,
  pick: (t: Template) => readonly T[],
  key: (x: T) => string,
): T[] {
  const [first, ...rest] = templatesWith(table).map(pick);
  if (!first) return [];
  const others = rest.map((list) => new Set(list.map(key)));
  return first.filter((x) => others.every((keys) => keys.has(key(x))));
}

const identityCache = new Map<string, readonly Identity[]>();

/** The identities of `table` in `template`, or those every candidate holds when it is unknown. */
export function tableIdentities(
  table: TableId,
  template: TemplateId | null,
  periods: readonly Period[],
): readonly Identity[] {
  // Built once per table, template and period columns: every report asks for the same few.
  const key = `${table}|${template}|${periods.join()}`;
  let identities = identityCache.get(key);
  if (!identities) {
    const of = (t: Template) => t.identities(periods).filter((i) => i.table === table);
    identities = template ? of(TEMPLATES[template]) : agreed(table, of, (i) => JSON.stringify(i));
    identityCache.set(key, identities);
  }
  return identities;
}

/** Table 三 subtotals derived when not printed, for `template` or agreed when it is unknown. */
export function derivedSubtotals(template: TemplateId | null): [string, readonly string[]][] {
  const of = (t: Template) => Object.entries(t.derived);
  return template ? of(TEMPLATES[template]) : agreed('T3', of, (e) => JSON.stringify(e));
}
