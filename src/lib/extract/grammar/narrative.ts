/**
 * The narrative grammar (METRICS.md §6 X 正文): sentence patterns -> text metric ids. Each row is
 * one wording; `findNarrative` runs them all and keeps the first figure stated per metric. A row
 * without a number group states a zero in words (`未收到…申请`, `本年度没有产生…处理费`).
 * Wordings are those of real reports (corpus/), negative cases in tests/unit/extract/narrative.test.ts.
 */

/** A number as printed in prose: Arabic, or Chinese numerals. */
const N = String.raw`(\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千两]+)`;
/** Characters inside one clause (no clause or sentence break). */
const G = String.raw`[^。；;，,!?\n]`;
/** Inside one clause, no digit (a zero statement holds no number). */
const W = String.raw`[^。；;，,!?\n\d]`;
/**
 * N taken whole (never a shorter prefix, so no backtracking through the tables' digit runs); only
 * at the start of a pattern, as its group 1.
 */
const N0 = String.raw`(?=${N})\1`;
const COUNT_UNIT = String.raw`(?:件|条|份|宗|个|项)`;

export interface NarrativePattern {
  metric: string;
  re: RegExp;
  /** Group holding the number; absent = a zero stated in words. */
  group?: number;
  /** Group holding the printed money unit (元/万元), converted to the metric's unit. */
  unitGroup?: number;
  /** The match must contain this (guards against figures about something else). */
  mustHave?: RegExp;
  mustNotHave?: RegExp;
  /** The 12 characters after the match must not match this (`未收到…申请的行政复议`). */
  notAfter?: RegExp;
  /** The match or the 500 characters before it must contain this (the section is about it). */
  near?: RegExp;
  /** The sentence holding the match must contain this / must not contain this. */
  sentenceHas?: RegExp;
  sentenceNot?: RegExp;
}

/** Applications for information, not for 审批 or the like. */
const ABOUT_DISCLOSURE = /信息公开|依申请|政府信息/;
const ABOUT_REVIEW = /复议|诉讼|举报|投诉|咨询/;
/** Information-disclosure (or 政务公开) work is what the sentence is about. */
const ABOUT_WORK = /信息公开|政务公开|政府信息/;
/** Money spent on something else than the disclosure work itself (METRICS.md §6 X). */
const OTHER_SPENDING = /网站(?:建设|改版|升级)|平台建设|三公|预算|决算|资金使用|扶贫|补助/;

/** A negation, its verb, then what introduces the object (`未收到有关`, `没有被`, `无因`). */
const NEGATION = String.raw`(?:没有|未|无|并无|未曾)(?:发生|收到|接到|出现|产生|受理|有)?(?=因|有关|涉及|针对|被|申请|提起|行政|发生|收到|依申请)`;

