/**
 * checks.csv rows of a generated report: the extractor's own identity evaluation (buildChecks)
 * run on the report's facts, and its roll-over checks against the body's previous year.
 */
import type { Analysis } from '../../extract/analyse.ts';
import { buildChecks } from '../../extract/checks.ts';
import { rollChecks } from '../../extract/crossReport.ts';
import type { Check, Fact, Report } from '../../extract/types.ts';
import { TEMPLATES } from '../templates.ts';
import type { SynthReport, TemplateId } from '../types.ts';

/** The tables the extractor reports finding for each template. */
const FORMATS: Readonly<Record<TemplateId, Analysis['formats']>> = {
  p2014: { P: 'pre2019' },
  pLocal: { P: 'pre2019' },
  pLocalCum: { P: 'pre2019' },
  none: {},
  t2019: { T2: 't2019', T3: 't2019', T4: true },
  t2021: { T2: 't2021', T3: 't2021', T4: true },
};

export interface Rolled {
  report: Report;
  facts: Fact[];
}

/** Checks of one report; `prev` is the body's report of the year before, if there is one. */
export function reportChecks(
  report: SynthReport,
  facts: Fact[],
  row: Report,
  prev?: Rolled,
): Check[] {
  const formats = FORMATS[report.template];
  const t3Format = formats.T3 ?? formats.T2 ?? null;
  const checks = buildChecks(
    facts,
    { formats, periods: TEMPLATES[report.template].periods },
    t3Format,
    report.stem,
  );
  if (prev) checks.push(...rollChecks(prev, { report: row, facts }));
  return checks;
}
