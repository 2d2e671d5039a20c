/**
 * Decide which checklist items the shop's own numbers already prove. Pure: history and the
 * stage's bands in, a verdict per evidence-backed item out, each with the numbers and a sentence
 * saying why. Missing values never count for or against a streak: a session that did not record
 * the metric is skipped (except presentStreak, whose whole point is that it was recorded).
 */
import { METRICS, type MetricId } from '../metrics/catalog';
import type { BandSet } from './bands';
import type { ChecklistItem, EvidenceRule } from './checklist';
import { both, name } from './format';
import { known, latestValues, score100, sortSessions } from './history';
import { place } from './position';
import type { Bilingual, MetricValue, ShopHistory } from './types';

export interface EvidenceNumbers {
  metric?: MetricId;
  /** the values looked at, oldest first */
  values: Array<number | null>;
  /** how many were needed and how many passed */
  need: number;
  have: number;
  low?: number;
  high?: number;
  threshold?: number;
}

export interface EvidenceResult {
  evidenced: boolean;
  why: Bilingual;
  numbers: EvidenceNumbers;
}

export type EvidenceMap = Record<string, EvidenceResult>;

export interface EvidenceOptions {
  /** ms since epoch, for cadence rules; defaults to the latest session's start */
  now?: number;
  /** the user's break-even ROI; 1 when not set */
  breakEvenRoi?: number;
}

const DAY = 86_400_000;

const list = (metric: MetricId, vs: readonly MetricValue[]): Bilingual => {
  const parts = vs.map((v) => both(metric, v));
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
};

function streak(
  metric: MetricId,
  need: number,
  history: ShopHistory,
  pass: (v: MetricValue) => boolean,
  ref: Bilingual,
  numbers: Omit<EvidenceNumbers, 'values' | 'need' | 'have'>,
): EvidenceResult {
  const picked = latestValues(history, metric, need).map((p) => p.value);
  const have = picked.filter(pass).length;
  const n = name(metric);
  const out = { metric, values: picked.map((v) => v.value), need, have, ...numbers };
  if (picked.length < need) {
    return {
      evidenced: false,
      numbers: out,
      why: {
        zh: `只有 ${picked.length} 场记录到${n.zh}，需要连续 ${need} 场`,
        en: `${n.en} was recorded in only ${picked.length} sessions; ${need} in a row are needed`,
      },
    };
  }
  const vs = list(metric, picked);
  return have === need
    ? {
        evidenced: true,
        numbers: out,
        why: {
          zh: `最近 ${need} 场${n.zh}都达标（${vs.zh}；${ref.zh}）`,
          en: `${n.en} met the mark in each of the last ${need} sessions (${vs.en}; ${ref.en})`,
        },
      }
    : {
        evidenced: false,
        numbers: out,
        why: {
          zh: `最近 ${need} 场${n.zh}有 ${need - have} 场未达标（${vs.zh}；${ref.zh}）`,
          en: `${n.en} missed the mark in ${need - have} of the last ${need} sessions (${vs.en}; ${ref.en})`,
        },
      };
}

