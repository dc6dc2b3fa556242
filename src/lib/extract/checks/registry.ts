/**
 * Every check of METRICS.md §8, once: its severity and its words (zh, en). Where its operands come
 * from is its `scope`: the identities of a table in the template registry (`identity`, evaluated
 * by identities.ts `evaluate`), the facts of one report (`report`, a rule in reportRules.ts), a
 * narrative figure and its table twin (`text`, textRules.ts), or two consecutive reports of one
 * body (`pair`, pairRules.ts). The extractor, the
 * cross-report rolls, the anomaly sentences and the report page read these entries.
 */
import type { Severity } from '../types.ts';

export type CheckScope = 'identity' | 'report' | 'text' | 'pair';

export interface CheckEntry {
  scope: CheckScope;
  severity: Severity;
  /** What the check states, as a formula in words. */
  words: { zh: string; en: string };
}

export const CHECKS = {
  P_recv_ways: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '收到申请数 = 各申请方式之和',
      en: 'applications received = the sum of the channels',
    },
  },
  P_closed_split: {
    scope: 'identity',
    severity: 'hard',
    words: { zh: '申请办结数 = 按时办结 + 延期办结', en: 'closed = on time + extended' },
  },
  P_reply_split: {
    scope: 'identity',
    severity: 'hard',
    words: { zh: '申请答复数 = 各类答复之和', en: 'replies = the sum of the reply types' },
  },
  P_denied_reasons: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '不同意公开数 = 各不公开理由之和',
      en: 'refused = the sum of the refusal reasons',
    },
  },
  P_review_split: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '行政复议数量 = 维持 + 纠错 + 其他情形',
      en: 'reviews = upheld + corrected + other',
    },
  },
  P_litig_split: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '行政诉讼数量 = 维持 + 纠错 + 其他情形',
      en: 'lawsuits = upheld + corrected + other',
    },
  },
  P_staff_split: {
    scope: 'identity',
    severity: 'hard',
    words: { zh: '工作人员数 = 专职 + 兼职', en: 'staff = full-time + part-time' },
  },
  P_replied_eq_closed: {
    scope: 'identity',
    severity: 'soft',
    words: { zh: '申请答复数 = 申请办结数', en: 'replies = closed' },
  },
  P_principal_press: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '主要负责同志参加发布会次数 ≤ 发布会总次数',
      en: 'press conferences with the principal ≤ all',
    },
  },
  P_principal_interview: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '主要负责同志参加访谈次数 ≤ 访谈总次数',
      en: 'interviews with the principal ≤ all',
    },
  },
  P_closed_le_received: {
    scope: 'identity',
    severity: 'soft',
    words: { zh: '申请办结数 ≤ 收到申请数', en: 'closed ≤ received' },
  },
  P_ndoc_le_total: {
    scope: 'identity',
    severity: 'soft',
    words: {
      zh: '公开规范性文件数 ≤ 主动公开信息数',
      en: 'normative documents published ≤ all information published',
    },
  },
  P_channels_cover: {
    scope: 'report',
    severity: 'soft',
    words: {
      zh: '最大的公开渠道 ≤ 主动公开信息数 ≤ 各渠道之和',
      en: 'largest channel ≤ information published ≤ the sum of the channels',
    },
  },
  P_text_vs_table: {
    scope: 'text',
    severity: 'soft',
    words: {
      zh: '正文数字 = 统计表中同一指标',
      en: 'the figure in the text = the same figure in the table',
    },
  },
  T2_pub_le_total: {
    scope: 'identity',
    severity: 'soft',
    words: {
      zh: '本年新公开数量 ≤ 对外公开总数量',
      en: 'published this year ≤ published in total',
    },
  },
  T3_flow: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
      en: 'new + carried in = results total + carried forward',
    },
  },
  T3_results_sum: {
    scope: 'identity',
    severity: 'hard',
    words: { zh: '办理结果总计 = 各项办理结果之和', en: 'results total = the sum of the outcomes' },
  },
  T3_cols_sum: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '总计列 = 自然人 + 五类法人或其他组织',
      en: 'total column = natural persons + the five legal-person columns',
    },
  },
  T3_other_sum: {
    scope: 'identity',
    severity: 'hard',
    words: { zh: '（六）其他处理 = 三个子项之和', en: '(6) other = its three rows' },
  },
  T3_nonneg: {
    scope: 'report',
    severity: 'hard',
    words: { zh: '表三各格不为负数', en: 'no negative cell in table 3' },
  },
  T3_text_received: {
    scope: 'text',
    severity: 'soft',
    words: {
      zh: '正文收到申请数 = 表三本年新收（或加上年结转）',
      en: 'applications in the text = new in table 3 (or new + carried in)',
    },
  },
  T4_rev: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '行政复议总计 = 维持 + 纠正 + 其他 + 尚未审结',
      en: 'review total = upheld + corrected + other + pending',
    },
  },
  T4_lit_direct: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '未经复议直接起诉总计 = 各结果之和',
      en: 'direct lawsuits total = the sum of outcomes',
    },
  },
  T4_lit_after_rev: {
    scope: 'identity',
    severity: 'hard',
    words: {
      zh: '复议后起诉总计 = 各结果之和',
      en: 'lawsuits after review total = the sum of outcomes',
    },
  },
  X_carry_roll: {
    scope: 'pair',
    severity: 'soft',
    words: {
      zh: '上年结转 = 上一年报告的结转下年度',
      en: "carried in = last year's carried forward",
    },
  },
  X_valid_roll: {
    scope: 'pair',
    severity: 'soft',
    words: {
      zh: '现行有效 = 上年现行有效 + 制发 − 废止',
      en: "in force = last year's + made − repealed",
    },
  },
  X_items_roll: {
    scope: 'pair',
    severity: 'soft',
    words: {
      zh: '上一年项目数量 = 上年报告的项目数 + 增减',
      en: "items of the year before = last year's items + change",
    },
  },
  X_cumulative_roll: {
    scope: 'pair',
    severity: 'soft',
    words: {
      zh: '历年累计 = 上年历年累计 + 本年',
      en: "cumulative = last year's cumulative + this year",
    },
  },
} as const satisfies Record<string, CheckEntry>;

export type CheckId = keyof typeof CHECKS;

/** The ids of the checks whose operands come from `scope`. */
export type CheckIdOf<S extends CheckScope> = {
  [K in CheckId]: (typeof CHECKS)[K]['scope'] extends S ? K : never;
}[CheckId];

export function isCheckId(value: string): value is CheckId {
  return Object.hasOwn(CHECKS, value);
}

/** The severity a check is stored with. */
export function severityOf(id: CheckId): Severity {
  return CHECKS[id].severity;
}
