/**
 * The 复盘 draft's sentence rules: each a pure function of the session's numbers that returns
 * its sentences (zh and en) with the numbers it used (`from`), so every sentence can be traced.
 * No model, no network: templates over numbers StageLens already holds.
 *
 * Order is the draft's: overview; against the shop's own sessions; against the stage band; the
 * funnel step that leaks most; best and worst items; best and worst explanation segments;
 * alerts; then next actions, each made from a sentence above (its `from.because`).
 */
import { formatValue } from '../format/number';
import { METRICS, metricName, type MetricId } from '../metrics/catalog';
import { FUNNEL_STEPS } from '../view-model/funnel';
import { alertText } from '../live/words';
import { clock } from '../format/time';
import type { ReviewInput, Sentence, SentenceRule } from './types';

/** The metrics compared with the shop's own sessions and with the band (all better higher). */
export const REVIEW_METRICS: readonly MetricId[] = ['gmv', 'viewers', 'viewToPayRate', 'clickToPayRate', 'gpm', 'avgWatchSeconds', 'avgOnline'];
/** Own history is a verdict only from this many past sessions (lib/growth/baseline.ts OWN_MIN_SESSIONS). */
export const REVIEW_OWN_MIN = 3;
/** An item is "the best" when it made at least this share of the items' GMV (and was first alone). */
export const BEST_ITEM_SHARE = 0.4;
/** An item sold "next to nothing" under this share of the items' median GMV. */
export const WORST_ITEM_OF_MEDIAN = 0.1;
/** A segment stands out at twice the segments' median GMV per explained minute, falls behind under a quarter of it (3 segments at least). */
export const SEGMENT_BEST_X = 2;
export const SEGMENT_WORST_X = 0.25;
export const SEGMENT_MIN = 3;
/** Alerts listed by name in the draft (the rest are counted). */
export const ALERTS_LISTED = 3;

const zhv = (m: MetricId, v: number) => formatValue(v, METRICS[m].unit, 'zh');
const env = (m: MetricId, v: number) => formatValue(v, METRICS[m].unit, 'en');
const cny = (v: number, l: 'zh' | 'en') => formatValue(v, 'cny', l);
const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const s = (rule: SentenceRule, tone: Sentence['tone'], zh: string, en: string, from: Record<string, string>): Sentence => ({ rule, tone, zh, en, from });

type Rule = (i: ReviewInput) => Sentence[];

const overview: Rule = ({ values: v }) => {
  if (v.gmv === undefined && v.viewers === undefined) return [];
  const parts = (l: 'zh' | 'en') =>
    [
      v.gmv !== undefined ? (l === 'zh' ? `成交 ${zhv('gmv', v.gmv)}` : `GMV ${env('gmv', v.gmv)}`) : null,
      v.viewers !== undefined ? (l === 'zh' ? `观看 ${zhv('viewers', v.viewers)} 人` : `${env('viewers', v.viewers)} viewers`) : null,
      v.buyers !== undefined ? (l === 'zh' ? `成交 ${zhv('buyers', v.buyers)} 人` : `${env('buyers', v.buyers)} buyers`) : null,
    ]
      .filter(Boolean)
      .join(l === 'zh' ? '，' : ', ');
  const from: Record<string, string> = {};
  for (const m of ['gmv', 'viewers', 'buyers'] as const) if (v[m] !== undefined) from[m] = zhv(m, v[m]!);
  return [s('overview', 'info', `本场${parts('zh')}。`, `This session: ${parts('en')}.`, from)];
};

