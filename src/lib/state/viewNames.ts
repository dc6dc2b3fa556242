/** The name of each view, and the views the navigation lists (in its order). */
import type { StringKey } from './strings.ts';
import type { View } from './urlState.ts';

export const VIEW_NAMES: Readonly<Record<View, StringKey>> = {
  overview: 'navOverview',
  compare: 'navCompare',
  ranking: 'navRanking',
  topics: 'navTopics',
  report: 'navReport',
  anomalies: 'navAnomalies',
  method: 'navMethod',
  body: 'navBody',
};

/** The report and body pages are reached from their links, never from the navigation. */
export const NAV_VIEWS: readonly View[] = [
  'overview',
  'compare',
  'ranking',
  'topics',
  'anomalies',
  'method',
];
