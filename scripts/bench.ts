/**
 * `npm run bench` (after `npm run build`): performance figures of StageLens, each a ratio measured
 * within one run on this machine (absolute times only where noted), printed as a table and written
 * to bench/results.json as {name: {value, goal, unit, meets, note, detail}} plus "_machine".
 *
 *   1 extract.*  extractPage on a ~20k-node 罗盘 page vs one bare TreeWalker text pass, the same on a
 *                ~120k-node page, and the sliced reader's longest main-thread task there (Chromium)
 *   2 live.*     the content script on a big screen ticking 50 numbers/s vs the page's own script
 *   3 store.*    Dexie vs raw IndexedDB: 100k-row bulk insert and the side panel's queries (Chromium)
 *   4 panel.*    side panel first meaningful paint with 1,000 sessions × 40 metrics stored (ms)
 *   5 csv.*      lib/export/csv.ts vs papaparse's unparse alone, 100k rows (Node)
 *   6 size.*     gzip sizes of the built content script, background and side panel
 *   7 alerts.*   refreshAlerts after a live capture (20 past sessions) vs that capture's ingest (Chromium)
 *
 * Env: BENCH_LIVE_SECONDS (default 60) shortens figure 2 (BENCH_LIVE_WARMUP, default 12, the
 * ticking before it starts); BENCH_ONLY=extract,store,… runs some figures and merges them into the
 * existing results.json; STAGELENS_OUT (default .output) is the build to measure, as for
 * `wxt build`. The run is ~4 minutes on 2 cores, 60 s of it the live page.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM, EXT_DIR, OUT_DIR, launch } from './chromium';
import { machine } from '../bench/lib/machine';
import { notMeasured, type Figure, type Results } from '../bench/lib/stats';
import { benchHost } from '../bench/lib/host';
import { sizesFigure } from '../bench/figures/sizes';
import { csvFigure } from '../bench/figures/csv';
import { extractFigure } from '../bench/figures/extract';
import { liveFigure } from '../bench/figures/live';
import { storeFigure } from '../bench/figures/store';
import { panelFigure } from '../bench/figures/panel';
import { alertsFigure } from '../bench/figures/alerts';

const OUT = resolve('bench/results.json');
const FIGURES = ['size', 'csv', 'extract', 'store', 'alerts', 'panel', 'live'] as const;
type Name = (typeof FIGURES)[number];

const only = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const want = (n: Name) => only.size === 0 || only.has(n);
const liveSeconds = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
const liveWarmup = Number(process.env.BENCH_LIVE_WARMUP ?? 12);
const log = (s: string) => console.log(s);

/** What each figure would have reported, for a "not measured" entry when it fails. */
const PLACEHOLDERS: Record<Name, Array<[string, number | null, string]>> = {
  size: [
    ['size.contentScript', 21, 'KiB gz'],
    ['size.background', null, 'KiB gz'],
    ['size.sidePanel', 80, 'KiB gz'],
    ['size.sidePanelTotal', null, 'KiB gz'],
  ],
  csv: [
    ['csv.captures', 1.2, '×'],
    ['csv.sessions', 1.2, '×'],
  ],
  extract: [
    ['extract.vsTreeWalker', 10, '×'],
    ['extract.absolute', null, 'ms'],
    ['extract.vsTreeWalkerBig', 10, '×'],
    ['extract.longestTask', 50, 'ms'],
    ['extract.longestTaskObserved', 50, 'ms'],
    ['extract.slicingCost', null, '×'],
    ['extract.absoluteBig', null, 'ms'],
  ],
  store: [
    ['store.bulkInsert', 1.3, '×'],
    ['store.latestCapture', 1.3, '×'],
    ['store.sessionsByTime', 1.3, '×'],
    ['store.metricHistory', 1.3, '×'],
  ],
  alerts: [
    ['alerts.refreshVsIngest', 1, '×'],
    ['alerts.refreshColdVsIngest', null, '×'],
  ],
  panel: [
    ['panel.sessionsFirstPaint', null, 'ms'],
    ['panel.compareFirstPaint', null, 'ms'],
  ],
  live: [
    ['live.contentScriptShare', 0.01, 'ratio'],
    ['live.contentScriptMsPerSecond', null, 'ms/s'],
    ['live.heapGrowth', 64, 'KiB'],
    ['live.heapGrowthLastHalf', 64, 'KiB'],
    ['live.heapExtraAtEnd', null, 'KiB'],
  ],
};

