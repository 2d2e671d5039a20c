/**
 * The one reader the content script, the `extract` CLI and the tests all run: page DOM + URL +
 * adapter → PageCapture. Never throws into the host page (the caller wraps it); returns what it
 * read, what the adapter expected but missed, and metric-looking labels it does not know.
 *
 * Cost: one text pass over the page (index-text.ts), then work around each label only: its
 * ancestors up to the card, the card's own text, and the tables whose headers are labels.
 */
import type { PageCapture, PageRead, Reading, Missed, UnknownLabel, SessionRef, ShopRef, Held } from '../capture/types';
import { BusyFacts, busyWithin } from './busy';
import { inChoice, inItemRow } from './item-row';
import { METRIC_CORE as METRICS, type MetricId } from '../metrics/core';
import type { PlatformAdapter, PageKind } from '../platforms/types';
import { findTimeRange } from '../parse/timerange';
import { indexPage, readsAsNumber, type LabelHit, type PageIndex } from './index-text';
import { cardItems, findCard, readCard, titleAndValueRows } from './card';
import { readTables } from './table';
import { derive } from './derive';
import { doubtOf, settleDoubts } from './doubt';
import { parseText } from '../parse/text';
import { buildLookup, looksLikeLabel, normaliseLabel, type Entry } from './labels';
import { DEFAULT_SHADOW_HOSTS, DomFacts, parentOf } from './walk';

export interface ExtractOptions {
  /** user label mappings (label → metric), applied on top of the adapter's aliases */
  overrides?: Record<string, MetricId>;
  now?: number;
}

/** The capture as sent: without what the reader held back (the loop's settle step decides on those). */
export function withoutHeld(read: PageRead): PageCapture {
  const { held: _held, ...capture } = read;
  return capture;
}

export function pageKindOf(adapter: PlatformAdapter, url: URL): PageKind | null {
  const target = url.pathname + url.search + url.hash;
  return adapter.pages.find((p) => p.path.test(target)) ?? null;
}

const SESSION_TITLE_LABELS = ['直播标题', '直播间标题', '场次标题', '直播主题'];
const MISSING_WORDS = ['暂无数据', '暂无', '无数据', 'N/A', 'n/a', 'NaN'];
const ACTIVE = /(?:^|[\s_-])(?:active|selected|checked|current)(?:$|[\s_-])|(?:active|selected|checked|current)-[A-Za-z0-9_]{4,}|(?:Active|Selected|Checked|Current)(?:$|[\s_-])/;
/** How far above a card the heading of a scoped label (微信小店 体验分 → 商品) may sit. */
const HEADING_REACH = 3;
/** Number candidates scanned around a label before giving up on finding its card. */
const SCAN_LIMIT = 400;
/** How many levels above its card a label's block is checked for a second candidate value. */
const TERRITORY = 2;
const OUTER_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'TABLE', 'TBODY', 'THEAD', 'TR']);

const lookups = new WeakMap<PlatformAdapter, { key: string; map: Map<string, Entry> }>();

/** The adapter's label table, built once per adapter (and per set of user overrides). */
function lookupFor(adapter: PlatformAdapter, overrides: Record<string, MetricId>): Map<string, Entry> {
  const key = JSON.stringify(overrides);
  const cached = lookups.get(adapter);
  if (cached && cached.key === key) return cached.map;
  const map = buildLookup({
    aliases: { ...adapter.aliases, ...overrides },
    scoped: Object.assign({}, ...(adapter.scopedAliases ?? []).map((s) => s.aliases)),
    headings: (adapter.scopedAliases ?? []).flatMap((s) => s.headings),
    periods: adapter.periods,
    periodPrefixes: adapter.periods.filter((p) => p !== '自定义'),
    fields: { shopId: adapter.shopIdLabels ?? [], shopName: adapter.shopNameLabels ?? [], title: SESSION_TITLE_LABELS },
    missing: MISSING_WORDS,
  });
  lookups.set(adapter, { key, map });
  return map;
}

const isActive = (el: Element): boolean => {
  const cls = el.getAttribute('class');
  return (cls !== null && ACTIVE.test(cls)) || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-current') === 'true';
};

