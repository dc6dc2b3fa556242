/**
 * The reports.csv row of a generated report: its metadata as the generator knows it, what the
 * extractor says about its template, and the size and MinHash signature of its prose (the prose
 * before the first table and after the last, as the extractor measures it).
 */
import { narrativeSignature, proseForSignature } from '../../extract/signature.ts';
import type { Report } from '../../extract/types.ts';
import { TEMPLATES } from '../templates.ts';
import { reportTruth } from '../truth.ts';
import type { SynthReport } from '../types.ts';

export function prose(report: SynthReport): string {
  const blocks = report.blocks;
  const first = blocks.findIndex((b) => b.kind === 'table');
  const last = blocks.findLastIndex((b) => b.kind === 'table');
  const outside = blocks.filter((b, i) => first < 0 || i < first || i > last);
  // A text without a crawler header prints its source line in the body (render/text.ts).
  const source =
    !report.crawlerHeader && report.style !== 'html' ? [`原文链接：${report.sourceUrl}`] : [];
  return [report.title, ...source, ...outside.map((b) => (b.kind === 'table' ? '' : b.text))].join(
    '\n',
  );
}

/** The row; `traditional` when the rendered text was mirrored in traditional characters. */
export function reportRow(report: SynthReport, file: string, traditional = false): Report {
  const template = TEMPLATES[report.template];
  const text = prose(report);
  return {
    ...reportTruth(report, file),
    format_variant: [template.variant, traditional ? 'mirror_traditional_chars' : '']
      .filter(Boolean)
      .join(';'),
    tables_found: template.tablesFound,
    text_truncated: false,
    status: 'ok',
    message: template.tablesFound ? '' : 'no statistical table found',
    encoding: 'utf-8',
    narrative_chars: proseForSignature(text).length,
    narrative_signature: narrativeSignature(text),
  };
}
