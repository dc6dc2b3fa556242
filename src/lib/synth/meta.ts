/** A report's title, source URL, publication date and whether its text has a crawler header. */
import type { Rng } from './random.ts';
import type { Body, StyleId } from './types.ts';

export interface ReportMeta {
  title: string;
  sourceUrl: string;
  publishDate: string;
  crawlerHeader: boolean;
}

export function reportMeta(rng: Rng, body: Body, year: number, style: StyleId): ReportMeta {
  const old = year < 2019;
  const title = rng.pick(
    old
      ? [
          `${body.name}${year}年政府信息公开工作年度报告`,
          `${body.name}${year}年度政府信息公开年度报告`,
          `${body.name}${year}年度政府信息公开工作年度报告`,
        ]
      : [
          `${body.name}${year}年政府信息公开工作年度报告`,
          `${body.name}${year}年度政府信息公开工作年度报告`,
          `${year}年${body.name}政府信息公开工作年度报告`,
        ],
  );
  const month = rng.int(1, 3);
  const day = rng.int(1, 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const published = `${year + 1}${pad(month)}${pad(day)}`;
  const id = rng.int(10000, 999999);
  return {
    title,
    sourceUrl: `https://${body.site}/zfxxgk/zfxxgknb/${published.slice(0, 6)}/t${published}_${id}.html`,
    publishDate: `${year + 1}-${pad(month)}-${pad(day)}`,
    crawlerHeader: style !== 'html' && rng.chance(0.7),
  };
}