/** Periods a label may name that mean "now" on a page that shows no period (a big screen). */
const CURRENT_PERIODS = new Set(['今日', '今日实时', '实时']);

/** Which of two readings of one metric over different periods is the page's: the one whose
 *  label names no period, then the page's selected period, then the current day. */
function periodRank(r: Reading, pagePeriod: string | null): number {
  if (r.period === undefined || r.period === pagePeriod) return 0;
  return pagePeriod === null && CURRENT_PERIODS.has(r.period) ? 1 : 2;
}

/** Step of the last digit a figure is shown to: 133.28万 → 100, 1,332,801 → 1, 3.4% → 0.001. */
function shownStep(text: string): number {
  const p = parseText(text);
  if (p.kind !== 'number') return 0;
  const num = /[\d,]+(?:\.(\d+))?/.exec(text.replace(/\s/g, ''));
  const decimals = num?.[1]?.length ?? 0;
  const scale = p.magnitude ? ({ 万: 1e4, w: 1e4, W: 1e4, 亿: 1e8, k: 1e3, K: 1e3, 千: 1e3 } as Record<string, number>)[p.magnitude] ?? 1 : p.as === 'percent' ? 0.01 : 1;
  return 10 ** -decimals * scale;
}

/** Two readings of one metric that show the same figure to their precision (133.28万 and
 *  1332801): the finer of the two; null when they differ. */
function sameShown(a: Reading, b: Reading): Reading | null {
  if (a.value === b.value) return a;
  if (a.value === null || b.value === null) return null;
  const sa = shownStep(a.text), sb = shownStep(b.text);
  if (!sa || !sb) return null;
  return Math.abs(a.value - b.value) <= Math.max(sa, sb) / 2 + 1e-9 ? (sa <= sb ? a : b) : null;
}

/** How far above a period word its tab element may sit (the text is often split into spans). */
const TAB_REACH = 4;

/**
 * The selected period, as the page shows it, in three steps:
 *  1. a tab marked selected by class or ARIA (`ecom-tabs-tab-active`, aria-selected);
 *  2. a tab set that shows the selection only by colour (快手): among three or more tabs, the one
 *     whose computed colour and background differ from all the others, which all look alike;
 *  3. a single period word on the page (a dropdown trigger showing its value).
 * `undecided` when several choices are shown and none of these tells which one is selected.
 */
function selectedPeriod(idx: PageIndex, facts: DomFacts): { period: string | null; undecided: boolean } {
  const shown = idx.periods.filter((p) => !facts.isHidden(p.node));
  for (const p of shown) {
    for (let e = parentOf(p.node), d = 0; e && d < TAB_REACH; e = parentOf(e), d++) if (isActive(e)) return { period: p.text, undecided: false };
  }
  if (shown.length === 1) return { period: shown[0]!.text, undecided: false };
  const distinct = new Set(shown.map((p) => p.text));
  if (distinct.size < 2) return { period: shown[0]?.text ?? null, undecided: false };
  const byColour = selectedByColour(shown.map((p) => p.node));
  return byColour >= 0 ? { period: shown[byColour]!.text, undecided: false } : { period: null, undecided: true };
}

/** Index of the one tab that looks different (colour + background of the tab or its text's
 *  parents), when there are at least three and all the others look the same; else -1. */
function selectedByColour(nodes: Text[]): number {
  if (nodes.length < 3) return -1;
  const view = nodes[0]!.ownerDocument?.defaultView;
  if (!view?.getComputedStyle) return -1;
  const looks = nodes.map((n) => {
    let s = '';
    for (let e = parentOf(n), d = 0; e && d < TAB_REACH; e = parentOf(e), d++) {
      const cs = view.getComputedStyle(e);
      s += `${cs.color}/${cs.backgroundColor};`;
    }
    return s;
  });
  const counts = new Map<string, number>();
  for (const l of looks) counts.set(l, (counts.get(l) ?? 0) + 1);
  if (counts.size !== 2) return -1;
  const odd = looks.findIndex((l) => counts.get(l) === 1);
  return odd >= 0 && counts.get(looks[odd === 0 ? 1 : 0]!) === nodes.length - 1 ? odd : -1;
}

