/** The extraction engine: report text -> report, facts and checks (pure; Node and browser). */
import { analyse } from './analyse.ts';
import { reportChecks } from './checks.ts';
import { finalize } from './finalize.ts';
import type { ExtractResult } from './types.ts';

export interface ExtractInput {
  text: string;
  reportId: string;
  sourceFile?: string;
  encoding?: string;
}

/** Extract one report from its decoded text. */
export function extractReport(input: ExtractInput): ExtractResult {
  const analysis = analyse(input.text);
  const result = finalize(analysis, {
    reportId: input.reportId,
    sourceFile: input.sourceFile ?? '',
    encoding: input.encoding ?? '',
  });
  result.checks = reportChecks(analysis, result.facts, input.reportId);
  return result;
}

export { analyse, finalize };
export type * from './types.ts';
