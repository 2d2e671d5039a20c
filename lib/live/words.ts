/**
 * An alert as a sentence, in the panel's language, from the numbers stored with it: what is
 * shown is exactly what fired it (the numbers are formatted, never recomputed).
 */
import { liveT } from '../i18n/live';
import { formatValue } from '../format/number';
import { METRICS, metricName, type MetricId } from '../metrics/catalog';
import { short, type Lang } from '../i18n/lang';
import type { AlertRuleId } from './rules';

export interface AlertLike {
  rule: string;
  metric: MetricId;
  numbers: Record<string, number>;
}

const pct = (v: number | undefined) => `${Math.round((v ?? 0) * 100)}%`;

export function alertRuleName(rule: string, lang: Lang): string {
  return liveT(lang)(`alert.rule.${rule as AlertRuleId}`);
}

export function alertText(a: AlertLike, lang: Lang): string {
  const t = liveT(lang);
  const l = short(lang);
  const n = a.numbers;
  const v = (x: number | undefined, m: MetricId = a.metric) => formatValue(x ?? null, METRICS[m].unit, l);
  const metric = metricName(a.metric, l);
  switch (a.rule as AlertRuleId) {
    case 'viewersDrop':
      return t('alert.viewersDrop', { peak: v(n.peak), now: v(n.now), window: n.windowMin ?? '', pct: pct(n.dropPct) });
    case 'conversionFall':
      return t('alert.conversionFall', { metric, peak: v(n.peak), now: v(n.now), window: n.windowMin ?? '', pct: pct(n.dropPct) });
    case 'refundSpike':
      return a.metric === 'refundOrders'
        ? t('alert.refundSpike.orders', { orders: n.refundOrders ?? 0, window: n.windowMin ?? '' })
        : t('alert.refundSpike.amount', { refund: v(n.refund, 'refundAmount'), gmv: v(n.gmv, 'gmv'), window: n.windowMin ?? '' });
    case 'gmvFlat':
      return t('alert.gmvFlat', { minutes: n.flatMin ?? '', gmv: v(n.gmv) });
    case 'ownHistory':
      return t('alert.ownHistory', { metric, minute: n.minute ?? 0, now: v(n.now), q1: v(n.q1), median: v(n.median), n: n.sessions ?? 0 });
    case 'band':
      return t('alert.band', { metric, now: v(n.now), low: v(n.low), high: v(n.high) });
    default:
      return `${a.rule}: ${metric}`;
  }
}