function param(url: URL, names: string[] = []): string | undefined {
  for (const n of names) {
    const v = url.searchParams.get(n) ?? new URLSearchParams(url.hash.split('?')[1] ?? '').get(n);
    if (v) return v;
  }
  return undefined;
}

/** The label's own element: the widest (≤ 3 levels) whose text is just the label. */
function labelElement(hit: LabelHit): Node | null {
  const first = hit.nodes[0]!;
  const last = hit.nodes[hit.nodes.length - 1]!;
  let el: Node | null = hit.nodes.length === 1 ? first : null;
  for (let up = parentOf(first), d = 0; up && d < 3; up = parentOf(up), d++) {
    if (up.childElementCount > 6) break;
    if (!up.contains(last)) continue;
    if (normaliseLabel(up.textContent ?? '') !== hit.text) break;
    el = up;
  }
  return el;
}

interface Eligible {
  hit: LabelHit;
  el: Node;
}

export function extractPage(root: Document | Element, href: string, adapter: PlatformAdapter, opts: ExtractOptions = {}): PageRead {
  const url = new URL(href);
  const kind = pageKindOf(adapter, url);
  const lookup = lookupFor(adapter, opts.overrides ?? {});
  const hints = adapter.labelHints ?? {};
  const idx = indexPage(root, lookup, { shadowHosts: [...new Set([...DEFAULT_SHADOW_HOSTS, ...(adapter.shadowHosts ?? [])])].join(','), fields: true, times: Boolean(kind?.sessionParams?.length) });
  const facts = new DomFacts();
  const readings: Reading[] = [];
  const missed: Missed[] = [];
  const unknown: UnknownLabel[] = [];
  const held: Held[] = [];
  const busy = new BusyFacts();
  const used = new Set<Text>();

  // Labels: hidden ones dropped; header cells name table columns; the rest anchor cards.
  const headerTables: Element[] = [];
  const eligible: Eligible[][] = idx.roots.map(() => []);
  for (const raw of idx.labels) {
    let hit: LabelHit | undefined = raw;
    let el = labelElement(hit);
    if (!el && hit.fallback) {
      hit = hit.fallback;
      el = labelElement(hit);
    }
    if (!el || facts.isHidden(hit.nodes[0]!) || inItemRow(hit.nodes[0]!) || inChoice(hit.nodes[0]!)) continue;
    const cell = facts.cellOf(hit.nodes[0]!);
    if (cell) {
      if (cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader') {
        const t = cell.closest('table');
        if (t && !headerTables.includes(t)) headerTables.push(t);
      }
      continue;
    }
    eligible[hit.seg]!.push({ hit, el });
  }

  // A number candidate counts for card-finding when it reads as a number, is shown, and is not
  // in a table cell. Decided lazily, once (0 = not yet, 1 = yes, 2 = no).
  const nums = idx.numbers;
  const validity = new Uint8Array(nums.node.length);
  const isValid = (i: number): boolean => {
    if (validity[i] === 0) {
      const t = nums.text[i]!;
      const ok = readsAsNumber(t) !== null && !facts.isHidden(nums.node[i]!) && !facts.cellOf(nums.node[i]!);
      validity[i] = ok ? 1 : 2;
    }
    return validity[i] === 1;
  };

  /** A scoped label (微信小店 商品 under 我的体验分) counts when the nearest block above its card
   *  that holds a heading holds no other metric label but the heading's own: the score block,
   *  not the whole page a menu item 商品 sits in. */
  const underHeading = (card: Element, seg: number, list: Eligible[]): boolean => {
    for (let a: Element | null = card, d = 0; a && d <= HEADING_REACH; a = a.parentElement, d++) {
      const heads = idx.headings.filter((h) => h.seg === seg && a!.contains(h.node));
      if (!heads.length) continue;
      return !list.some((l) => !l.hit.scoped && !heads.some((h) => l.hit.nodes.includes(h.node)) && a!.contains(l.hit.nodes[0]!));
    }
    return false;
  };

  const { period, undecided } = selectedPeriod(idx, facts);

  // Cards, anchored on labels. The same metric may be shown twice (a summary and a card): kept
  // once when both agree, dropped as unreadable when they differ.
  const byMetric = new Map<MetricId, Reading>();
  const conflicted = new Set<MetricId>();
  /** readings whose 万 may not scale (./doubt.ts): settled against the page's other numbers */
  const doubts = new Map<Reading, [number, number]>();
  eligible.forEach((list, seg) => {
    list.forEach(({ hit, el }, p) => {
      const before = list[p - 1], after = list[p + 1];
      const hasOtherLabel = (a: Element) => (before !== undefined && a.contains(before.el)) || (after !== undefined && a.contains(after.el));
      let fwd = hit.numPos, back = hit.numPos - 1, scanned = 0, found = false;
      const hasNumber = (a: Element): boolean => {
        if (found) return true;
        for (; fwd < nums.node.length && scanned < SCAN_LIMIT; fwd++, scanned++) {
          const node = nums.node[fwd]!;
          if (nums.seg[fwd] !== seg || !a.contains(node)) break;
          if (!el.contains(node) && isValid(fwd)) return (found = true);
        }
        for (; back >= 0 && scanned < SCAN_LIMIT; back--, scanned++) {
          const node = nums.node[back]!;
          if (nums.seg[back] !== seg || !a.contains(node)) break;
          if (!el.contains(node) && isValid(back)) return (found = true);
        }
        return false;
      };
      // A value under a loader, or no value yet beside a loader: wait for it.
      const loading = busy.of(hit.nodes[0]!);
      if (loading) {
        held.push({ metric: hit.metric, scope: 'page', label: hit.text, why: loading });
        return;
      }
      let card = findCard(el, hasOtherLabel, hasNumber);
      let rows: Element[] | undefined;
      // A title row whose value row follows (抖店 体验分): the title row and the rows after it,
      // up to the next label. Also looked at when the card has a number of its own (below).
      const split = titleAndValueRows(el, hasOtherLabel, hasNumber, 10, card ?? undefined);
      if (!card) {
        if (!split) return;
        [card, rows] = split;
      }
      if (hit.scoped && !underHeading(card, seg, list)) return;
      const inside = rows ? rows.map(busyWithin).find(Boolean) : busyWithin(card);
      if (inside) {
        held.push({ metric: hit.metric, scope: 'page', label: hit.text, why: inside });
        return;
      }
      const items = cardItems(card, lookup, facts, rows);
      const label = items?.find((it) => it.nodes.includes(hit!.nodes[0]!) || it.el.contains(hit!.nodes[0]!));
      const metric = hit.metric;
      if (!items || !label) {
        missed.push({ metric, scope: 'page', reason: 'unreadable', label: hit.text });
        return;
      }
      let res = readCard(items, label, card, metric, hints[hit.text]);
      // The nearest block with a number may be the label's own title row (a badge or a stray
      // number next to the label). Look at the wider block the label still owns alone, up to
      // TERRITORY levels: if it holds another candidate for the value, the card is ambiguous.
      // A card with a value whose following rows hold another candidate (a badge in a title row
      // and the value row below it): ambiguous. Only the value is weighed: a change or a
      // benchmark in those rows may be the next card's.
      if (res.ok && !rows && split) {
        const sItems = cardItems(split[0], lookup, facts, split[1]);
        const sLabel = sItems?.find((it) => it.nodes.includes(hit!.nodes[0]!) || it.el.contains(hit!.nodes[0]!));
        const sRes = sItems && sLabel ? readCard(sItems, sLabel, split[0], metric, hints[hit.text]) : null;
        if (!sRes || !sRes.ok || sRes.value !== res.value || sRes.text !== res.text) res = { ok: false, reason: 'unreadable', text: sRes?.ok ? `${res.text} | ${sRes.text}` : (sRes?.text ?? res.text), why: 'several numbers could be the value', used: [], others: res.others };
      }
      if (res.ok && !rows) {
        let wide: Element = card;
        for (let a = card.parentElement, d = 0; a && d < TERRITORY && a !== root && !OUTER_TAGS.has(a.tagName) && !hasOtherLabel(a); a = a.parentElement, d++) wide = a;
        if (wide !== card) {
          const wItems = cardItems(wide, lookup, facts);
          const wLabel = wItems?.find((it) => it.nodes.includes(hit!.nodes[0]!) || it.el.contains(hit!.nodes[0]!));
          const wRes = wItems && wLabel ? readCard(wItems, wLabel, wide, metric, hints[hit.text]) : null;
          if (!wRes || !wRes.ok) res = { ok: false, reason: 'unreadable', text: wRes?.text ?? res.text, why: wRes?.why ?? 'card too large', used: [], others: res.others };
          else if (wRes.value === res.value && wRes.text === res.text) res = wRes;
          else res = { ok: false, reason: 'unreadable', text: `${res.text} | ${wRes.text}`, why: 'several numbers could be the value', used: [], others: res.others };
        }
      }
      for (const n of res.used) used.add(n);
      // A value under a loader or a rolling counter is not the page's settled value yet.
      const why = res.ok ? (res.used.map((n) => busy.of(n)).find(Boolean) ?? null) : null;
      if (why) {
        held.push({ metric: hit.metric, scope: 'page', label: hit.text, why });
        return;
      }
      for (const o of res.others) {
        if (unknown.length < 50 && !unknown.some((u) => u.label === o.label)) unknown.push({ label: o.label, text: o.text, scope: 'page' });
      }
      if (!res.ok) {
        if (res.reason === 'unreadable') {
          missed.push({ metric, scope: 'page', reason: 'unreadable', label: hit.text, ...(res.text ? { text: res.text.slice(0, 80) } : {}) });
          // The page shows this metric somewhere we cannot read: a reading of it elsewhere may
          // be a badge beside a heading while the real card is the unreadable one. Keep none.
          const prior = byMetric.get(metric);
          if (prior && !conflicted.has(metric) && periodRank(prior, period) === 0) readings.splice(readings.indexOf(prior), 1);
          if (!hit.period || hit.period === period) conflicted.add(metric);
        }
        return;
      }
      const r: Reading = { metric, label: hit.text, text: res.text, value: res.value, unit: METRICS[metric].unit, scope: 'page', source: 'observed' };
      if (res.qualifier) r.qualifier = res.qualifier;
      if (hit.period) r.period = hit.period;
      if (res.compare) r.compare = res.compare;
      if (res.benchmarks) r.benchmarks = res.benchmarks;
      if (conflicted.has(metric)) return;
      const prior = byMetric.get(metric);
      if (prior) {
        // The same metric over two periods (今日… and 本月… on one screen): the page's own
        // period wins; the other is listed for the inspector, not stored as this metric.
        const rp = periodRank(r, period), pp = periodRank(prior, period);
        if (rp !== pp) {
          const [keep, drop] = rp < pp ? [r, prior] : [prior, r];
          if (keep === r) {
            readings.splice(readings.indexOf(prior), 1, r);
            byMetric.set(metric, r);
            doubts.delete(prior);
            const doubt = r.value === null ? null : doubtOf(r.text, parseText(r.text), r.value);
            if (doubt) doubts.set(r, doubt);
          }
          if (unknown.length < 50) unknown.push({ label: drop.label, text: drop.text, scope: 'page' });
          return;
        }
        const same = sameShown(prior, r);
        if (same === null || prior.qualifier !== r.qualifier) {
          readings.splice(readings.indexOf(prior), 1);
          conflicted.add(metric);
          missed.push({ metric, scope: 'page', reason: 'unreadable', label: hit.text, text: `${prior.text} | ${r.text}` });
        } else {
          // the same figure shown twice (133.28万 on a card, 1332801 on another): the finer
          // text, with the change and benchmarks either card shows
          const [keep, other] = same === r ? [r, prior] : [prior, r];
          if (!keep.compare && other.compare) keep.compare = other.compare;
          if (!keep.benchmarks && other.benchmarks) keep.benchmarks = other.benchmarks;
          if (keep === r) {
            readings.splice(readings.indexOf(prior), 1, r);
            byMetric.set(metric, r);
          }
        }
        return;
      }
      byMetric.set(metric, r);
      readings.push(r);
      const doubt = r.value === null ? null : doubtOf(r.text, parseText(r.text), r.value);
      if (doubt) doubts.set(r, doubt);
    });
  });

  const tables = readTables(headerTables, {
    aliases: (h) => lookup.get(h)?.metric,
    labelHints: hints,
    rowKeyHeaders: adapter.rowKeyHeaders ?? [],
    titleHeaders: adapter.titleHeaders ?? [],
    timeHeaders: adapter.timeHeaders ?? [],
    facts,
    busy,
  });
  held.push(...tables.held);
  readings.push(...tables.readings);
  missed.push(...tables.missed);
  unknown.push(...tables.unknown);
  for (const n of tables.used) used.add(n);

  // Numbers nobody read, right after label-like text: candidates for the inspector.
  const asLabel = new Map<string, string | null>(); // prev text → its label, or null: not one
  const listed = new Set<string>(unknown.map((u) => u.label));
  for (let i = 0; i < nums.node.length && unknown.length < 50; i++) {
    const prev = nums.prev[i]!;
    if (!prev || !/\d|^--?$/.test(nums.text[i]!) || used.has(nums.node[i]!)) continue;
    let label = asLabel.get(prev);
    if (label === undefined) {
      const l = normaliseLabel(prev);
      label = lookup.get(l)?.metric || !looksLikeLabel(l) ? null : l;
      asLabel.set(prev, label);
    }
    if (label === null || listed.has(label) || !isValid(i)) continue;
    listed.add(label);
    unknown.push({ label, text: nums.text[i]!, scope: 'page' });
  }

  const settled = settleDoubts(readings, doubts);
  readings.splice(0, readings.length, ...settled.readings);
  missed.push(...settled.missed);

  readings.push(...derive(readings));

  if (kind && !kind.table) {
    for (const metric of kind.expect) {
      const seen = readings.some((r) => r.metric === metric && r.source === 'observed' && r.scope === 'page') || missed.some((m) => m.metric === metric && m.scope === 'page');
      if (!seen) missed.push({ metric, scope: 'page', reason: 'notFound', label: METRICS[metric].zh });
    }
  }

  // Numbers of a period the page does not show as selected are not filed under any period.
  if (undecided) {
    for (let i = readings.length - 1; i >= 0; i--) {
      const r = readings[i]!;
      if (r.scope !== 'page') continue;
      readings.splice(i, 1);
      if (r.source === 'observed') missed.push({ metric: r.metric, scope: 'page', reason: 'unreadable', label: r.label, text: 'period not shown' });
    }
  }

  const capture: PageRead = {
    platform: adapter.id,
    page: kind?.id ?? 'unknown',
    url: href,
    period,
    capturedAt: opts.now ?? Date.now(),
    sessions: tables.sessions,
    captures: readings,
    missed,
    unknown,
    held,
  };

  const field = (f: 'shopId' | 'shopName' | 'title') => idx.fields.find((x) => x.field === f && !facts.isHidden(x.node))?.value.slice(0, 120);
  const shop: ShopRef = {};
  // an id is one token: `店铺ID：1234567 · 客服…` is 1234567
  const shopId = field('shopId')?.match(/^[A-Za-z0-9_-]+/)?.[0] ?? param(url, adapter.shopParams);
  const shopName = field('shopName');
  if (shopId) shop.id = shopId;
  if (shopName) shop.name = shopName;
  if (shop.id || shop.name) capture.shop = shop;

  const sessionKey = param(url, kind?.sessionParams);
  if (sessionKey) {
    const session: SessionRef = { key: sessionKey };
    if (kind?.live) session.live = true;
    const title = field('title');
    if (title) session.title = title;
    for (const t of idx.times) {
      // a range with an end: a lone timestamp is "data updated at", not the session
      const r = findTimeRange(t.text);
      if (r?.end && !facts.isHidden(t.node)) {
        session.timeText = t.text.slice(0, 80);
        session.start = r.start;
        session.end = r.end;
        break;
      }
    }
    capture.session = session;
  }
  return capture;
}
