/**
 * `npx tsx scripts/pages-doc.ts` writes docs/PAGES.md: per backend, each page StageLens reads
 * (URL pattern and examples), what it yields (metrics zh/en, expected by the adapter and read
 * from its fixture pages), whether it is a session table, a live page, and which benchmarks and
 * comparisons the fixtures show. Built only from the adapters (lib/platforms) and the fixtures'
 * expected files, so it cannot drift from them: `--check` exits 1 when the file is stale, and
 * tests/platforms/pages-doc.test.ts does the same check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADAPTERS } from '../lib/platforms/registry';
import type { PageKind, PlatformAdapter } from '../lib/platforms/types';
import { URL_EXAMPLES } from '../lib/platforms/examples';
import { METRICS, METRIC_IDS, type MetricId, type Unit } from '../lib/metrics/catalog';
import type { BenchmarkKind } from '../lib/capture/types';
import { listFixtures, type Fixture } from '../tests/helpers/fixtures';

export const PAGES_MD = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'PAGES.md');

const UNIT: Record<Unit, string> = { cny: '¥ yuan', count: 'count', ratio: '%', seconds: 'seconds', multiplier: '×', score: 'score' };
const BENCHMARK: Record<BenchmarkKind, string> = {
  peerExcellent: '同行同级/同层优秀值 (peer P75)',
  peerMedian: '同行同级中位值 (peer median)',
  peerAverage: '同行同层平均 (peer average)',
  peerTop: '同行顶尖 (peer top)',
  peerBaseline: '同行基准 (peer baseline, 罗盘 2026)',
  peerBeatShare: '超过同行…的商家 (share of peers beaten)',
  accountMedian: '账号中位值 (own median)',
};

interface Seen {
  labels: Set<string>;
  observed: boolean;
  derived: boolean;
  missed: boolean;
  benchmarks: Set<BenchmarkKind>;
  compares: Set<string>;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|');
const metricOrder = (a: MetricId, b: MetricId) => METRIC_IDS.indexOf(a) - METRIC_IDS.indexOf(b);

function seenOn(fixtures: Fixture[]): Map<MetricId, Seen> {
  const out = new Map<MetricId, Seen>();
  const get = (m: string) => {
    const id = m as MetricId;
    let s = out.get(id);
    if (!s) out.set(id, (s = { labels: new Set(), observed: false, derived: false, missed: false, benchmarks: new Set(), compares: new Set() }));
    return s;
  };
  for (const f of fixtures) {
    for (const c of f.expected.captures) {
      const s = get(c.metric);
      s.observed = true;
      if (typeof c.label === 'string') s.labels.add(c.label);
      const cmp = c.compare as { basis?: string } | undefined;
      if (cmp?.basis) s.compares.add(cmp.basis);
      for (const b of (c.benchmarks as Array<{ kind: BenchmarkKind }> | undefined) ?? []) s.benchmarks.add(b.kind);
    }
    for (const d of f.expected.derived ?? []) get(d.metric).derived = true;
    for (const m of f.expected.missed ?? []) get(m.metric).missed = true;
  }
  return out;
}

function pageSection(a: PlatformAdapter, p: PageKind, fixtures: Fixture[]): string[] {
  const mine = fixtures.filter((f) => f.expected.platform === a.id && f.expected.page === p.id);
  const seen = seenOn(mine);
  const examples = URL_EXAMPLES[a.id].filter((e) => e.page === p.id).map((e) => e.url);
  const out: string[] = [];
  out.push(`### ${p.zh} · ${p.en} (${code(p.id)})`, '');
  out.push(`- **URL** (path + query + hash): ${code(p.path.source)}`);
  for (const u of examples) out.push(`  - ${u}`);
  const kind = p.table
    ? 'a **session table**: one row per live session, each number scoped to its row'
    : p.sessionParams?.length
      ? `one live session, its id from ${p.sessionParams.map(code).join(' / ')}${p.live ? '; a **live page** (numbers change while the session runs; read at most every few seconds)' : ''}`
      : !p.expect.length && mine.length && mine.every((f) => !f.expected.captures.length && f.expected.items?.length)
        ? `a list of items only (no page-level number)${p.live ? '; a **live page**' : ''}`
        : 'page-level cards';
  out.push(`- **Shape:** ${kind}`);
  const periods = [...new Set(mine.map((f) => f.expected.period).filter((x): x is string => x !== null))];
  if (periods.length) out.push(`- **Period read on the fixtures:** ${periods.join(', ')}`);
  const bench = [...new Set([...seen.values()].flatMap((s) => [...s.benchmarks]))];
  out.push(`- **Benchmarks:** ${bench.length ? bench.map((b) => BENCHMARK[b]).join('; ') : 'none shown'}`);
  const cmps = [...new Set([...seen.values()].flatMap((s) => [...s.compares]))];
  if (cmps.length) out.push(`- **Comparisons:** ${cmps.join(', ')}`);
  const unknown = [...new Set(mine.flatMap((f) => f.expected.unknown ?? []))];
  if (unknown.length) out.push(`- **Shown but not read** (unknown labels on the fixtures): ${unknown.join(', ')}`);
  const items = mine.flatMap((f) => f.expected.items ?? []);
  if (items.length) {
    const labels = new Map<string, Set<string>>();
    for (const it of items) for (const [m, r] of Object.entries(it.metrics)) (labels.get(m) ?? labels.set(m, new Set()).get(m)!).add(r.label);
    const kinds = [...new Set(items.map((it) => (it.kind === 'plan' ? 'ad plans' : 'products')))].join(' and ');
    const partial = mine.some((f) => f.expected.itemsPartial)
      ? "; the list shows only some of its rows (virtual list or pages), so an item's absence means nothing"
      : '';
    out.push(
      `- **Items:** ${kinds}, ${items.length} rows on the fixtures${items.some((it) => it.explaining) ? ', with the item being explained' : ''}${partial}. Per item: ${[...labels].map(([m, ls]) => `${m} (${[...ls].sort().map(code).join(' ')})`).join(', ')}`,
    );
  }
  out.push(`- **Fixtures:** ${mine.length ? mine.map((f) => code(`tests/fixtures/${f.name}`)).join(', ') : 'none yet (expected metrics only)'}`);
  out.push('');

  const metrics = [...new Set<MetricId>([...p.expect, ...seen.keys()])].sort(metricOrder);
  out.push('| Metric | 中文 | Unit | Labels read on the fixtures | Expected | On the fixtures |');
  out.push('|---|---|---|---|---|---|');
  for (const m of metrics) {
    const def = METRICS[m];
    const s = seen.get(m);
    const how = !s ? '—' : [s.observed && 'read', s.derived && 'derived', s.missed && 'missed'].filter(Boolean).join(', ');
    const labels = s ? [...s.labels].sort().map(code).join(' ') : '';
    out.push(`| ${cell(def.en)} (${code(m)}) | ${cell(def.zh)} | ${UNIT[def.unit]} | ${cell(labels)} | ${p.expect.includes(m) ? 'yes' : ''} | ${how} |`);
  }
  out.push('');
  return out;
}

export function pagesDoc(fixtures: Fixture[] = listFixtures()): string {
  const out: string[] = [
    '# Pages StageLens reads',
    '',
    '<!-- Generated by `npx tsx scripts/pages-doc.ts` from lib/platforms/ and the expected files in',
    '     tests/fixtures/. Do not edit by hand: tests/platforms/pages-doc.test.ts fails when stale. -->',
    '',
    'Per backend, every page kind StageLens reads: the URL it must match, its shape, and what it',
    'yields. **Expected**: on a cards page, the adapter reports the metric as missed when the page',
    'does not show it (a session table lists whatever columns it has).',
    '**On the fixtures**: *read* from the page as shown, *derived* from two numbers the page did',
    'show (stored as derived, never as read), *missed* (label there, number unreadable). Labels',
    'not listed here are reported as unknown labels, never guessed. A page not listed is not read.',
    '',
  ];
  for (const a of ADAPTERS) {
    const n = fixtures.filter((f) => f.expected.platform === a.id).length;
    out.push(`## ${a.zh} · ${a.en} (${code(a.id)})`, '');
    out.push(`- **Hosts:** ${a.hosts.map(code).join(', ')} (https only)`);
    out.push(`- **Period choices:** ${a.periods.join(', ')}`);
    if (a.shadowHosts?.length) out.push(`- **Shadow DOM:** read inside the open shadow roots of ${a.shadowHosts.map(code).join(', ')}`);
    if (a.scopedAliases?.length) {
      for (const s of a.scopedAliases) out.push(`- **Scoped labels:** ${Object.keys(s.aliases).join(' / ')} only under ${s.headings.join(' / ')}`);
    }
    out.push(`- **Fixture pages:** ${n}`, '');
    for (const p of a.pages) out.push(...pageSection(a, p, fixtures));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = pagesDoc();
  if (process.argv.includes('--check')) {
    let now = '';
    try {
      now = readFileSync(PAGES_MD, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (now !== text) {
      console.error(`${join('docs', 'PAGES.md')} is stale: run npx tsx scripts/pages-doc.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(PAGES_MD, text);
    console.log(`wrote ${PAGES_MD}`);
  }
}
