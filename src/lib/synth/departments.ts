/** Department names by level (a province's 厅, a city's or county's 局), with a URL slug each. */

export interface Department {
  name: string;
  slug: string;
}

const d = (name: string, slug: string): Department => ({ name, slug });

/** Departments of a province (municipalities use the city list). */
export const PROVINCE_DEPARTMENTS: readonly Department[] = [
  d('教育厅', 'jyt'),
  d('财政厅', 'czt'),
  d('公安厅', 'gat'),
  d('民政厅', 'mzt'),
  d('司法厅', 'sft'),
  d('自然资源厅', 'zrzyt'),
  d('生态环境厅', 'sthjt'),
  d('住房和城乡建设厅', 'zjt'),
  d('交通运输厅', 'jtt'),
  d('水利厅', 'slt'),
  d('农业农村厅', 'nynct'),
  d('商务厅', 'swt'),
  d('文化和旅游厅', 'wlt'),
  d('卫生健康委员会', 'wjw'),
  d('发展和改革委员会', 'fgw'),
  d('市场监督管理局', 'scjgj'),
  d('统计局', 'tjj'),
  d('医疗保障局', 'ybj'),
  d('应急管理厅', 'yjt'),
  d('人力资源和社会保障厅', 'rst'),
];

/** Departments of a city or county government. */
export const LOCAL_DEPARTMENTS: readonly Department[] = [
  d('教育局', 'jyj'),
  d('财政局', 'czj'),
  d('公安局', 'gaj'),
  d('民政局', 'mzj'),
  d('司法局', 'sfj'),
  d('自然资源局', 'zrzyj'),
  d('住房和城乡建设局', 'zjj'),
  d('交通运输局', 'jtj'),
  d('水利局', 'slj'),
  d('农业农村局', 'nyncj'),
  d('商务局', 'swj'),
  d('文化和旅游局', 'wlj'),
  d('卫生健康委员会', 'wjw'),
  d('发展和改革委员会', 'fgw'),
  d('市场监督管理局', 'scjgj'),
  d('统计局', 'tjj'),
  d('审计局', 'sjj'),
  d('应急管理局', 'yjglj'),
  d('人力资源和社会保障局', 'rsj'),
  d('医疗保障局', 'ybj'),
  d('退役军人事务局', 'tyjrj'),
  d('林业局', 'lyj'),
  d('城市管理局', 'cgj'),
];
