import { cleanText } from '../parse/text';
import { METRIC_CORE } from '../metrics/core';

/** Normalise label text so the same label matches across pages: no spaces, ASCII brackets and
 *  colons, no trailing colon or help marker. */
export function normaliseLabel(raw: string): string {
  if (!MAY_CHANGE.test(raw)) return raw; // most labels are already in normal form
  let s = raw.replace(SPACES, '');
  if (WIDE.test(s)) s = cleanText(s); // the parser's folding, for the rare full-width text
  return s
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[:：?？ⓘ*]+$/u, '');
}
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const WIDE = /[\uff01-\uff5e\u2212\u301c\uffe5]/;
/** Any character normaliseLabel may remove or replace: a space (SPACES), a full-width form
 *  (WIDE, which holds （ ） ： ？ too) or a trailing marker. Without one, the text is returned as is. */
const MAY_CHANGE = /[\s\u200b-\u200d\u2060\ufeff\uff01-\uff5e\u2212\u301c\uffe5:?ⓘ*]/;

export const COMPARE_RE =
  /^(较上一?周期|较上期|较上一?场同时段|较上一?场|相比上一?周期|相比上期|上一?周期|较前一?[日天周月]|较前\d+[日天]|较昨日|较昨天|较上周期?|较上月|环比|同比|昨日同时段|昨日|昨天|对比上期|vs\.?上期)/;
export const BENCHMARK_RE = /(同行同级|同行同层|同行顶尖|同行基准|账号中位|行业均值|行业平均|优秀值|中位值|超过同行)/;

/** Short text that reads like a metric label (for the inspector's "unknown labels"). */
export function looksLikeLabel(s: string): boolean {
  if (s.length < 2 || s.length > 24) return false;
  if (!/[\u4e00-\u9fff]/.test(s)) return /^(GPM|GMV|ROI|UV|PV|CTR|CVR)/i.test(s);
  if (COMPARE_RE.test(s) || BENCHMARK_RE.test(s) || isUnitText(s)) return false;
  // a pager's total (共46条, 共 5 条记录) or a product title with a size (吊坠12mm, 龙井250g) is not a label
  if (/^共\d+[条项个]/.test(s) || /\d+(?:mm|cm|ml|mL|g|kg|L|寸|件套)/.test(s)) return false;
  return /^[\u4e00-\u9fffA-Za-z0-9()\-·/_%（）]+$/.test(s) && !/^\d/.test(s);
}

/** `(元)`, `单位：元`, `人`, `次`: a unit next to a value, not a label of its own. */
export function isUnitText(s: string): boolean {
  return /^[(（]?(?:单位[:：]?)?(?:元|万元|万|亿|人|人次|次|个|件|单|笔|秒|分钟|分|小时|%)[)）]?$/.test(s);
}

/** What an exact (normalised) text means to the reader. */
export interface Entry {
  /** the label as the adapter spells it */
  label: string;
  metric?: import('../metrics/catalog').MetricId;
  /** a label that only counts inside a block headed by one of `headings` */
  scoped?: boolean;
  heading?: boolean;
  period?: boolean;
  field?: 'shopId' | 'shopName' | 'title';
  /** the start of a label split over several text nodes */
  prefix?: boolean;
  /** a "no data" token (暂无数据): a value, shown as missing */
  missing?: boolean;
  /** a label that names its own period (近30日成交金额): that period, as shown */
  labelPeriod?: string;
}

/** The forms one label takes on pages without normalising each text: a trailing colon, full-
 *  or half-width brackets. Anything else goes through normaliseLabel on a miss. */
function variants(label: string): string[] {
  const full = label.replace(/\(/g, '（').replace(/\)/g, '）');
  const out = new Set([label, full]);
  for (const v of [label, full]) {
    out.add(`${v}:`);
    out.add(`${v}：`);
  }
  return [...out];
}

export interface LookupInput {
  aliases: Record<string, import('../metrics/catalog').MetricId>;
  scoped?: Record<string, import('../metrics/catalog').MetricId>;
  headings?: string[];
  periods?: string[];
  /** period words that may stand in front of a label (今日, 近30日): see labelPeriod */
  periodPrefixes?: string[];
  fields?: Partial<Record<'shopId' | 'shopName' | 'title', string[]>>;
  missing?: string[];
}

/** One map from exact text to meaning, so the pass over the page costs one look-up per text. */
export function buildLookup(input: LookupInput): Map<string, Entry> {
  const map = new Map<string, Entry>();
  const put = (key: string, label: string, patch: Partial<Entry>) => {
    for (const k of variants(key)) {
      const e = map.get(k) ?? { label };
      Object.assign(e, patch);
      map.set(k, e);
    }
  };
  for (const [k, m] of Object.entries(input.aliases)) put(normaliseLabel(k), normaliseLabel(k), { metric: m });
  for (const [k, m] of Object.entries(input.scoped ?? {})) {
    const key = normaliseLabel(k);
    if (!map.get(key)?.metric) put(key, key, { metric: m, scoped: true });
  }
  for (const h of input.headings ?? []) put(normaliseLabel(h), normaliseLabel(h), { heading: true });
  for (const p of input.periods ?? []) {
    const key = normaliseLabel(p);
    const e = map.get(key) ?? { label: key };
    map.set(key, Object.assign(e, { period: true }));
  }
  for (const [field, labels] of Object.entries(input.fields ?? {}) as Array<[Entry['field'], string[]]>) {
    for (const l of labels) put(normaliseLabel(l), normaliseLabel(l), { field });
  }
  for (const m of input.missing ?? []) {
    const e = map.get(m) ?? { label: m };
    map.set(m, Object.assign(e, { missing: true }));
  }
  // A money label with its unit (账户整体消耗(元), 成交金额（元）) is the same label: the unit
  // says nothing the metric does not. (万元) is not here: it scales the value.
  for (const [k, m] of Object.entries(input.aliases)) {
    const key = normaliseLabel(k);
    if (METRIC_CORE[m]?.unit === 'cny' && !key.endsWith(')') && !map.get(`${key}(元)`)?.metric) put(`${key}(元)`, `${key}(元)`, { metric: m });
  }
  // A label with a period in front (近30日成交金额, 今日用户支付金额) is the metric over that
  // period, which may not be the page's selected one: the reading says which.
  for (const [k, m] of Object.entries(input.aliases)) {
    const key = normaliseLabel(k);
    for (const p of input.periodPrefixes ?? []) {
      const pk = normaliseLabel(p) + key;
      if (!key.startsWith(normaliseLabel(p)) && !map.get(pk)?.metric) put(pk, pk, { metric: m, labelPeriod: normaliseLabel(p) });
    }
  }
  // Prefixes of labels and period words (2+ characters of a label, 1+ of a period word: 近 | 7日),
  // for labels drawn as <b>直播间</b><b>观看人数</b>.
  for (const [k, e] of [...map]) {
    // (not of a label with a period in front: those are only ever read as one text)
    if (!(e.metric || e.period) || k !== e.label || e.labelPeriod) continue;
    for (let i = e.metric ? 2 : 1; i < k.length; i++) {
      const p = k.slice(0, i);
      const have = map.get(p);
      if (have) have.prefix = true;
      else map.set(p, { label: p, prefix: true });
    }
  }
  return map;
}