const own: Rule = ({ values, own: spread }) =>
  REVIEW_METRICS.flatMap((m) => {
    const v = values[m];
    const o = spread[m];
    if (v === undefined || !o || o.n < REVIEW_OWN_MIN) return [];
    const from = { [m]: zhv(m, v), median: zhv(m, o.median), q1: zhv(m, o.q1), q3: zhv(m, o.q3), sessions: String(o.n) };
    if (v > o.q3)
      return [
        s(
          'ownAbove',
          'good',
          `${metricName(m)} ${zhv(m, v)}，高于本店近 ${o.n} 场的上四分位 ${zhv(m, o.q3)}（中位数 ${zhv(m, o.median)}）。`,
          `${metricName(m, 'en')} ${env(m, v)} is above the upper quartile ${env(m, o.q3)} of this shop's last ${o.n} sessions (median ${env(m, o.median)}).`,
          from,
        ),
      ];
    if (v < o.q1)
      return [
        s(
          'ownBelow',
          'bad',
          `${metricName(m)} ${zhv(m, v)}，低于本店近 ${o.n} 场的下四分位 ${zhv(m, o.q1)}（中位数 ${zhv(m, o.median)}）。`,
          `${metricName(m, 'en')} ${env(m, v)} is below the lower quartile ${env(m, o.q1)} of this shop's last ${o.n} sessions (median ${env(m, o.median)}).`,
          from,
        ),
      ];
    return [];
  });

const band: Rule = ({ values, bands }) =>
  REVIEW_METRICS.flatMap((m) => {
    const v = values[m];
    const b = bands[m];
    if (v === undefined || !b) return [];
    const from = { [m]: zhv(m, v), low: zhv(m, b.low), high: zhv(m, b.high), band: b.id };
    if (v < b.low)
      return [
        s(
          'bandBelow',
          'bad',
          `${metricName(m)} ${zhv(m, v)}，低于当前阶段参考区间 ${zhv(m, b.low)}–${zhv(m, b.high)}。`,
          `${metricName(m, 'en')} ${env(m, v)} is under the stage band ${env(m, b.low)}–${env(m, b.high)}.`,
          from,
        ),
      ];
    if (v > b.high)
      return [
        s(
          'bandAbove',
          'good',
          `${metricName(m)} ${zhv(m, v)}，高于当前阶段参考区间 ${zhv(m, b.low)}–${zhv(m, b.high)}。`,
          `${metricName(m, 'en')} ${env(m, v)} is above the stage band ${env(m, b.low)}–${env(m, b.high)}.`,
          from,
        ),
      ];
    return [];
  });

const funnelLeak: Rule = ({ values }) => {
  const steps: Array<{ a: MetricId; b: MetricId; rate: number }> = [];
  for (let k = 1; k < FUNNEL_STEPS.length; k++) {
    const a = FUNNEL_STEPS[k - 1]!;
    const b = FUNNEL_STEPS[k]!;
    const va = values[a];
    const vb = values[b];
    if (va !== undefined && vb !== undefined && va > 0) steps.push({ a, b, rate: vb / va });
  }
  if (steps.length < 2) return [];
  const worst = steps.reduce((x, y) => (y.rate < x.rate ? y : x));
  const { a, b, rate } = worst;
  return [
    s(
      'funnelLeak',
      'bad',
      `漏斗中流失最多的一步是「${metricName(a)} → ${metricName(b)}」：${zhv(a, values[a]!)} → ${zhv(b, values[b]!)}，只留下 ${pct(rate)}。`,
      `The funnel leaks most from ${metricName(a, 'en')} to ${metricName(b, 'en')}: ${env(a, values[a]!)} → ${env(b, values[b]!)}, only ${pct(rate)} carried on.`,
      { step: `${a}→${b}`, [a]: zhv(a, values[a]!), [b]: zhv(b, values[b]!), rate: pct(rate) },
    ),
  ];
};