async function main(): Promise<void> {
  const t0 = Date.now();
  const results: Results = {};
  let failed = 0;
  const run = async (name: Name, fn: () => Promise<Results> | Results) => {
    if (!want(name)) return;
    const s = Date.now();
    log(`▶ ${name}`);
    try {
      Object.assign(results, await fn());
    } catch (e) {
      failed++;
      const msg = String((e as Error)?.stack ?? e)
        .split('\n')
        .slice(0, 4)
        .join(' | ');
      log(`  ${name} FAILED: ${msg}`);
      for (const [k, goal, unit] of PLACEHOLDERS[name]) results[k] = notMeasured(unit, goal, `error: ${msg.slice(0, 300)}`);
    }
    log(`  (${((Date.now() - s) / 1000).toFixed(1)} s)`);
  };

  if (!existsSync(resolve(EXT_DIR, 'manifest.json'))) throw new Error(`no build in ${EXT_DIR}: npm run build (STAGELENS_OUT=${OUT_DIR})`);
  log(`measuring the build in ${EXT_DIR}`);
  const m = machine(CHROMIUM);
  await run('size', () => sizesFigure(EXT_DIR, log));
  await run('csv', () => csvFigure(log));

  const needsBrowser = (['extract', 'store', 'alerts', 'panel', 'live'] as const).some(want);
  if (needsBrowser) {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    const h = await launch({ viewport: { width: 1600, height: 1000 } });
    try {
      const pages = await benchHost(h.context);
      await run('extract', () => extractFigure(h, pages));
      await run('store', () => storeFigure(h, pages, log));
      await run('alerts', () => alertsFigure(h, pages, log));
      await run('panel', () => panelFigure(h, log));
      await run('live', () => liveFigure(h, pages, liveSeconds, liveWarmup));
    } finally {
      await h.close();
    }
  }

  const previous: Record<string, unknown> = only.size && existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
  const merged: Record<string, unknown> = { ...previous, ...results };
  merged._machine = {
    ...m,
    loadAvgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    measuredAt: new Date().toISOString(),
    liveSeconds,
    liveWarmup,
    buildDir: EXT_DIR,
    wallSeconds: Math.round((Date.now() - t0) / 1000),
    ...(only.size ? { partialRun: [...only].join(',') } : {}),
  };
  writeFileSync(OUT, `${JSON.stringify(merged, null, 2)}\n`);
  printTable(merged, m);
  log(`\nwrote ${OUT} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (failed) process.exit(1);
}

function printTable(all: Record<string, unknown>, m: ReturnType<typeof machine>): void {
  const rows = Object.entries(all).filter(([k]) => !k.startsWith('_')) as Array<[string, Figure]>;
  const cells = rows.map(([k, f]) => [
    k,
    f.value === null ? '—' : String(f.value),
    f.goal === null ? '' : `≤ ${f.goal}`,
    f.unit,
    f.meets === undefined ? (f.value === null ? 'not measured' : '') : f.meets ? 'yes' : 'NO',
  ]);
  const head = ['name', 'value', 'goal', 'unit', 'meets'];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(w[i]!)).join('  ');
  log(
    `\nmachine: ${m.nproc} cores, ${m.cpu}, ${m.memGiB} GiB, node ${m.node}, ${m.chromium}; load average at start ${m.loadAvgAtStart.join(' ')}, at end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(line(head));
  log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const c of cells) log(line(c));
  for (const [k, f] of rows) if (f.note) log(`  ${k}: ${f.note}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
