import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TopicRow } from '../../../src/lib/sql/topicQuery.ts';
import { topicConceptsQuery, topicFactsQuery } from '../../../src/lib/sql/topicQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const CHANNELS = [
  'pro_via_gazette',
  'pro_via_website',
  'pro_via_weibo',
  'pro_via_wechat',
  'pro_via_other',
];

test('topicFactsQuery(channels, 二道区) gives the five channels of 2017', async () => {
  const rows = await db.all<TopicRow>(topicFactsQuery(CHANNELS, ['all'], { bodies: ['二道区'] }));
  expect(Object.fromEntries(rows.map((r) => [r.category, r.value]))).toEqual({
    pro_via_gazette: 0,
    pro_via_website: 2841,
    pro_via_weibo: 564,
    pro_via_wechat: 751,
    pro_via_other: 0,
  });
});

test('topicFactsQuery by applicant type returns applicant types as categories', async () => {
  const rows = await db.all<TopicRow>(
    topicFactsQuery(
      ['app_new_received'],
      ['natural_person', 'legal_commercial'],
      { bodies: [], from: 2025, to: 2025 },
      true,
    ),
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r.category))).toEqual(
    new Set(['natural_person', 'legal_commercial']),
  );
});

test('topicConceptsQuery(review outcomes, 2017) has 二道区 15 / 0 / 6', async () => {
  const rows = await db.all<TopicRow>(
    topicConceptsQuery(['c_review_upheld', 'c_review_corrected', 'c_review_other'], {
      bodies: ['二道区'],
      from: 2017,
      to: 2017,
    }),
  );
  expect(Object.fromEntries(rows.map((r) => [r.category, r.value]))).toEqual({
    c_review_upheld: 15,
    c_review_corrected: 0,
    c_review_other: 6,
  });
});
