/**
 * The pre-2019 统计表 (the 2014 national table and older local tables): every P* metric of the
 * catalogue with its printed label variants, plus local variants seen in real reports.
 */
import { CATALOGUE_ROWS } from '../catalogue.generated.ts';
import { labelCore, labelPieces } from '../labels.ts';

export interface PreRow {
  metric: string;
  keys: string[];
  /** The row sits under this section row (for labels printed under several sections). */
  parent?: string;
}

/** Local label variants (normalised cores), beyond those printed in metrics.tsv. */
const LOCAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  pro_info_total: ['主动公开信息数', '主动公开文件数', '主动公开政府信息数'],
  pro_via_website: ['网站公开', '政府网站公开数', '网站公开数'],
  pro_via_gazette: ['政府公报公开', '政府公报公开数', '公报公开'],
  app_received: [
    '受理政府信息公开申请总数',
    '正式受理政府信息公开申请数',
    '受理依申请公开信息数',
    '收到申请总数',
  ],
  app_recv_letter: ['信函传真申请数'],
  app_replied: ['对申请的答复数'],
  app_rep_granted: ['同意提供'],
  app_rep_denied: ['否决公开答复数', '不予公开答复数', '拒绝提供'],
  app_rep_not_exist: ['信息不存在'],
  app_rep_amend_requested: ['信息描述不清'],
  app_closed: ['办结'],
  review_total: ['行政复试数', '受理政府信息公开工作行政复议数', '行政复议申请数'],
  litig_total: ['收到政府信息公开工作行政诉讼数', '行政诉讼案件数'],
  admin_appeals: [
    '行政申诉举报数',
    '接受行政申诉举报数',
    '接收行政申诉举报数',
    '接受行政申述举报数',
  ],
  org_reading_points: ['政府信息公开查询点数', '查阅点数'],
  consult_phone: ['公开电话'],
  consult_onsite: ['服务窗口'],
  consult_online: ['网络信箱论坛', '网络信箱'],
};

/** Rows printed the same under several sections: which section row they belong to. */
const PARENTS: Readonly<Record<string, string>> = {
  review_upheld: 'review_total',
  review_corrected: 'review_total',
  review_other: 'review_total',
  litig_upheld: 'litig_total',
  litig_corrected: 'litig_total',
  litig_other: 'litig_total',
};

function keysOf(labels: string): string[] {
  return labels
    .normalize('NFKC')
    .split(/；|;/)
    .map((variant) => variant.replace(/\((?:local|\d{4} local)[^)]*\)/g, '').trim())
    .filter(Boolean)
    .map((variant) => labelCore(labelPieces(variant).at(-1) ?? variant))
    .filter((key) => key.length >= 2 && !key.includes('N'));
}

export const PRE2019_ROWS: readonly PreRow[] = CATALOGUE_ROWS.filter(
  (row) => row.table.startsWith('P') && row.id !== 'app_den_exempt_n',
).map((row) => ({
  metric: row.id,
  keys: [...new Set([...keysOf(row.labels), ...(LOCAL_ALIASES[row.id] ?? [])])],
  ...(PARENTS[row.id] ? { parent: PARENTS[row.id] } : {}),
}));

/** Section rows that open a context for the rows in PARENTS. */
export const PRE2019_SECTIONS: ReadonlySet<string> = new Set(Object.values(PARENTS));

/** Units printed in the 单位 column. */
export const UNIT_WORDS = [
  '万元',
  '人次',
  '元',
  '条',
  '件',
  '个',
  '人',
  '次',
  '篇',
  '项',
  '份',
] as const;

/** Header words of the value columns: `cumulative` ones make a two-column (year, cumulative) table. */
export const CUMULATIVE_HEADERS = ['历年累计', '本年累计', '累计'];
