/**
 * The words of the "How these numbers are made" page, in both languages: what the reports are,
 * how a figure is read, what the checks and statuses mean, and when two numbers may be compared.
 * The tables on the page (statuses, checks, columns) come from the code's own definitions.
 */
type Words = readonly [zh: string, en: string];

export const METHOD: Record<string, Words> = {
  title: ['数字是怎么来的', 'How these numbers are made'],
  intro: [
    '这里的每个数字都来自一份政府信息公开工作年度报告的原文：本项目逐份读取报告，把统计表的每一格和正文里写明的数字记为一行（报告 × 指标 × 申请人类型 × 本年/累计 × 表格/正文），并记下原文怎么写、在哪里。报告没有印出的数字是缺失，不是 0；报告自己算错的合计照样记录，并标为校验未通过，从不替报告改正。',
    'Every number here comes from the text of one government information disclosure annual report: each report is read by this project, and every cell of its statistical tables and every figure its prose states becomes one row (report × metric × applicant type × year or cumulative × table or prose), together with how and where the report prints it. A number the report does not print is missing, never 0; a total the report gets wrong is kept as printed and marked as a failed check, never corrected.',
  ],
  formatsTitle: ['三种报告格式', 'Three report templates'],
  pre2019: [
    '各地自拟或沿用 2014 年的统计表（主动公开、依申请公开、复议诉讼、收费、人员和经费），行名和单位因地而异。',
    'Local statistical tables or the 2014 model (proactive disclosure, requests, reviews and lawsuits, fees, staff and funding); row names and units vary by place.',
  ],
  t2019: [
    '2019–2020 年度：国务院办公厅统一的四张表，表三按申请人类型分七列。',
    'Years 2019–2020: the four national tables; table 3 has seven applicant columns.',
  ],
  t2021: [
    '2021 年度起：表二改写，表三“不予处理”“其他处理”下增加子项。',
    'From 2021: table 2 rewritten, new sub-rows under “not processed” and “other handling” in table 3.',
  ],
  statusTitle: ['一个数字的来历（value_status）', 'Where a figure comes from (value_status)'],
  statusIntro: [
    '每个数字都标明它是怎样读出的。两种最需要留意：',
    'Every figure says how it was read. Two need attention:',
  ],
  resolved: [
    'resolved（已拆分）：有些报告把相邻几格的数字连在一起印（例如 801000081）。只有当表内的恒等式只允许一种拆法时，才按这种拆法记下各格；拆法不唯一就不记数值。',
    "resolved: some reports print neighbouring cells run together (801000081). The digits are split only when the table's identities allow exactly one split; otherwise no value is recorded.",
  ],
  ambiguous: [
    'ambiguous（有歧义）：数字无法确定属于哪一格，或有不止一种拆法。这样的格没有数值，图上显示为缺口或“?”，候选写在 note 列。',
    'ambiguous: the digits cannot be placed in one cell, or split more than one way. Such a cell has no value, shows as a gap or "?", and its candidates are in the note column.',
  ],
  checksTitle: ['校验（恒等式）', 'Checks (identities)'],
  checksIntro: [
    '统计表内有些数字必须相加一致。每份报告都逐条检验；未通过的校验是关于报告本身的事实，在“异常”页列出，数字保持报告原样。下表是各条恒等式；另有：正文数字与统计表对照（P_text_vs_table、T3_text_received）、表三每行各列之和（T3_cols_sum）、与上一年报告的衔接（X_ 开头：结转、累计、现行有效件数）。',
    "Some figures of a table must add up. Every report is checked; a failed check is a fact about the report, listed on the Anomalies page, and the figures stay as printed. The identities are below; besides them: prose figures against the table (P_text_vs_table, T3_text_received), each row of table 3 across its columns (T3_cols_sum), and continuity with the previous year's report (X_…: carried over, cumulative, documents in force).",
  ],
  compareTitle: ['什么时候可以比较', 'When numbers may be compared'],
  compare1: [
    '跨格式的“概念”（如“收到申请数”）按 METRICS.md §7 的对照表合并各格式的格子，并标明可比性：same（定义相同）、approx（大致可比，图上画断点并加注）、not comparable（不可比，不连线）。',
    'Concepts across templates (such as "requests received") add up the cells of each template by the crosswalk of METRICS.md §7 and carry a comparability: same, approx (drawn with a break and a note), not comparable (never joined).',
  ],
  compare2: [
    '格式改变的年份（2018→2019、2020→2021）在图上断开并注明；缺少报告或缺少数字的年份是空缺，从不画成 0；报告印出的 0 才是 0。',
    'Years where the template changes (2018→2019, 2020→2021) are broken and noted; a year without a report or figure is a gap, never drawn as 0; only a printed 0 is 0.',
  ],
  compare3: [
    '汇总报告（全市、全区）是许多机构之和，不与本级报告混比。比率只在分母足够大时显示为百分比，否则显示件数。',
    "Aggregate reports (a whole city or district) sum many bodies and are not mixed with a body's own report. A rate is shown as a percentage only when its denominator is large enough; otherwise the counts are shown.",
  ],
  downloadTitle: ['下载全部数据', 'Download the full dataset'],
  downloadIntro: [
    '四个文件，CSV（UTF-8，以 = + - @ 开头的文字前加了撇号，防止表格软件当作公式）和 Parquet 各一份。列名是公开约定：只增不改。',
    'Four files, each as CSV (UTF-8; text starting with = + - @ has a leading apostrophe so spreadsheets do not run it) and as Parquet. Column names are a public contract: added, never renamed.',
  ],
  dictionaryTitle: ['数据字典', 'Data dictionary'],
  catalogueNote: [
    '指标目录（每个 metric_id 的含义、表、单位、格式）就是 metrics.csv。',
    'The metric catalogue (what each metric_id means, its table, unit and templates) is metrics.csv.',
  ],
  catalogueTitle: ['指标目录', 'Metric catalogue'],
  colLabel: ['报告中的写法', 'as printed'],
  colTable: ['表', 'table'],
  colUnit: ['单位', 'unit'],
  colFormats: ['格式', 'templates'],
  colColumn: ['列', 'column'],
  colMeaning: ['含义', 'meaning'],
  colCheck: ['校验', 'check'],
  colFormula: ['公式（文字）', 'formula in words'],
  files: ['文件', 'files'],
  cite: [
    '引用时请写明报告（发布机构、年度、原文链接）和“年报 Nianbao 整理”。',
    'When citing, name the report (issuer, year, original URL) and "compiled by Nianbao".',
  ],
};

/** The page's words in one language. */
export function methodText(lang: 'zh' | 'en'): Record<keyof typeof METHOD, string> {
  const i = lang === 'zh' ? 0 : 1;
  return Object.fromEntries(Object.entries(METHOD).map(([k, w]) => [k, w[i]]));
}
