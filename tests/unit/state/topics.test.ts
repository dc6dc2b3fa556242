import { describe, expect, test } from 'vitest';
import { CATALOGUE_ROWS } from '../../../src/lib/extract/catalogue.generated.ts';
import { CONCEPTS } from '../../../src/lib/sql/crosswalk.ts';
import { codeName } from '../../../src/lib/state/strings.ts';
import {
  APPLICANT_TYPES,
  BUDGET_CONCEPTS,
  CHANNEL_METRICS,
  LITIGATION_CONCEPTS,
  OUTCOME_CONCEPTS,
  REFUSAL_CONCEPTS,
  REQUEST_CHANNEL_METRICS,
  REVIEW_CONCEPTS,
  STAFF_CONCEPTS,
  topicCategories,
} from '../../../src/lib/state/topics.ts';

describe('topic pages draw ids that exist', () => {
  const metrics = new Set(CATALOGUE_ROWS.map((r) => r.id));
  const concepts = new Set(CONCEPTS.map((c) => c.id));
  test.each([
    ['CHANNEL_METRICS', CHANNEL_METRICS],
    ['REQUEST_CHANNEL_METRICS', REQUEST_CHANNEL_METRICS],
  ])('%s are catalogue metric ids', (_, ids) => {
    expect(ids.filter((id) => !metrics.has(id))).toEqual([]);
  });
  test.each([
    ['OUTCOME_CONCEPTS', OUTCOME_CONCEPTS],
    ['REFUSAL_CONCEPTS', REFUSAL_CONCEPTS],
    ['REVIEW_CONCEPTS', REVIEW_CONCEPTS],
    ['LITIGATION_CONCEPTS', LITIGATION_CONCEPTS],
    ['STAFF_CONCEPTS', STAFF_CONCEPTS],
    ['BUDGET_CONCEPTS', BUDGET_CONCEPTS],
  ])('%s are crosswalk concept ids', (_, ids) => {
    expect(ids.filter((id) => !concepts.has(id))).toEqual([]);
  });
});

test('requests by applicant: the six printed columns of table 三, without the total', () => {
  expect(APPLICANT_TYPES).toEqual([
    'natural_person',
    'legal_commercial',
    'legal_research',
    'legal_social_welfare',
    'legal_law_service',
    'legal_other',
  ]);
});

test('topicCategories keeps the order and labels short names first, code names after', () => {
  expect(topicCategories('zh', ['app_recv_fax', 'natural_person', 'no_such_id'], codeName)).toEqual(
    [
      { key: 'app_recv_fax', label: '传真' },
      { key: 'natural_person', label: '自然人' },
      { key: 'no_such_id', label: 'no_such_id' },
    ],
  );
  expect(topicCategories('en', ['app_recv_fax', 'natural_person'], codeName)).toEqual([
    { key: 'app_recv_fax', label: 'Fax' },
    { key: 'natural_person', label: 'natural persons' },
  ]);
});
