/**
 * The next-action engine: evaluate the data rules in adviceRules.ts against a shop and rank what
 * fired by severity (how far off, capped at 1) × the stage's weight for the rule's pillar × the
 * rule's own weight. Returns every fired rule, best first; the caller shows the top 3–5.
 */
import type { Benchmark } from '../capture/types';
import type { MetricId } from '../metrics/catalog';
import { ADVICE_RULES, type AdviceRule, type Against, type Condition } from './adviceRules';
import { BANDS, bandsFor, type Band } from './bands';
import { ownBaseline } from './baseline';
import { compareToBenchmarks, type CompareContext } from './benchmarks';
import { CHECKLIST, type ChecklistItem, type ChecklistState } from './checklist';
import { evaluateEvidence, type EvidenceMap } from './evidence';
import { both, name } from './format';
import { recentValue, score100 } from './history';
import { itemStatus } from './progress';
import { STAGES } from './stages';
import type { Bilingual, PillarId, ShopHistory, StageId } from './types';

export interface AdviceContext {
  history: ShopHistory;
  stage: StageId;
  checklist?: ChecklistState;
  /** computed from history and the stage's bands when absent */
  evidence?: EvidenceMap;
  /** platform peer values per metric, as read from the page */
  peer?: Partial<Record<MetricId, readonly Benchmark[]>>;
  /** the user's targets; they take precedence over every other reference */
  targets?: Partial<Record<MetricId, number>>;
  /** the user's break-even ROI; 1 when not set */
  breakEvenRoi?: number;
  bands?: readonly Band[];
  /** sessions in the recent typical value (median); default 3 */
  window?: number;
  rules?: readonly AdviceRule[];
  items?: readonly ChecklistItem[];
  now?: number;
}

/** One number behind a fired rule, with a sentence that can be shown as is. */
export interface TriggerNumber {
  text: Bilingual;
  metric?: MetricId;
  value?: number | null;
  against?: Against;
  reference?: { low: number; high: number };
  gap?: number | null;
  /** sessions the value summarises */
  sessions?: number;
  open?: number;
  total?: number;
  items?: string[];
}

export interface NextAction {
  id: string;
  pillar: PillarId;
  action: Bilingual;
  why: Bilingual;
  advances?: string;
  severity: number;
  score: number;
  numbers: TriggerNumber[];
}

interface Outcome {
  ok: boolean;
  severity?: number;
  numbers: TriggerNumber[];
  firstOpen?: string;
}

const NO: Outcome = { ok: false, numbers: [] };
const pct = (x: number) => `${Math.round(Math.abs(x) * 100)}%`;