export const NARRATIVE_PATTERNS: readonly NarrativePattern[] = [
  // --- applications received (text_app_received)
  // 共受理/收到/接收/接到 … 申请 (数/的数量) (共计) N 件; 收到依申请公开事项0项; 申请件2件.
  {
    metric: 'text_app_received',
    re: new RegExp(
      String.raw`(?:受理|收到|接收|接到)(${G}{0,30}?)(?:申请|依申请${G}{0,8}?)(?:的)?(?:数量|总数|数|件)?(?:共计|合计|总计|共|为)*\s*${N}\s*(${COUNT_UNIT})`,
      'g',
    ),
    group: 2,
    mustHave: ABOUT_DISCLOSURE,
    mustNotHave: ABOUT_REVIEW,
  },
  // 受理申请的数量为0条, in the part of the report about applications.
  {
    metric: 'text_app_received',
    re: new RegExp(String.raw`受理申请(?:的)?(?:数量|总数)(?:为|是)?\s*${N}\s*${COUNT_UNIT}`, 'g'),
    group: 1,
    near: /依申请|信息公开申请|申请公开/,
  },
  // 共收到 N 件(政府信息公开)申请, 收到1项有关政府信息公开的申请, 共受理办结2件依申请公开信息.
  {
    metric: 'text_app_received',
    re: new RegExp(
      String.raw`(?:受理|收到|接收|接到)(?:办结)?(?:各类)?\s*${N}\s*${COUNT_UNIT}(?:${G}{0,12}?)(?:申请|依申请公开(?:政府)?信息)`,
      'g',
    ),
    group: 1,
    near: /依申请|信息公开申请|申请公开|政府信息公开申请|政府信息公开的申请/,
    mustNotHave: ABOUT_REVIEW,
  },
  // 未收到(有关)政府信息公开(的)申请, 未收到申请公开政府信息, 未收到公民提出的公开政府信息申请.
  {
    metric: 'text_app_received',
    re: new RegExp(
      String.raw`(?:未|没有|无)(?:收到|接到|受理)(${G}{0,20}?)申请(?:公开政府信息)?`,
      'g',
    ),
    mustHave: ABOUT_DISCLOSURE,
    mustNotHave: ABOUT_REVIEW,
    notAfter: /^[^。；;，,]{0,6}(?:复议|诉讼)/,
  },

  // --- 信息处理费 collected (info_processing_fee, 元)
  {
    metric: 'info_processing_fee',
    re: new RegExp(
      String.raw`收取(?:${G}{0,12}?)(?:信息(?:公开)?处理费|处理费|费用)(?:共计|合计|总计|共|为)?\s*${N}\s*(万元|元)`,
      'g',
    ),
    group: 1,
    unitGroup: 2,
  },
  // 未收取/没有产生…信息(公开)处理费, 暂不收费, 信息处理费为0元.
  {
    metric: 'info_processing_fee',
    re: new RegExp(
      String.raw`(?:未|没有|无|不|暂不)(?:收取|发生|产生)${G}{0,16}?(?:信息(?:公开)?处理费|处理费|收费|费用)|暂不收费|(?:信息处理费|收费)[^。；;，,\d]{0,6}?(?:为)?\s*(?<!\d)0\s*元`,
      'g',
    ),
  },
  // 无收费及减免情况, 无政府信息公开收费及减免情况, 政府信息公开没有收费及减免.
  {
    metric: 'info_processing_fee',
    re: /(?:无|没有|未发生|未有)(?:政府信息公开|信息公开)?(?:的)?收费(?:及减免)?/g,
  },
  // 从未进行收费, 未向申请人、咨询人收取费用.
  {
    metric: 'info_processing_fee',
    re: new RegExp(
      String.raw`从未(?:进行)?收费|未进行收费|未(?:曾)?向${G}{0,12}?收取(?:任何)?费用`,
      'g',
    ),
  },

  // --- proactive disclosure (text_pro_info_total, 条)
  // (新增/共/全年累计)主动公开(各类/我区各级单位/涵盖…等)(政府)信息(数/达/共) N 条; not 应主动公开 (a subset).
  {
    metric: 'text_pro_info_total',
    re: new RegExp(
      String.raw`(?<!应)(?:新增|共)?主动公开(?:各类|我区各级单位|当年生成的各类|涵盖[^。；;，,\d]{2,40}?等)?(?:的)?(?:政府)?信息(?:达|共|总数|数量|数)?(?:为)?\s*${N}\s*条`,
      'g',
    ),
    group: 1,
  },
  // 主动公开的162条信息; 政府信息主动公开128条.
  {
    metric: 'text_pro_info_total',
    re: new RegExp(String.raw`(?<!应)主动公开(?:的)?\s*${N}\s*条(?:政府)?信息`, 'g'),
    group: 1,
  },
  {
    metric: 'text_pro_info_total',
    re: new RegExp(String.raw`政府信息主动公开(?:共|达)?\s*${N}\s*条`, 'g'),
    group: 1,
  },

  // --- 行政复议 / 行政诉讼 (text_review_total, text_litig_total, 件)
  // 行政复议(案件/申请)(数)(为) N 件; 行政诉讼数为 0 件.
  {
    metric: 'text_review_total',
    re: new RegExp(
      String.raw`行政复议(?:案件|申请)?(?:数|数量)?(?:共计|共|为)*\s*${N}\s*(?:件|起|宗|个)`,
      'g',
    ),
    group: 1,
  },
  {
    metric: 'text_litig_total',
    re: new RegExp(
      String.raw`行政诉讼(?:案件)?(?:数|数量)?(?:共计|共|为)*\s*${N}\s*(?:件|起|宗|个)`,
      'g',
    ),
    group: 1,
  },
  // 收到1份有关政府信息公开行政复议申请, 有1起因政府信息公开申请行政复议.
  {
    metric: 'text_review_total',
    re: new RegExp(
      String.raw`(?:收到|受理|有|发生|办理)\s*${N}\s*(?:件|份|起|宗)${G}{0,24}?行政复议`,
      'g',
    ),
    group: 1,
  },
  {
    metric: 'text_litig_total',
    re: new RegExp(
      String.raw`(?:收到|有|发生|被提起|办理)\s*${N}\s*(?:件|起|宗)${G}{0,24}?行政诉讼`,
      'g',
    ),
    group: 1,
  },
  // Zeros in words: 未收到有关政府信息公开行政复议(、提起行政诉讼)的申请, 无因政府信息公开申请行政
  // 复议、提起行政诉讼的情况, 没有被申请行政复议, 无提起行政诉讼, 未发生…行政复议和行政诉讼.
  {
    metric: 'text_review_total',
    re: new RegExp(String.raw`${NEGATION}${W}{0,40}?行政复议${W}{0,24}`, 'g'),
    mustNotHave: /直接起诉|复议后/,
  },
  {
    metric: 'text_litig_total',
    re: new RegExp(String.raw`${NEGATION}${W}{0,40}?行政诉讼${W}{0,24}`, 'g'),
    mustNotHave: /直接起诉|复议后/,
  },

  // --- staffing (text_staff_full_time, text_staff_part_time, text_staff_total, 人)
  // 配备/落实专职(工作)人员N名, 专职人员数2人; 配备2名专职人员.
  {
    metric: 'text_staff_full_time',
    re: new RegExp(
      String.raw`(?:专职|全职)(?:工作)?人员(?:数)?(?:共|为)?\s*${N}\s*(?:名|人|个)`,
      'g',
    ),
    group: 1,
    sentenceHas: ABOUT_WORK,
  },
  {
    metric: 'text_staff_full_time',
    re: new RegExp(String.raw`${N0}\s*名(?:专职|全职)(?:工作)?人员`, 'g'),
    group: 1,
    sentenceHas: ABOUT_WORK,
  },
  // 没有从事政府信息公开工作的全职人员; 没有政府信息公开专门机构和专职人员.
  {
    metric: 'text_staff_full_time',
    re: new RegExp(String.raw`(?:没有|无|未配备|未设)${W}{0,20}?(?:专职|全职)(?:工作)?人员`, 'g'),
    sentenceHas: ABOUT_WORK,
  },
  // 兼职(工作)人员1人; 共有5名人员兼职从事政府信息公开工作; 2名兼职人员.
  {
    metric: 'text_staff_part_time',
    re: new RegExp(String.raw`兼职(?:工作)?人员(?:数)?(?:共|为)?\s*${N}\s*(?:名|人|个)`, 'g'),
    group: 1,
    sentenceHas: ABOUT_WORK,
  },
  {
    metric: 'text_staff_part_time',
    re: new RegExp(String.raw`${N0}\s*名(?:工作)?(?:人员兼职|兼职(?:工作)?人员)`, 'g'),
    group: 1,
    sentenceHas: ABOUT_WORK,
  },
  // 从事政府信息公开工作(的)人员(数) N 名; 2名工作人员从事政府信息公开工作.
  {
    metric: 'text_staff_total',
    re: new RegExp(
      String.raw`从事(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:的)?(?:工作)?人员(?:数)?(?:共|共计|为)?\s*${N}\s*(?:名|人)`,
      'g',
    ),
    group: 1,
  },
  {
    metric: 'text_staff_total',
    re: new RegExp(
      String.raw`${N0}\s*名(?:工作|业务)?人员(?:专门)?(?:从事|负责)(?:政府)?(?:信息公开|政务公开)`,
      'g',
    ),
    group: 1,
  },
  // 下设信息公开工作小组，共有工作人员2名; 工作人员共N人; 安排1名业务人员 (for the disclosure office).
  ...[
    String.raw`(?:共有|配有)(?:工作)?人员\s*${N}\s*(?:名|人)`,
    String.raw`工作人员共(?:有|计)?\s*${N}\s*(?:名|人)`,
    String.raw`安排\s*${N}\s*名业务人员`,
  ].map((source) => ({
    metric: 'text_staff_total',
    re: new RegExp(source, 'g'),
    group: 1,
    sentenceHas: ABOUT_WORK,
  })),

  // --- funding (text_budget, 万元)
  // 政府信息公开(工作)(专项)经费/费用 N 万元 (dishuiju 2013: 政府信息公开费用1万元).
  {
    metric: 'text_budget',
    re: new RegExp(
      String.raw`(?:信息公开|政务公开)(?:工作|事务)?(?:专项)?(?:经费|费用|支出)(?:共|共计|为)?\s*${N}\s*(万元|元)`,
      'g',
    ),
    group: 1,
    unitGroup: 2,
    sentenceNot: OTHER_SPENDING,
  },
  // 投入/安排(专项/工作)经费(资金) N 万元, in a sentence about the disclosure work.
  {
    metric: 'text_budget',
    re: new RegExp(
      String.raw`(?:投入|安排|落实|拨付)(?:专项|工作)?(?:经费|资金)(?:共|共计)?\s*${N}\s*(万元|元)`,
      'g',
    ),
    group: 1,
    unitGroup: 2,
    sentenceHas: ABOUT_WORK,
    sentenceNot: OTHER_SPENDING,
  },
  // 未安排(政府信息公开)专项经费: a zero stated in words.
  {
    metric: 'text_budget',
    re: new RegExp(
      String.raw`(?:未|没有|无)(?:安排|设立|单独安排)?(?:政府信息公开)?(?:工作)?专项经费`,
      'g',
    ),
    sentenceHas: ABOUT_WORK,
  },
];

/** Internal hints (not output as facts): prose figures that can single out a split reading. */
export const HINT_PATTERNS: readonly NarrativePattern[] = [
  {
    metric: 't2_ndoc_valid',
    re: new RegExp(String.raw`现行有效(?:的)?(?:行政)?规范性文件(?:共)?\s*${N}\s*件`, 'g'),
    group: 1,
  },
  {
    metric: 't2_ndoc_made',
    re: new RegExp(String.raw`制发(?:的)?(?:行政)?规范性文件(?:共)?\s*${N}\s*件`, 'g'),
    group: 1,
  },
];
