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
};

/** The report view is reached from a report link, never from the navigation. */
export const NAV_VIEWS: readonly View[] = [
  'overview',
  'compare',
  'ranking',
  'topics',
  'anomalies',
  'method',
];