const items: Rule = ({ items: list }) => {
  if (list.length < 2) return [];
  const total = list.reduce((x, i) => x + i.gmv, 0);
  const sorted = [...list].sort((a, b) => b.gmv - a.gmv);
  const out: Sentence[] = [];
  const top = sorted[0]!;
  if (total > 0 && top.gmv / total >= BEST_ITEM_SHARE && top.gmv > sorted[1]!.gmv) {
    out.push(
      s(
        'bestItem',
        'good',
        `卖得最好的是「${top.title}」：${cny(top.gmv, 'zh')}，占商品成交的 ${pct(top.gmv / total)}。`,
        `Best seller: “${top.title}”, ${cny(top.gmv, 'en')}, ${pct(top.gmv / total)} of the items' GMV.`,
        { item: top.title, gmv: cny(top.gmv, 'zh'), share: pct(top.gmv / total) },
      ),
    );
  }
  const med = median(list.map((i) => i.gmv));
  const low = sorted[sorted.length - 1]!;
  if (list.length >= 3 && med > 0 && low.gmv < med * WORST_ITEM_OF_MEDIAN) {
    out.push(
      s(
        'worstItem',
        'bad',
        `「${low.title}」几乎没有成交：${cny(low.gmv, 'zh')}，商品成交中位数为 ${cny(med, 'zh')}。`,
        `“${low.title}” sold next to nothing: ${cny(low.gmv, 'en')}, against the items' median ${cny(med, 'en')}.`,
        { item: low.title, gmv: cny(low.gmv, 'zh'), median: cny(med, 'zh') },
      ),
    );
  }
  return out;
};

const segments: Rule = ({ segments: list }) => {
  const rated = list.filter((g) => g.minutes > 0).map((g) => ({ ...g, perMin: g.gmv / g.minutes }));
  if (rated.length < SEGMENT_MIN) return [];
  const med = median(rated.map((g) => g.perMin));
  if (med <= 0) return [];
  const best = rated.reduce((x, y) => (y.perMin > x.perMin ? y : x));
  const worst = rated.reduce((x, y) => (y.perMin < x.perMin ? y : x));
  const out: Sentence[] = [];
  const from = (g: typeof best) => ({
    segment: g.title,
    minutes: String(Math.round(g.minutes * 10) / 10),
    gmv: cny(g.gmv, 'zh'),
    perMinute: cny(g.perMin, 'zh'),
    median: cny(med, 'zh'),
  });
  if (best.perMin >= med * SEGMENT_BEST_X) {
    out.push(
      s(
        'bestSegment',
        'good',
        `讲解「${best.title}」的 ${from(best).minutes} 分钟最有效：每分钟成交 ${cny(best.perMin, 'zh')}，是各段中位数 ${cny(med, 'zh')} 的 ${Math.round((best.perMin / med) * 10) / 10} 倍。`,
        `Explaining “${best.title}” for ${from(best).minutes} min worked best: ${cny(best.perMin, 'en')} per minute, ${Math.round((best.perMin / med) * 10) / 10}× the segments' median ${cny(med, 'en')}.`,
        from(best),
      ),
    );
  }
  if (worst.perMin <= med * SEGMENT_WORST_X) {
    out.push(
      s(
        'worstSegment',
        'bad',
        `讲解「${worst.title}」的 ${from(worst).minutes} 分钟效果最差：每分钟成交 ${cny(worst.perMin, 'zh')}，各段中位数 ${cny(med, 'zh')}。`,
        `Explaining “${worst.title}” for ${from(worst).minutes} min did least: ${cny(worst.perMin, 'en')} per minute, against the segments' median ${cny(med, 'en')}.`,
        from(worst),
      ),
    );
  }
  return out;
};

const alerts: Rule = ({ alerts: list }) => {
  if (!list.length) return [];
  const shown = list.slice(0, ALERTS_LISTED);
  const more = list.length - shown.length;
  const zh = shown.map((a) => `${clock(a.firedAt)} ${alertText(a, 'zh-CN')}`).join('；');
  const en = shown.map((a) => `${clock(a.firedAt)} ${alertText(a, 'en')}`).join('; ');
  return [
    s(
      'alerts',
      'bad',
      `直播中触发 ${list.length} 条提醒：${zh}${more ? `；另有 ${more} 条` : ''}。`,
      `${list.length} live alert${list.length > 1 ? 's' : ''}: ${en}${more ? `; ${more} more` : ''}.`,
      { alerts: String(list.length), rules: [...new Set(list.map((a) => a.rule))].join(',') },
    ),
  ];
};

