/**
 * How well the anomaly detection (src/lib/sql/anomalies.ts) finds what was injected: per
 * injected kind, how many reports it found; per finding type, how many findings touch no
 * injected anomaly (false positives). Findings on or against an anomalous report (a jump into
 * the year after a ×10 figure, a copy's broken carry-over) are its side effects, counted apart.
 */
import { DETECTED_BY, type Injected, type InjectedType } from './anomalies.ts';

export interface Finding {
  type: string;
  report_id: string;
  other_report_id: string | null;
  body_key: string;
  report_year: number | null;
}

export interface Score {
  recall: Partial<Record<InjectedType, { injected: number; found: number }>>;
  findings: Record<string, { matched: number; sideEffects: number; falsePositives: number }>;
  missed: Injected[];
  falsePositives: Finding[];
}

function finds(f: Finding, a: Injected): boolean {
  if (!DETECTED_BY[a.type].includes(f.type)) return false;
  if (a.type === 'missing_year') return f.body_key === a.body_key && f.report_year === a.year;
  if (f.report_id !== a.report_id) return false;
  return a.type !== 'copy' || f.other_report_id === a.other_report_id;
}

export function score(injected: readonly Injected[], findings: readonly Finding[]): Score {
  const out: Score = { recall: {}, findings: {}, missed: [], falsePositives: [] };
  const anomalous = new Set(injected.filter((a) => a.report_id).map((a) => a.report_id));
  for (const a of injected) {
    const r = (out.recall[a.type] ??= { injected: 0, found: 0 });
    r.injected++;
    if (findings.some((f) => finds(f, a))) r.found++;
    else out.missed.push(a);
  }
  for (const f of findings) {
    const s = (out.findings[f.type] ??= { matched: 0, sideEffects: 0, falsePositives: 0 });
    if (injected.some((a) => finds(f, a))) s.matched++;
    else if (anomalous.has(f.report_id) || anomalous.has(f.other_report_id ?? '')) s.sideEffects++;
    else {
      s.falsePositives++;
      out.falsePositives.push(f);
    }
  }
  return out;
}
