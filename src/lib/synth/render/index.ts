/** A report as the file a crawler would have saved: `.html` for HTML pages, `.txt` otherwise. */
import { hash32 } from '../random.ts';
import type { SynthReport } from '../types.ts';
import { renderHtml } from './html.ts';
import { renderText } from './text.ts';

export interface RenderedFile {
  name: string;
  content: string;
}

export function renderFile(report: SynthReport): RenderedFile {
  if (report.style === 'html')
    return {
      name: `${report.stem}.html`,
      content: renderHtml(report, hash32(report.stem) % 2 === 0, report.body.habits.html),
    };
  return { name: `${report.stem}.txt`, content: renderText(report, report.style).text() };
}