/** What to do next, by what a sentence found: one action per cause, naming it. */
const ACTIONS: Partial<Record<string, { zh: string; en: string }>> = {
  'funnelLeak:impressionsUv→viewers': {
    zh: '提高进房：优化封面、标题和开场 30 秒的留人话术。',
    en: 'Get more of the impressions into the room: cover, title and the first 30 seconds.',
  },
  'funnelLeak:viewers→productImpressionsUv': {
    zh: '让更多观众看到商品：多讲品、多弹商品卡，缩短闲聊。',
    en: 'Show products to more viewers: explain more items, pop the product card more often, less idle talk.',
  },
  'funnelLeak:productImpressionsUv→productClicksUv': {
    zh: '提高点击：检查主图和价格展示，口播引导点击购物车。',
    en: 'Earn more clicks: check the main images and how the price is shown; ask viewers to tap the cart.',
  },
  'funnelLeak:productClicksUv→buyers': {
    zh: '提高点击后的成交：核对价格、库存和优惠，准备逼单话术。',
    en: 'Convert more clicks: check price, stock and offers; prepare closing lines.',
  },
  'alert:viewersDrop': {
    zh: '在线骤降的时段复看回放，准备福袋或互动在下滑时承接。',
    en: 'Rewatch the minutes viewers dropped; have a lucky bag or interaction ready for such dips.',
  },
  'alert:conversionFall': { zh: '转化下滑的时段复看讲品与价格说明。', en: 'Rewatch how items and prices were explained when conversion fell.' },
  'alert:refundSpike': {
    zh: '核对退款集中时段成交的商品与话术，避免过度承诺。',
    en: 'Check which items and claims the refunds cluster on; avoid over-promising.',
  },
  'alert:gmvFlat': { zh: '成交停滞时提前排好换品、上链接和逼单节奏。', en: 'Plan product switches, new links and closing pushes for when sales stall.' },
  'alert:ownHistory': { zh: '和本店同一时段表现更好的场次对比排品与节奏。', en: 'Compare item order and pace with your better sessions at the same minute.' },
  'alert:band': { zh: '转化低于阶段参考区间：先从价格与话术入手。', en: 'Conversion below the stage band: start with price and pitch.' },
  worstItem: {
    zh: '几乎没有成交的商品：缩短讲解或调整排品位置。',
    en: 'For the item that sold next to nothing: shorten its explanation or move it in the run order.',
  },
  worstSegment: {
    zh: '效果最差的讲解段：复看回放，改进讲解或换到更合适的时段。',
    en: 'Rewatch the weakest explanation and rework it, or move it to a better slot.',
  },
};

function actions(found: Sentence[], input: ReviewInput): Sentence[] {
  const keys: Array<{ key: string; because: string }> = [];
  for (const f of found) {
    if (f.rule === 'funnelLeak') keys.push({ key: `funnelLeak:${f.from.step}`, because: `funnelLeak ${f.from.step}` });
    if (f.rule === 'worstItem') keys.push({ key: 'worstItem', because: `worstItem ${f.from.item}` });
    if (f.rule === 'worstSegment') keys.push({ key: 'worstSegment', because: `worstSegment ${f.from.segment}` });
  }
  for (const r of new Set(input.alerts.map((a) => a.rule))) keys.push({ key: `alert:${r}`, because: `alert ${r}` });
  return keys.flatMap(({ key, because }) => {
    const a = ACTIONS[key];
    return a ? [s('action', 'action', a.zh, a.en, { because })] : [];
  });
}

const RULES: Rule[] = [overview, own, band, funnelLeak, items, segments, alerts];

/** The draft's sentences, in order, each with the numbers it came from. */
export function reviewSentences(input: ReviewInput): Sentence[] {
  const found = RULES.flatMap((r) => r(input));
  return [...found, ...actions(found, input)];
}
