/**
 * All reports of one body, year by year: every year is drawn (so roll-overs continue through
 * years it did not publish), published years become reports, and anomalies are injected where
 * the dice say, at most one a report and never in two consecutive years of a body.
 */
import {
  ANOMALY_KINDS,
  applies,
  injectJump,
  injectTypo,
  nonZeroCells,
  rollBreak,
  textOverride,
  type AnomalyKind,
  type Injected,
  type Slot,
} from './anomalies.ts';
import { documentBlocks } from './document.ts';
import { reportMeta } from './meta.ts';
import { narrative, type NarrativeInput } from './narrative/narrative.ts';
import { makeProfile } from './profile.ts';
import { proseFigures } from './proseFigures.ts';
import type { Rng } from './random.ts';
import { emptyState, type RollBreak } from './rollover.ts';
import { TEMPLATES, templateFor } from './templates.ts';
import { printZeros } from './zeros.ts';
import { applyHabits } from './habits.ts';
import type { Body, SynthReport, SynthTable, TemplateId } from './types.ts';

export interface SeriesOptions {
  from: number;
  to: number;
  /** Probability that a published report carries an anomaly. */
  anomalyRate: number;
}

/** A clean report another body may copy: its tables and how its prose was drawn. */
export interface Donor {
  report: SynthReport;
  tables: SynthTable[];
  prose: ProseInput;
}

/** How a report's prose is drawn: the narrative input but the body, and the key of its random stream. */
type ProseInput = Omit<NarrativeInput, 'body' | 'rng'> & { key: string };

export interface Series {
  reports: SynthReport[];
  anomalies: Injected[];
  /** Clean reports with enough non-zero figures, by year. */
  donors: Map<number, Donor>;
}

export function bodySeries(
  root: Rng,
  body: Body,
  options: SeriesOptions,
  donors: ReadonlyMap<number, Donor>,
): Series {
  const profile = makeProfile(root.fork(`${body.id}:profile`), body);
  const state = emptyState();
  const reports: SynthReport[] = [];
  const anomalies: Injected[] = [];
  const own = new Map<number, Donor>();
  let prev: SynthReport | null = null;
  let lastAnomaly = -1;
  const last = Math.min(body.lastYear, options.to);
  for (let year = body.firstYear; year <= last; year++) {
    const template = templateFor(body, year);
    const published = year >= options.from && !body.missing.includes(year);
    const before = prev && prev.year === year - 1 ? prev : null;
    const slot: Slot = {
      template,
      prevTemplate: before?.template ?? null,
      hasDonor: donors.has(year),
    };
    const dice = root.fork(`${body.id}:${year}:anomaly`);
    let kind: AnomalyKind | null = null;
    if (published && lastAnomaly !== year - 1 && dice.chance(options.anomalyRate)) {
      const possible = ANOMALY_KINDS.filter((k) => applies(k, slot));
      kind = possible.length ? dice.pick(possible) : null;
    }
    const roll: RollBreak | undefined = kind === 'broken_roll' ? rollBreak(dice, slot) : undefined;
    const drawn = TEMPLATES[template].draw({
      body,
      profile,
      year,
      rng: root.fork(`${body.id}:${year}`),
      state,
      ...(roll ? { roll } : {}),
    });
    if (!published) continue;

    const stem = `${body.id}-${year}`;
    let style = year >= body.styleFrom ? body.laterStyle : body.style;
    const figures = proseFigures(
      template,
      drawn.values,
      profile,
      root.fork(`${body.id}:${year}:figures`),
    );
    const record = (extra: Partial<Injected>) =>
      anomalies.push({
        type: kind!,
        report_id: stem,
        other_report_id: '',
        body_key: body.key,
        issuing_body: body.name,
        year,
        metric_id: '',
        applicant_type: '',
        detail: '',
        ...extra,
      });

    let proseInput: ProseInput = {
      key: `${body.id}:${year}:prose`,
      year,
      template,
      figures,
    };
    if (kind === 'text_vs_table') {
      const o = textOverride(dice, template, figures);
      proseInput = {
        ...proseInput,
        figures: { ...figures, [o.metric]: o.value },
        mustState: [o.metric],
      };
      record({ metric_id: o.metric, applicant_type: 'all', detail: o.detail });
    }
    let source = body;
    let shown: TemplateId = template;
    let tables = drawn.tables;
    if (kind === 'copy') {
      const donor = donors.get(year)!;
      source = donor.report.body;
      shown = donor.report.template;
      // The copy is the other page's text: its tables as printed, in its flattening style.
      tables = structuredClone(donor.tables);
      style = donor.report.style;
      proseInput = donor.prose;
      record({
        other_report_id: donor.report.stem,
        detail: `copy of ${donor.report.stem} (${source.name}) with the name swapped`,
      });
    }
    const meta = reportMeta(root.fork(`${body.id}:${year}:meta`), body, year, style);
    // A copied report keeps the other body's prose; only the body's name and website are swapped.
    const { key, ...rest } = proseInput;
    const named = source === body ? body : { ...source, name: body.name, site: body.site };
    const prose = narrative({ ...rest, rng: root.fork(key), body: named });
    const blocks = documentBlocks(shown, tables, prose);
    if (kind === 'identity') record(injectTypo(dice, template, blocks));
    if (kind === 'jump') {
      const jump = injectJump(dice, template, blocks, before!.blocks);
      if (jump) record(jump);
      else kind = null;
    }
    if (kind === 'broken_roll')
      record({
        metric_id:
          roll!.kind === 'carry'
            ? 'app_carried_in'
            : roll!.kind === 'valid'
              ? `t2_${roll!.doc}_valid`
              : roll!.kind === 'items'
                ? `t2_${roll!.row}_items_prev`
                : 'pro_info_total',
        applicant_type: roll!.kind === 'carry' ? 'natural_person' : 'all',
        detail: `${roll!.kind} roll broken against ${before!.stem}`,
      });
    if (kind) lastAnomaly = year;
    // A copy reprints the other page as it was printed; a report of its own has the site's habits.
    if (kind !== 'copy') {
      applyHabits(blocks, body.habits);
      printZeros(root.fork(`${body.id}:${year}:zeros`), blocks, body.zeros, style);
    }

    const report: SynthReport = {
      stem,
      body,
      source,
      year,
      template: shown,
      format: TEMPLATES[shown].format,
      style,
      title: meta.title,
      sourceUrl: meta.sourceUrl,
      publishDate: meta.crawlerHeader ? meta.publishDate : '',
      crawlerHeader: meta.crawlerHeader,
      traditional: body.habits.traditional && style !== 'html',
      blocks,
      // The 统计表 of 2014 prints the fees row: its prose's fee sentence is not a separate figure.
      text: prose.figures.filter((f) => !(shown === 'p2014' && f.metric === 'info_processing_fee')),
    };
    reports.push(report);
    prev = report;
    if (!kind && template !== 'none' && nonZeroCells(blocks) >= 5)
      own.set(year, { report, tables: drawn.tables, prose: proseInput });
  }
  const years = reports.map((r) => r.year);
  for (const year of body.missing) {
    if (year <= Math.min(...years) || year >= Math.max(...years)) continue;
    anomalies.push({
      type: 'missing_year',
      report_id: '',
      other_report_id: '',
      body_key: body.key,
      issuing_body: body.name,
      year,
      metric_id: '',
      applicant_type: '',
      detail: `no report for ${year}`,
    });
  }
  return { reports, anomalies, donors: own };
}
