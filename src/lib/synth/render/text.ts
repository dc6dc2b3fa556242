/**
 * A report as a text file: a crawler header (标题/发布时间/发布机构/原文链接, then the 正文 line)
 * or a title line with a 原文链接 line under it, the prose, and the tables in the body's style.
 */
import type { SynthReport } from '../types.ts';
import { TEXT_TABLES, type TextStyle } from './textTables.ts';
import { TextWriter } from './writer.ts';

export function renderText(report: SynthReport, style: TextStyle): TextWriter {
  const w = new TextWriter();
  if (report.crawlerHeader) {
    w.write(`标题: ${report.title}\n`);
    w.write(`发布时间: ${report.publishDate}\n`);
    w.write('文号: \n');
    w.write(`发布机构: ${report.body.name}\n`);
    w.write('栏目: 政府信息公开年报\n');
    w.write(`原文链接: ${report.sourceUrl}\n`);
    w.write('==================== 正文 ====================\n');
    w.write(`${report.title}\n`);
  } else {
    w.write(`${report.title}\n\n原文链接：${report.sourceUrl}\n\n`);
  }
  const indent = style === 'cellPerLine' ? '  ' : '';
  for (const block of report.blocks) {
    if (block.kind === 'heading') w.write(`${indent}${block.text}\n`);
    else if (block.kind === 'para') w.para(block, indent, '\n');
    else {
      TEXT_TABLES[style](w, block.table);
      w.write('\n');
    }
  }
  if (report.traditional) w.mirror();
  return w;
}
