/**
 * The report templates, one entry each: what reports.csv says about them and how one year's
 * figures and printed tables are drawn. `templateFor` says which one a body uses in a year.
 */
import type { FormatVersion, Period } from '../extract/types.ts';
import type { YearInput } from './figures/input.ts';
import { drawP2014, p2014Table } from './figures/p2014.ts';
import { drawPLocal, pLocalTable } from './figures/pLocal.ts';
import { drawT2, t2Table } from './figures/t2.ts';
import { drawT3, t3Table } from './figures/t3.ts';
import { drawT4, t4Table } from './figures/t4.ts';
import { Values } from './figures/values.ts';
import type { Body, SynthTable, TemplateId } from './types.ts';

export interface Drawn {
  values: Values;
  tables: SynthTable[];
}

export interface Template {
  format: FormatVersion;
  /** reports.csv `tables_found` and `format_variant`. */
  tablesFound: string;
  variant: string;
  periods: Period[];
  draw(input: YearInput): Drawn;
}

const modern = (format: 't2019' | 't2021'): Template => ({
  format,
  tablesFound: 'T2,T3,T4',
  variant: '',
  periods: ['year'],
  draw(input) {
    const values = new Values();
    drawT3(input, values, format);
    drawT2(input, values, format);
    drawT4(input, values);
    const procureUnit = input.rng.chance(0.5);
    // Jilin reports of the 2019 format add the year's total of published items under table 二.
    const local =
      format === 't2019' && input.body.province === '吉林省' && input.body.index % 5 !== 0
        ? `${input.year}年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):`
        : '';
    return {
      values,
      tables: [
        t2Table(values, format, procureUnit, local),
        t3Table(values, format),
        t4Table(values),
      ],
    };
  },
});

const local = (cumulative: boolean): Template => ({
  format: 'pre2019',
  tablesFound: 'P',
  variant: cumulative ? 'cumulative_columns;local_pre2014' : 'local_pre2014',
  periods: cumulative ? ['year', 'cumulative'] : ['year'],
  draw(input) {
    const values = new Values();
    drawPLocal(input, values, cumulative);
    return { values, tables: [pLocalTable(values, input.year, cumulative)] };
  },
});

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  t2019: modern('t2019'),
  t2021: modern('t2021'),
  p2014: {
    format: 'pre2019',
    tablesFound: 'P',
    variant: '',
    periods: ['year'],
    draw(input) {
      const values = new Values();
      drawP2014(input, values);
      return {
        values,
        tables: [p2014Table(values, input.year >= 2016 && input.body.index % 2 === 0)],
      };
    },
  },
  pLocal: local(false),
  pLocalCum: local(true),
  none: {
    format: 'none',
    tablesFound: '',
    variant: '',
    periods: ['year'],
    draw(input) {
      // No table: the prose states the year's applications and items (drawn as a local table would).
      const values = new Values();
      drawPLocal(input, values, false);
      return { values, tables: [] };
    },
  },
};

/** The template a body prints in a year. */
export function templateFor(body: Body, year: number): TemplateId {
  if (year >= 2021) return 't2021';
  if (year >= 2019) return 't2019';
  if (year <= body.localUntil) return body.localTemplate;
  return 'p2014';
}
