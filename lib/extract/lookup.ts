/**
 * The adapter's label table (./labels.ts buildLookup), built once per adapter and per set of
 * user label mappings: the page pass then costs one map look-up per text.
 */
import type { MetricId } from '../metrics/core';
import type { PlatformAdapter } from '../platforms/types';
import { MISSING_WORDS } from '../parse/grammar';
import { buildLookup, type Entry } from './labels';

const SESSION_TITLE_LABELS = ['直播标题', '直播间标题', '场次标题', '直播主题'];

const lookups = new WeakMap<PlatformAdapter, { key: string; map: Map<string, Entry> }>();

export function lookupFor(adapter: PlatformAdapter, overrides: Record<string, MetricId>): Map<string, Entry> {
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
    missing: [...MISSING_WORDS],
  });
  lookups.set(adapter, { key, map });
  return map;
}
