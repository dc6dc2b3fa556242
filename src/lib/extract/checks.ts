/**
 * checks.csv rows of one report: every check of the registry (checks/registry.ts) that applies to
 * the tables found, with the identities of each table's template (templates/).
 */
import type { Analysis } from './analyse.ts';
import { checkRow } from './checks/checkRow.ts';
import { isCheckId } from './checks/registry.ts';
import { REPORT_RULES, type ReportFacts } from './checks/reportRules.ts';
import { TEXT_RULES, textCheckOf } from './checks/textRules.ts';
import { evaluate, t3RowIdentity, type Identity, type Lookup } from './identities.ts';
import { tableIdentities, type TableId, type TemplateId } from './templates/index.ts';
import type { Check, Fact } from './types.ts';

export { TEXT_TWINS } from './checks/textRules.ts';

/**
 * Tables whose identities are checked only when one of their rows is printed: local pre-2019
 * tables and table 二 print a part of the rows, and an identity none of whose rows is there says
 * nothing about the report. Tables 三 and 四 always print every row, so a missing one is a finding.
 */
const WHEN_PRINTED: ReadonlySet<TableId> = new Set(['P', 'T2']);

/** The checks of one finalised report (its cross-report rolls are crossReport.ts'). */
export function reportChecks(
  a: Pick<Analysis, 'formats' | 'periods'>,
  facts: Fact[],
  reportId: string,
): Check[] {
  return buildChecks(facts, a, a.formats.T3 ?? a.formats.T2 ?? null, reportId);
}

/** The checks of one report's facts; only the templates found (`formats`, `periods`) are needed. */
export function buildChecks(
  facts: Fact[],
  a: Pick<Analysis, 'formats' | 'periods'>,
  t3Format: TemplateId | null,
  reportId: string,
): Check[] {
  const table = new Map<string, Fact>();
  for (const f of facts)
    if (f.source === 'table') table.set(`${f.metric_id}|${f.applicant_type}|${f.period}`, f);
  const get: Lookup = (metric, applicant, period) => {
    const f = table.get(`${metric}|${applicant}|${period}`);
    if (!f || f.value_status === 'missing' || f.value_status === 'truncated') return undefined;
    return f.value;
  };
  const printed = (metric: string) => {
    const f = table.get(`${metric}|total|year`);
    return f !== undefined && f.value_status !== 'derived';
  };
  const checks: Check[] = [];
  const push = (identity: Identity) => {
    // `part:` identities (a part is at most its whole) only choose among split readings.
    if (!isCheckId(identity.id)) return;
    if (identity.printedOnly && !printed(identity.printedOnly)) return;
    if (
      WHEN_PRINTED.has(identity.table) &&
      ![...identity.lhs, ...identity.rhs].some(
        (o) => get(o.metric, o.applicant, o.period) !== undefined,
      )
    )
      return;
    const e = evaluate(identity, get);
    checks.push(
      checkRow(reportId, identity.id, {
        metric: identity.metric,
        applicant: identity.applicant,
        period: identity.period,
        lhs: e.lhs,
        rhs: e.rhs,
        status: e.status,
        note: e.note,
      }),
    );
  };
  const rules: ReportFacts = { facts, get, periods: a.periods };
  const identitiesOf = (t: TableId, template: TemplateId | null) =>
    tableIdentities(t, template, a.periods);

  if (a.formats.P) {
    identitiesOf('P', a.formats.P).forEach(push);
    for (const o of REPORT_RULES.P_channels_cover(rules))
      checks.push(checkRow(reportId, 'P_channels_cover', o));
  }
  if (a.formats.T3 !== undefined) {
    const identities = identitiesOf('T3', t3Format);
    identities.filter((i) => !i.printedOnly).forEach(push);
    // Each printed row of table 三: its total column = the six applicant columns.
    const rows = new Set(
      facts
        .filter(
          (f) =>
            f.source === 'table' && f.applicant_type === 'total' && f.value_status !== 'derived',
        )
        .map((f) => f.metric_id),
    );
    for (const metric of rows) push(t3RowIdentity(metric));
    identities.filter((i) => i.printedOnly).forEach(push);
    for (const o of REPORT_RULES.T3_nonneg(rules)) checks.push(checkRow(reportId, 'T3_nonneg', o));
  }
  if (a.formats.T4) identitiesOf('T4', t3Format).forEach(push);
  if (a.formats.T2) identitiesOf('T2', a.formats.T2).forEach(push);

  const text = { get, pre2019: a.formats.P !== undefined };
  for (const f of facts) {
    if (f.source !== 'text') continue;
    const id = textCheckOf(f, a.formats.T3 !== undefined);
    const o = TEXT_RULES[id](f, text);
    if (o) checks.push(checkRow(reportId, id, o));
  }
  return checks;
}
