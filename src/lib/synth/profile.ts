/**
 * A body's stable character: how many applications, decisions and documents it handles a year
 * and how they split. Yearly figures are drawn around these levels (draw.ts), so a body's
 * series are smooth and its columns keep their proportions.
 */
import { bodyShares } from './draw.ts';
import type { Rng } from './random.ts';
import type { Body } from './types.ts';

/** Result rows of table 三 in the 2021 order (t2019 folds the last three into （六）其他处理). */
export const RESULT_METRICS = [
  'res_granted',
  'res_partial',
  'res_den_state_secret',
  'res_den_law_forbidden',
  'res_den_security_stability',
  'res_den_third_party',
  'res_den_internal_affairs',
  'res_den_process_info',
  'res_den_enforcement_file',
  'res_den_admin_query',
  'res_unable_not_held',
  'res_unable_need_creation',
  'res_unable_unclear',
  'res_np_petition',
  'res_np_duplicate',
  'res_np_publication',
  'res_np_massive',
  'res_np_confirm',
  'res_oth_overdue_correction',
  'res_oth_overdue_fee',
  'res_oth_other',
] as const;

const RESULT_WEIGHTS = [
  42, 8, 0.2, 0.5, 0.3, 2, 1, 1.5, 0.5, 1, 20, 3, 2, 3, 3, 0.5, 1, 0.5, 5, 0.2, 4,
];
/** 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
const APPLICANT_WEIGHTS = [85, 8, 0.5, 1, 2, 3.5];

export interface Profile {
  /** New applications a year around 2020, and around 2018 (the old tables counted fewer). */
  apps: number;
  appsPre: number;
  applicantShares: number[];
  resultShares: number[];
  pendingRate: number;
  reviewRate: number;
  litigRate: number;
  /** Proactively published items a year, and its channels (gazette, website, weibo, wechat, other). */
  info: number;
  channels: number[];
  ndocMade: number;
  regMade: number;
  decisions: { license: number; othersvc: number; penalty: number; coercion: number };
  items: { license: number; othersvc: number; penalty: number; coercion: number; fee: number };
  /** Administrative fees (万元 a year) and central procurement (projects, 元). */
  fee: number;
  procure: number;
  procureAmount: number;
  responses: number;
  meetings: number;
  trainees: number;
  readingPoints: number;
  staff: number;
  budget: number;
}

const SIZE: Record<Body['level'], number> = {
  province: 8,
  city: 4,
  district: 1.5,
  department: 0.6,
};

/** The profile of a body (a stream of its own, so it never depends on other bodies). */
export function makeProfile(rng: Rng, body: Body): Profile {
  const size = SIZE[body.level] * rng.range(0.5, 2);
  const government = body.level !== 'department';
  const lawEnforcer = /公安|市场监督|城市管理|应急|生态|交通|自然资源|住房/.test(body.name);
  const licenser = /市场监督|住房|交通|自然资源|卫生|教育|商务|农业|林业|水利|人力/.test(body.name);
  return {
    apps: body.scale,
    appsPre: body.scale * rng.range(0.2, 0.5),
    applicantShares: bodyShares(rng, APPLICANT_WEIGHTS),
    resultShares: bodyShares(rng, RESULT_WEIGHTS),
    pendingRate: rng.chance(0.5) ? 0 : rng.range(0.01, 0.12),
    reviewRate: rng.range(0.01, 0.12),
    litigRate: rng.range(0.005, 0.06),
    info: 400 * size * rng.range(0.3, 3),
    channels: [
      government ? rng.range(0.01, 0.08) : 0,
      rng.range(0.7, 1),
      rng.range(0.05, 0.25),
      rng.range(0.05, 0.3),
      rng.range(0, 0.1),
    ],
    ndocMade: (government ? 8 : 2) * size * rng.range(0.2, 1.5),
    regMade: body.level === 'province' || body.level === 'city' ? rng.range(0.5, 6) : 0,
    decisions: {
      license: (licenser || government ? 300 : 5) * size * rng.range(0.1, 3),
      othersvc: (government ? 50 : 3) * size * rng.range(0, 2),
      penalty: (lawEnforcer || government ? 200 : 1) * size * rng.range(0.1, 3),
      coercion: (lawEnforcer ? 20 : 0.5) * size * rng.range(0, 2),
    },
    items: {
      license: Math.round((licenser || government ? 60 : 3) * rng.range(0.3, 3)),
      othersvc: Math.round((government ? 20 : 1) * rng.range(0, 2)),
      penalty: Math.round((lawEnforcer || government ? 200 : 5) * rng.range(0.3, 3)),
      coercion: Math.round((lawEnforcer ? 15 : 1) * rng.range(0, 2)),
      fee: Math.round(rng.range(0, government ? 20 : 6)),
    },
    fee: rng.chance(0.6) ? 0 : 50 * size * rng.range(0.1, 5),
    procure: rng.chance(0.5) ? 0 : 10 * size * rng.range(0.1, 3),
    procureAmount: rng.range(5e4, 5e6) * size,
    responses: 20 * size * rng.range(0.2, 3),
    meetings: rng.range(0.5, 6),
    trainees: 60 * size * rng.range(0.2, 3),
    readingPoints: government ? rng.range(2, 60) : rng.range(1, 3),
    staff: rng.range(1, government ? 12 : 4),
    budget: rng.chance(0.5) ? 0 : rng.range(0.5, 30) * size,
  };
}