function evaluate(rule: EvidenceRule, history: ShopHistory, bands: BandSet, opts: EvidenceOptions): EvidenceResult {
  switch (rule.kind) {
    case 'bandStreak': {
      const band = bands[rule.metric];
      const n = name(rule.metric);
      if (!band) {
        return {
          evidenced: false,
          numbers: { metric: rule.metric, values: [], need: rule.sessions, have: 0 },
          why: { zh: `当前阶段没有${n.zh}的参考区间`, en: `No reference band for ${n.en} at this stage` },
        };
      }
      const better = METRICS[rule.metric].better;
      const side = better === 'lower' ? 'below' : 'above';
      const pass = (v: MetricValue) => {
        const p = place(v, band.low, band.high, better);
        return rule.need === 'good' ? p.good === true : p.could.length > 0 && p.could.every((c) => c === side);
      };
      const lo = both(rule.metric, band.low);
      const hi = both(rule.metric, band.high);
      return streak(
        rule.metric,
        rule.sessions,
        history,
        pass,
        { zh: `参考区间 ${lo.zh}–${hi.zh}`, en: `band ${lo.en}–${hi.en}` },
        { low: band.low, high: band.high },
      );
    }
    case 'valueStreak': {
      const t = rule.atLeast === 'breakEvenRoi' ? (opts.breakEvenRoi ?? 1) : rule.atLeast;
      // A "<x" bound cannot prove ≥ t; "≥x" and "约x" can.
      const pass = (v: MetricValue) => v.value !== null && v.qualifier !== 'below' && v.value >= t;
      const tt = both(rule.metric, t);
      return streak(rule.metric, rule.sessions, history, pass, { zh: `门槛 ${tt.zh}`, en: `threshold ${tt.en}` }, { threshold: t });
    }
    case 'presentStreak': {
      const last = sortSessions(history.sessions).slice(-rule.sessions);
      const vs = last.map((s) => s.metrics[rule.metric]);
      const have = vs.filter((v) => known(v) && v.value > 0 && v.qualifier !== 'below').length;
      const n = name(rule.metric);
      const numbers = { metric: rule.metric, values: vs.map((v) => v?.value ?? null), need: rule.sessions, have };
      const ok = last.length >= rule.sessions && have === rule.sessions;
      return {
        evidenced: ok,
        numbers,
        why: ok
          ? { zh: `最近 ${rule.sessions} 场都记录到${n.zh}`, en: `${n.en} recorded in each of the last ${rule.sessions} sessions` }
          : { zh: `最近 ${rule.sessions} 场中只有 ${have} 场记录到${n.zh}`, en: `${n.en} recorded in only ${have} of the last ${rule.sessions} sessions` },
      };
    }
    case 'shopScore': {
      const s = score100(history.experienceScore);
      const numbers = {
        metric: 'experienceScore' as const,
        values: [s ?? null],
        need: 1,
        have: s !== undefined && s >= rule.atLeast ? 1 : 0,
        threshold: rule.atLeast,
      };
      if (s === undefined) return { evidenced: false, numbers, why: { zh: '还没有读到店铺体验分', en: 'No shop experience score read yet' } };
      return s >= rule.atLeast
        ? {
            evidenced: true,
            numbers,
            why: { zh: `体验分 ${s}（百分制）不低于 ${rule.atLeast}`, en: `Experience score ${s} (of 100) is at least ${rule.atLeast}` },
          }
        : {
            evidenced: false,
            numbers,
            why: { zh: `体验分 ${s}（百分制）低于 ${rule.atLeast}`, en: `Experience score ${s} (of 100) is under ${rule.atLeast}` },
          };
    }
    case 'cadence': {
      const times = history.sessions.map((s) => (s.start ? Date.parse(s.start) : NaN)).filter(Number.isFinite);
      const ref = opts.now ?? Math.max(-Infinity, ...times);
      const have = Number.isFinite(ref) ? times.filter((t) => t <= ref && t > ref - rule.days * DAY).length : 0;
      const numbers = { values: [have], need: rule.sessions, have: Math.min(have, rule.sessions) };
      const ok = have >= rule.sessions;
      return {
        evidenced: ok,
        numbers,
        why: {
          zh: `近 ${rule.days} 天开播 ${have} 场（需要 ${rule.sessions} 场）`,
          en: `${have} sessions in the last ${rule.days} days (${rule.sessions} needed)`,
        },
      };
    }
  }
}

/** Only items with an evidence rule get an entry; the rest are the user's to tick. */
export function evaluateEvidence(items: readonly ChecklistItem[], history: ShopHistory, bands: BandSet, opts: EvidenceOptions = {}): EvidenceMap {
  const out: EvidenceMap = {};
  for (const it of items) if (it.evidence) out[it.id] = evaluate(it.evidence, history, bands, opts);
  return out;
}
