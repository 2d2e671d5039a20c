/**
 * The one reader the content script, the `extract` CLI and the tests all run: page DOM + URL +
 * adapter → PageCapture. Never throws into the host page (the caller wraps it); returns what it
 * read, what the adapter expected but missed, and metric-looking labels it does not know.
 */
import type { PageCapture, Reading, Missed, UnknownLabel, SessionRef, ShopRef } from '../capture/types';
import { METRICS, type MetricId } from '../metrics/catalog';
import type { PlatformAdapter, PageKind } from '../platforms/types';
import { findTimeRange } from '../parse/timerange';
import { indexText, type TextIndex } from './index-text';
import { findCard, readCard } from './card';
import { readTables } from './table';
import { derive } from './derive';
import { looksLikeLabel, normaliseLabel } from './labels';

export interface ExtractOptions {
  /** user label mappings (label → metric), applied on top of the adapter's aliases */
  overrides?: Record<string, MetricId>;
  now?: number;
}

export function pageKindOf(adapter: PlatformAdapter, url: URL): PageKind | null {
  const target = url.pathname + url.search + url.hash;
  return adapter.pages.find((p) => p.path.test(target)) ?? null;
}

function selectedPeriod(idx: TextIndex, periods: string[]): string | null {
  const wanted = new Set(periods);
  let fallback: string | null = null;
  for (const it of idx.items) {
    if (!wanted.has(it.text)) continue;
    for (let e: Element | null = it.el, d = 0; e && d < 4; e = e.parentElement, d++) {
      const cls = e.getAttribute('class') ?? '';
      if (/(active|selected|checked|current)/i.test(cls) || e.getAttribute('aria-selected') === 'true' || e.getAttribute('aria-checked') === 'true') return it.text;
    }
    fallback ??= it.text;
  }
  // A single period label on the page (a dropdown trigger showing its value) is the selected one.
  return idx.items.filter((it) => wanted.has(it.text)).length === 1 ? fallback : null;
}

/** `label：value` fields (店铺名称、直播标题 …): the text right after the label. */
function field(idx: TextIndex, labels: string[]): string | undefined {
  if (!labels.length) return undefined;
  const set = new Set(labels);
  for (const it of idx.items) {
    const raw = it.node.data.trim();
    const m = /^(.{2,8}?)[:：]\s*(.+)$/.exec(raw);
    if (m && set.has(normaliseLabel(m[1]!))) return m[2]!.trim().slice(0, 120);
    if (set.has(it.text)) {
      const next = idx.items[it.i + 1];
      if (next) return next.node.data.trim().slice(0, 120);
    }
  }
  return undefined;
}

function param(url: URL, names: string[] = []): string | undefined {
  for (const n of names) {
    const v = url.searchParams.get(n) ?? new URLSearchParams(url.hash.split('?')[1] ?? '').get(n);
    if (v) return v;
  }
  return undefined;
}

