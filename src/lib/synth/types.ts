/** Types of the report synthesizer: bodies, the printed tables of a report, the report itself. */
import type { ApplicantType, BodyLevel, FormatVersion, Period, Scope } from '../extract/types.ts';
import type { Habits } from './habits.ts';

/** The table template a report prints (pre-2019 variants, the 2019 and 2021 formats, none). */
export type TemplateId = 'p2014' | 'pLocal' | 'pLocalCum' | 'none' | 't2019' | 't2021';

/** How a page flattens its tables (see tests/golden/layouts.test.ts and SOURCES.md §B). */
export type StyleId =
  | 'cellPerLine'
  | 'trailingPipe'
  | 'pipeLine'
  | 'pipes'
  | 'markdown'
  | 'spaced'
  | 'oneLine'
  | 'html';

export type SynthLevel = 'province' | 'city' | 'district' | 'department';

export interface Body {
  index: number;
  /** Stem prefix of its reports, e.g. `synth-b00042`. */
  id: string;
  /** Issuing body as printed, e.g. `长春市二道区人民政府`. */
  name: string;
  /** How the narrative names it (`本机关`, `我区`, `我局`). */
  self: string;
  /** body_key of data/README.md: the name without 人民政府, from the county on. */
  key: string;
  level: SynthLevel;
  bodyLevel: BodyLevel;
  scope: Scope;
  province: string;
  city: string;
  district: string;
  regionCode: string;
  /** Host of its website, for source URLs. */
  site: string;
  /** Applications a year around 2020 (most bodies 0–50, a few thousands). */
  scale: number;
  /** Yearly growth of its activity. */
  growth: number;
  /** The pre-2014 local table, and the last year it was used. */
  localTemplate: 'pLocal' | 'pLocalCum' | 'none';
  localUntil: number;
  firstYear: number;
  lastYear: number;
  /** Years between first and last without a report. */
  missing: number[];
  /** How its site prints a zero where empty cells can be counted (`0`, empty, `-`). */
  zeros: 'digit' | 'blank' | 'dash';
  /** How its site prints labels and headers. */
  habits: Habits;
  /** Flattening style of its site (it may change when the site is rebuilt). */
  style: StyleId;
  styleFrom: number;
  laterStyle: StyleId;
}

/** One printed cell: the figure it carries and the text printed for it. */
export interface SynthCell {
  metric: string;
  applicant: ApplicantType;
  period: Period;
  value: number;
  /** The cell as printed (`12`, `+3`, `251000元`, `5125.11`; '' for a blank cell). */
  printed: string;
}

/** A label cell printed before the values; a group label spans `rowspan` rows. */
export interface LeadCell {
  text: string;
  rowspan: number;
}

export interface SynthRow {
  /** Label cells before the values (group labels only on the first row of their group). */
  lead: LeadCell[];
  /** A note printed on its own line under the label (`(不同渠道和方式公开相同信息计1条)`). */
  note?: string;
  /** Unit column of the pre-2019 统计表. */
  unit?: string;
  /** Value cells in column order; empty for a section row. */
  cells: SynthCell[];
}

export interface SynthBlock {
  /** A caption line above the block (`第二十条第(一)项`). */
  title?: string;
  /** Header rows, each a list of header cells with their column span. */
  header: { text: string; colspan: number; rowspan?: number }[][];
  rows: SynthRow[];
  /** Label columns of the block (for HTML colspans). */
  labelColumns: number;
}

export interface SynthTable {
  kind: 'P' | 'T2' | 'T3' | 'T4';
  blocks: SynthBlock[];
}

/** A figure stated in the prose (`收到政府信息公开申请66件`). */
export interface TextFigure {
  metric: string;
  value: number;
}

/** Where a paragraph states a figure (offsets in its text). */
export interface FigureMark {
  metric: string;
  start: number;
  end: number;
}

export type DocBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string; marks: FigureMark[] }
  | { kind: 'table'; table: SynthTable };

/** One generated report: what it prints, and what the extractor must read from it. */
export interface SynthReport {
  /** File stem and report_id. */
  stem: string;
  body: Body;
  /** The body whose figures and prose it prints (another body for a copied report). */
  source: Body;
  year: number;
  template: TemplateId;
  format: FormatVersion;
  style: StyleId;
  title: string;
  sourceUrl: string;
  /** Printed in the crawler header only (`发布时间`); '' otherwise. */
  publishDate: string;
  /** Served by a mirror in traditional characters (text files; see render/traditional.ts). */
  traditional: boolean;
  /** Whether the text starts with a crawler header (标题/发布时间/…/正文). */
  crawlerHeader: boolean;
  blocks: DocBlock[];
  /** Narrative figures the prose states (first statement of each metric). */
  text: TextFigure[];
}
