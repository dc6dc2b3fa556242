/**
 * What a published chart says about itself besides the plot: a subtitle (bodies, years,
 * measure), the reports it draws from named by issuer and year, and the project. Pure text,
 * shared by the page's caption, the PNG/SVG export and the CSV.
 */
import { isUserReport } from '../import/userReports.ts';
import { tf, type StringKey } from './strings.ts';
import type { Lang } from './urlState.ts';

/** A report a chart draws from. */
export interface SourceReport {
  issuing_body: string | null;
  report_year: number | null;
}

/** Named in full up to this many; the rest are counted. */
const MAX_NAMED = 4;

/** Years as runs: [2017, 2018, 2019, 2021] -> `2017–2019, 2021`. */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** First to last year: [2019, 2017, 2021] -> `2017–2021`, one year alone, '' for none. */
export function yearSpanText(years: readonly number[]): string {
  if (!years.length) return '';
  let lo = years[0]!;
  let hi = lo;
  for (const y of years) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** `A、B 等 5 个机构` / `A, B and 3 more`: names, the first few in full. */
export function namesList(names: readonly string[], lang: Lang): string {
  const unique = [...new Set(names.filter(Boolean))];
  const shown = unique.slice(0, MAX_NAMED).join(lang === 'zh' ? '、' : ', ');
  const more = unique.length - MAX_NAMED;
  return more > 0 ? tf(lang, 'metaMore', { names: shown, n: unique.length }) : shown;
}

/** Each issuer with the years of its reports: `二道区人民政府（2017–2019）`. */
export function reportsNamed(reports: readonly SourceReport[], lang: Lang): string {
  const byIssuer = new Map<string, number[]>();
  for (const r of reports) {
    const issuer = r.issuing_body ?? '?';
    const years = byIssuer.get(issuer) ?? [];
    if (r.report_year != null) years.push(r.report_year);
    byIssuer.set(issuer, years);
  }
  const named = [...byIssuer].map(([issuer, years]) =>
    years.length
      ? lang === 'zh'
        ? `${issuer}（${yearRuns(years)}）`
        : `${issuer} (${yearRuns(years)})`
      : issuer,
  );
  return namesList(named, lang);
}

/** The source line: the reports by issuer and year, and who extracted the figures how. */
export function sourceLine(reports: readonly SourceReport[], lang: Lang): string {
  const key: StringKey = reports.length ? 'metaSource' : 'metaSourceNone';
  return tf(lang, key, { reports: reportsNamed(reports, lang) });
}

/**
 * How many of the chart's reports are the user's own imports, as a sentence ('' for none): own
 * data is never published under the project's name without saying so.
 */
export function ownReportsNote(
  reportIds: readonly (string | null | undefined)[],
  lang: Lang,
): string {
  const n = new Set(reportIds.filter(isUserReport)).size;
  return n ? tf(lang, 'metaOwnReports', { n }) : '';
}

/** The reports by issuer and year, as a sentence for a caption. */
export function reportsSentence(reports: readonly SourceReport[], lang: Lang): string {
  return reports.length ? tf(lang, 'metaReports', { reports: reportsNamed(reports, lang) }) : '';
}

/** The subtitle: bodies, years and the measure drawn. */
export function chartSubtitle(
  spec: { bodies: readonly string[]; years: readonly number[]; measure: string },
  lang: Lang,
): string {
  return [namesList(spec.bodies, lang), yearRuns(spec.years), spec.measure]
    .filter(Boolean)
    .join(' · ');
}