export function extractPage(root: Document | Element, href: string, adapter: PlatformAdapter, opts: ExtractOptions = {}): PageCapture {
  const url = new URL(href);
  const kind = pageKindOf(adapter, url);
  const aliases = { ...adapter.aliases, ...(opts.overrides ?? {}) };
  const hints = adapter.labelHints ?? {};
  const idx = indexText(root, aliases);
  const readings: Reading[] = [];
  const missed: Missed[] = [];
  const unknown: UnknownLabel[] = [];
  const claimed = new Set<Element>();

  // Cards, anchored on labels. The same metric may be shown twice (a summary and a card): kept
  // once when both agree, dropped as unreadable when they differ.
  const byMetric = new Map<MetricId, Reading>();
  const conflicted = new Set<MetricId>();
  for (const label of idx.items) {
    if (label.kind !== 'label' || label.inTable || !label.metric) continue;
    const metric = label.metric;
    const card = findCard(idx, label);
    if (!card) continue;
    const res = readCard(idx, label, card, metric, hints[label.text]);
    if (!res.ok) {
      if (res.reason === 'unreadable') missed.push({ metric, scope: 'page', reason: 'unreadable', label: label.text, ...(res.text ? { text: res.text.slice(0, 80) } : {}) });
      continue;
    }
    claimed.add(res.valueEl);
    const r: Reading = { metric, label: label.text, text: res.text, value: res.value, unit: METRICS[metric].unit, scope: 'page', source: 'observed' };
    if (res.qualifier) r.qualifier = res.qualifier;
    if (res.compare) r.compare = res.compare;
    if (res.benchmarks) r.benchmarks = res.benchmarks;
    if (conflicted.has(metric)) continue;
    const prior = byMetric.get(metric);
    if (prior) {
      if (prior.value !== r.value || prior.qualifier !== r.qualifier) {
        readings.splice(readings.indexOf(prior), 1);
        conflicted.add(metric);
        missed.push({ metric, scope: 'page', reason: 'unreadable', label: label.text, text: `${prior.text} | ${r.text}` });
      }
      continue;
    }
    byMetric.set(metric, r);
    readings.push(r);
  }

  const tables = readTables(idx.tables, {
    aliases,
    labelHints: hints,
    rowKeyHeaders: adapter.rowKeyHeaders ?? [],
    titleHeaders: adapter.titleHeaders ?? [],
    timeHeaders: adapter.timeHeaders ?? [],
  });
  readings.push(...tables.readings);
  missed.push(...tables.missed);
  unknown.push(...tables.unknown);

  // Numbers nobody claimed, right after label-like text: candidates for the inspector.
  for (const it of idx.items) {
    if (it.kind !== 'number' || it.inTable || claimed.has(it.el) || unknown.length >= 50) continue;
    const prev = idx.items[it.i - 1];
    if (prev && prev.kind === 'other' && looksLikeLabel(prev.text) && !aliases[prev.text] && !unknown.some((u) => u.label === prev.text)) {
      unknown.push({ label: prev.text, text: it.text, scope: 'page' });
    }
  }

  readings.push(...derive(readings));

  if (kind) {
    for (const metric of kind.expect) {
      const seen = readings.some((r) => r.metric === metric && r.source === 'observed' && r.scope === 'page') || missed.some((m) => m.metric === metric && m.scope === 'page');
      if (!seen && !kind.table) missed.push({ metric, scope: 'page', reason: 'notFound', label: METRICS[metric].zh });
    }
  }

  const capture: PageCapture = {
    platform: adapter.id,
    page: kind?.id ?? 'unknown',
    url: href,
    period: selectedPeriod(idx, adapter.periods),
    capturedAt: opts.now ?? Date.now(),
    sessions: tables.sessions,
    captures: readings,
    missed,
    unknown,
  };

  const shop: ShopRef = {};
  const shopId = field(idx, adapter.shopIdLabels ?? []) ?? param(url, adapter.shopParams);
  const shopName = field(idx, adapter.shopNameLabels ?? []);
  if (shopId) shop.id = shopId;
  if (shopName) shop.name = shopName;
  if (shop.id || shop.name) capture.shop = shop;

  const sessionKey = param(url, kind?.sessionParams);
  if (sessionKey) {
    const session: SessionRef = { key: sessionKey };
    if (kind?.live) session.live = true;
    const title = field(idx, ['直播标题', '直播间标题', '场次标题', '直播主题']);
    if (title) session.title = title;
    for (const it of idx.items) {
      // a range with an end: a lone timestamp is "data updated at", not the session
      const r = it.text.length >= 10 && it.text.length <= 60 ? findTimeRange(it.node.data) : null;
      if (r?.end) {
        session.timeText = it.node.data.trim().slice(0, 80);
        session.start = r.start;
        if (r.end) session.end = r.end;
        break;
      }
    }
    capture.session = session;
  }
  return capture;
}
