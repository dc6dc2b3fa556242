import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../src/lib/extract/checks/checkRow.ts';
import { CHECKS, isCheckId, type CheckIdOf } from '../../../../src/lib/extract/checks/registry.ts';
import type { ReportFacts } from '../../../../src/lib/extract/checks/reportRules.ts';
import { extractReport } from '../../../../src/lib/extract/index.ts';
import { TEMPLATE_IDS, TEMPLATES } from '../../../../src/lib/extract/templates/index.ts';
import { CHECK_WORDS } from '../../../../src/lib/sql/anomalies.ts';
import { corpusPath } from '../../../corpus.ts';

const REPORTS = [
  'raw/jilin-changchun-erdao-2017.txt',
  'raw/fujian-pingtan-shiyanqu-2019.txt',
  'raw/fujian-pingtan-shiyanqu-2021.txt',
];

describe('the check registry', () => {
  it.each(REPORTS)('every check row of %s is a registered check with its severity', (file) => {
    const text = readFileSync(corpusPath(file), 'utf8');
    const { checks } = extractReport({ text, reportId: 'r' });
    expect(checks.length).toBeGreaterThan(10);
    for (const c of checks) {
      expect(isCheckId(c.check_id), c.check_id).toBe(true);
      if (isCheckId(c.check_id)) expect(c.severity).toBe(CHECKS[c.check_id].severity);
    }
  });

  it('the identities of every template carry the severity of their check', () => {
    for (const id of TEMPLATE_IDS)
      for (const identity of TEMPLATES[id].identities(['year', 'cumulative']))
        if (isCheckId(identity.id)) expect(identity.severity).toBe(CHECKS[identity.id].severity);
  });

  it('the anomaly sentences take their words from it (METRICS.md §8)', () => {
    expect(CHECK_WORDS.P_review_split).toEqual([
      '行政复议数量 = 维持 + 纠错 + 其他情形',
      'reviews = upheld + corrected + other',
    ]);
    expect(CHECK_WORDS.T3_flow).toEqual([
      '本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
      'new + carried in = results total + carried forward',
    ]);
    expect(Object.keys(CHECK_WORDS).sort()).toEqual(Object.keys(CHECKS).sort());
  });
});

// Type test (npm run typecheck): a rule table must hold an evaluation for every check of its scope.
// @ts-expect-error T3_nonneg has no evaluation here
const rules: Record<CheckIdOf<'report'>, (r: ReportFacts) => Outcome[]> = {
  P_channels_cover: () => [],
};
void rules;
