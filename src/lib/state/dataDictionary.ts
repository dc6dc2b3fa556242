/**
 * The data dictionary of the full dataset download: what every column of the four files means,
 * and what each `value_status` says about a figure, in both languages. Keyed by the extractor's
 * own types, so a column added to a CSV fails the type check until it is described here.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, METRIC_COLUMNS, REPORT_COLUMNS } from '../extract/csv.ts';
import type { Check, Fact, Report, ValueStatus } from '../extract/types.ts';

type Words = readonly [zh: string, en: string];

const REPORTS: Record<keyof Report, Words> = {
  report_id: ['报告编号（本项目给出，唯一）', 'report id (given by this project, unique)'],
  source_url: ['报告原文网址', 'URL of the original report'],
  title: ['报告标题', 'title of the report'],
  issuing_body: ['发布机构（当年署名）', 'issuing body (as signed that year)'],
  body_key: ['机构编号：同一机构历年报告相同', 'body key: the same for every year of one body'],
  body_level: ['机构层级', 'level of the body'],
  scope: ['本级（own）或汇总（aggregate）', 'own body (own) or a sum of many (aggregate)'],
  report_year: ['统计年度（不是发布年份）', 'year reported on (not the year published)'],
  publish_date: ['发布日期（报告印有时）', 'date published, when printed'],
  format_version: ['报告格式：2019 年前、2019 版、2021 版', 'template: pre-2019, 2019, 2021'],
  format_variant: ['格式变体', 'variant of the template'],
  tables_found: ['读到的统计表', 'statistical tables found'],
  text_truncated: ['原文在表格结束前中断', 'the text ends before the tables end'],
  province: ['省', 'province'],
  city: ['市', 'city'],
  district: ['区县', 'district or county'],
  region_code: ['行政区划代码（GB/T 2260）', 'administrative code (GB/T 2260)'],
  encoding: ['读取原文时采用的编码', 'character encoding the file was read in'],
  source_file: ['原文文件名', 'file name of the source'],
  status: ['读取结果：已读取、部分读取、出错、暂不支持', 'read, partly read, error, not supported'],
  message: ['读取说明', 'what the reader says about the file'],
  narrative_chars: ['正文字数', 'characters of prose'],
  narrative_signature: ['正文指纹（查雷同用）', 'fingerprint of the prose (for copy detection)'],
};

const FACTS: Record<keyof Fact, Words> = {
  report_id: ['报告编号', 'report id'],
  metric_id: ['指标编号（见指标目录 metrics.csv）', 'metric id (see the catalogue, metrics.csv)'],
  applicant_type: [
    '申请人类型（表三各列；其他指标为 all）',
    'applicant column of table 3 (all elsewhere)',
  ],
  period: ['本年（year）或历年累计（cumulative）', 'this year (year) or cumulative'],
  source: ['统计表（table）或正文（text）', 'statistical table (table) or prose (text)'],
  qualifier: ['参数化指标的参数', 'parameter of a parametrised metric'],
  value: [
    '数值；报告未印出或无法读准时为空，绝不填 0',
    'the number; empty when not printed or not readable, never 0',
  ],
  value_raw: ['该格原文', 'the cell exactly as printed'],
  value_status: ['数值的来历（见下表）', 'how the value was read (see below)'],
  unit: ['标准单位', 'standard unit'],
  unit_raw: ['报告印的单位', 'unit as printed'],
  label_raw: ['报告印的行标签', 'row label as printed'],
  col_label_raw: ['报告印的列标题', 'column header as printed'],
  char_start: ['数值在原文中的起始位置', 'offset of the value in the source text'],
  char_end: ['数值在原文中的结束位置', 'end offset of the value in the source text'],
  confidence: ['读取把握（0–1）', "the reader's confidence (0–1)"],
  context: [
    '数值所在的原文行（最多 80 字，可能含相邻格）',
    'the source line around the value (≤ 80 characters; may hold neighbouring cells)',
  ],
  note: ['读取说明（拆分依据、歧义候选等）', 'how the cell was read (split evidence, candidates)'],
};

const CHECKS: Record<keyof Check, Words> = {
  report_id: ['报告编号', 'report id'],
  check_id: [
    '校验编号（公式见“数字是怎么来的”）',
    'check id (formulas on "How these numbers are made")',
  ],
  applicant_type: ['所校验的列', 'column checked'],
  metric_id: [
    '逐行校验的行，或与表格对照的正文数字',
    'row of a per-row check, or the prose figure compared',
  ],
  period: ['本年或历年累计', 'year or cumulative'],
  lhs: ['左边的值', 'left side'],
  rhs: ['右边的值', 'right side'],
  delta: ['左边 − 右边', 'left − right'],
  severity: [
    '硬性（模板规定）或软性（通常成立）',
    'hard (the template states it) or soft (usually holds)',
  ],
  status: ['通过、未通过、跳过（缺少数字）', 'pass, fail, skipped (a figure missing)'],
  note: ['说明', 'note'],
};

const METRICS: Record<(typeof METRIC_COLUMNS)[number], Words> = {
  metric_id: ['指标编号', 'metric id'],
  table: ['所属统计表', 'table of the template'],
  labels: ['报告中出现过的行标签写法（；分隔）', 'row labels the reports print (separated by ；)'],
  formats: ['有该指标的报告格式', 'templates that have the metric'],
  unit: ['单位', 'unit'],
  applicant_dim: ['是否分申请人类型', 'whether it is split by applicant'],
  kind: ['报告印出（reported）或推算（derived）', 'printed (reported) or computed (derived)'],
  maps_to: ['跨格式对应的指标', 'the metric it corresponds to in other templates'],
  notes: ['说明', 'notes'],
};

/** What each value_status says about a figure. */
export const VALUE_STATUS_WORDS: Record<ValueStatus, Words> = {
  reported: ['报告印出的数字，原样读取', 'printed in the report, read as it is'],
  resolved: [
    '报告把几格数字连在一起印（如 801000081），按表内恒等式唯一拆开',
    'printed run together with its neighbours (e.g. 801000081) and split the only way the identities allow',
  ],
  blank: ['空格：报告没有填', 'an empty cell'],
  dash: ['报告印“-”“—”“/”“无”', 'printed as -, —, / or “none” (the character 无)'],
  imputed_zero: [
    '空格或横线按规则记为 0（METRICS.md §4.3）',
    'a blank or dash set to 0 by rule (METRICS.md §4.3)',
  ],
  derived: ['由本项目按其他格算出（如合计列为空时）', 'computed by this project from other cells'],
  missing: ['报告没有这一行：缺失，不是 0', 'the report has no such row: missing, not 0'],
  truncated: ['原文在这里中断', 'the text ends before this cell'],
  ambiguous: [
    '数字无法对齐到格或有多种拆法：不给数值，候选写在 note',
    'the digits could not be aligned or split one way: no value, the candidates are in note',
  ],
  unreadable: ['数字位数太多，只保留原文', 'too many digits for a number: value_raw only'],
  unmapped: [
    '表内一行的标签对不上任何指标：保留标签和原文数字（value_raw），不给数值，note 写最接近的指标',
    'a table row whose label matches no metric: its label and printed number (value_raw) kept, no value; note names the nearest metric',
  ],
};

/** One file of the download with its columns described, in the column order of the file. */
export interface DictionaryTable {
  file: string;
  columns: { name: string; words: Words }[];
}

const table = <K extends string>(
  file: string,
  order: readonly K[],
  words: Record<K, Words>,
): DictionaryTable => ({ file, columns: order.map((name) => ({ name, words: words[name] })) });

/** The four files of the download, each with its columns described. */
export const DATA_DICTIONARY: readonly DictionaryTable[] = [
  table('reports', REPORT_COLUMNS, REPORTS),
  table('facts', FACT_COLUMNS, FACTS),
  table('checks', CHECK_COLUMNS, CHECKS),
  table('metrics', METRIC_COLUMNS, METRICS),
];