function check(c: Condition, ctx: AdviceContext, evidence: EvidenceMap): Outcome {
  const { history, stage } = ctx;
  const window = ctx.window ?? 3;
  switch (c.kind) {
    case 'gap': {
      const recent = recentValue(history, c.metric, window);
      if (recent.n === 0) return NO;
      const cmp: CompareContext = { stage, bands: ctx.bands ?? BANDS };
      if (history.category) cmp.category = history.category;
      if (c.against === 'own') cmp.own = ownBaseline(history, c.metric, 10, { skip: recent.n });
      if (c.against === 'peer') cmp.peer = ctx.peer?.[c.metric] ?? [];
      if (c.against === 'target') {
        const t = ctx.targets?.[c.metric];
        if (t === undefined) return NO;
        cmp.target = t;
      }
      if (c.against === 'breakEven') cmp.target = ctx.breakEvenRoi ?? 1;
      const kind = c.against === 'breakEven' ? 'target' : c.against;
      const v = compareToBenchmarks(c.metric, recent.value, cmp).verdicts.find((x) => x.kind === kind && x.position !== 'unknown' && x.gap !== null);
      if (!v || v.good !== false || v.gap === null || v.gap >= -(c.worseThan ?? 0)) return NO;
      const n = name(c.metric);
      const val = both(c.metric, recent.value);
      return {
        ok: true,
        severity: Math.min(1, -v.gap),
        numbers: [
          {
            text: {
              zh: `${n.zh}：近 ${recent.n} 场中位 ${val.zh}，比${v.reference.label.zh}差 ${pct(v.gap)}（${v.note.zh}）`,
              en: `${n.en}: median of the last ${recent.n} sessions ${val.en}, ${pct(v.gap)} worse than ${v.reference.label.en.toLowerCase()} (${v.note.en})`,
            },
            metric: c.metric,
            value: recent.value.value,
            against: c.against,
            reference: { low: v.reference.low, high: v.reference.high },
            gap: v.gap,
            sessions: recent.n,
          },
        ],
      };
    }
    case 'anyOf': {
      const fired = c.of.map((x) => check(x, ctx, evidence)).filter((o) => o.ok);
      if (fired.length === 0) return NO;
      const sev = fired.map((o) => o.severity).filter((s): s is number => s !== undefined);
      return { ok: true, ...(sev.length ? { severity: Math.max(...sev) } : {}), numbers: fired.flatMap((o) => o.numbers) };
    }
    case 'threshold': {
      const recent = recentValue(history, c.metric, window);
      const x = recent.value.value;
      if (x === null || !(c.op === 'gt' ? x > c.value : x < c.value)) return NO;
      const val = both(c.metric, recent.value);
      return {
        ok: true,
        numbers: [{ text: { zh: `${name(c.metric).zh}：${val.zh}`, en: `${name(c.metric).en}: ${val.en}` }, metric: c.metric, value: x, sessions: recent.n }],
      };
    }
    case 'shopScoreBelow': {
      const s = score100(history.experienceScore);
      if (s === undefined || s >= c.below) return NO;
      // 20 points under the line counts as the worst case.
      return {
        ok: true,
        severity: Math.min(1, (c.below - s) / 20),
        numbers: [
          {
            text: { zh: `店铺体验分 ${s}（百分制），低于 ${c.below}`, en: `Experience score ${s} (of 100), under ${c.below}` },
            metric: 'experienceScore',
            value: s,
            reference: { low: c.below, high: c.below },
          },
        ],
      };
    }
    case 'itemsOpen': {
      const items = (ctx.items ?? CHECKLIST).filter((i) => i.pillar === c.pillar && i.stages.includes(stage));
      const open = items.filter((i) => !itemStatus(i.id, ctx.checklist ?? {}, evidence).done);
      const share = items.length ? open.length / items.length : 0;
      if (open.length === 0 || share < (c.minShare ?? 0)) return NO;
      return {
        ok: true,
        severity: share,
        firstOpen: open[0]?.id,
        numbers: [
          {
            text: {
              zh: `本阶段该支柱还有 ${open.length}/${items.length} 项未完成`,
              en: `${open.length} of ${items.length} items of this pillar are open at this stage`,
            },
            open: open.length,
            total: items.length,
            items: open.map((i) => i.id),
          },
        ],
      };
    }
    case 'itemNotDone': {
      if (itemStatus(c.item, ctx.checklist ?? {}, evidence).done) return NO;
      return { ok: true, numbers: [{ text: { zh: `清单项未完成：${c.item}`, en: `Checklist item open: ${c.item}` }, items: [c.item] }] };
    }
  }
}

/** Every rule that fires, best first. Ties keep the rules' order. */
export function nextActions(ctx: AdviceContext): NextAction[] {
  const evidence =
    ctx.evidence ??
    evaluateEvidence(ctx.items ?? CHECKLIST, ctx.history, bandsFor(ctx.stage, ctx.history.category, ctx.bands ?? BANDS), {
      ...(ctx.now !== undefined ? { now: ctx.now } : {}),
      ...(ctx.breakEvenRoi !== undefined ? { breakEvenRoi: ctx.breakEvenRoi } : {}),
    });
  const weights = STAGES[ctx.stage].weights;
  const out: NextAction[] = [];
  for (const rule of ctx.rules ?? ADVICE_RULES) {
    if (rule.stages && !rule.stages.includes(ctx.stage)) continue;
    const outcomes = rule.when.map((c) => check(c, ctx, evidence));
    if (outcomes.length === 0 || !outcomes.every((o) => o.ok)) continue;
    const sev = outcomes.map((o) => o.severity).filter((s): s is number => s !== undefined);
    // Boolean-only rules (an item not done) get a middling severity.
    const severity = sev.length ? Math.max(...sev) : 0.5;
    const advances = rule.advances ?? outcomes.find((o) => o.firstOpen)?.firstOpen;
    out.push({
      id: rule.id,
      pillar: rule.pillar,
      action: rule.action,
      why: rule.why,
      ...(advances ? { advances } : {}),
      severity,
      score: severity * weights[rule.pillar] * (rule.weight ?? 1),
      numbers: outcomes.flatMap((o) => o.numbers),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}
