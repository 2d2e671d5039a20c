/**
 * Figure 1, in real Chromium, timed in the page:
 *  - vsTreeWalker: a full extractPage on a ~20,000-node generated 罗盘 page, against one bare
 *    TreeWalker pass over the same page's text nodes (medians, interleaved); vsTreeWalkerBig: the
 *    same on the ~120k-node page (BIG_DASHBOARD);
 *  - longestTask: on the big page, the longest slice the sliced reader (what the content script
 *    runs) holds the main thread, from the driver's clock; longestTaskObserved: the same from the
 *    browser's own 'longtask' observer (tasks ≥ 50 ms), checked on one-call reads to see it works;
 *  - slicingCost: a sliced read's wall time against a one-call read's, on the big page.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../../scripts/chromium';
import { bundle } from '../lib/bundle';
import { BENCH_ORIGIN } from '../lib/host';
import { fig, median, notMeasured, relMad, round, type Results } from '../lib/stats';
import { BIG_DASHBOARD, DASHBOARD_URL, dashboardHtml } from '../gen/dashboard';
import type { ExtractBenchResult, SlicedBenchResult } from '../browser/extract-entry';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Where the reader's time goes: self time by function over 10 reads, top 6, as shares. */
async function profileReader(h: Harness, page: Page): Promise<string> {
  const s = await h.context.newCDPSession(page);
  try {
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 100 });
    await s.send('Profiler.start');
    await page.evaluate(
      ([href]) => (globalThis as unknown as { __slExtractBench: { repeat(h: string, n: number): number } }).__slExtractBench.repeat(href!, 10),
      [DASHBOARD_URL],
    );
    const { profile } = (await s.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const n = byId.get(profile.samples[i]!)!;
      const name = n.callFrame.functionName || (n.callFrame.url ? '(anonymous)' : '');
      if (!name || name === '(idle)' || name === '(program)' || name === '(root)') continue;
      const dt = profile.timeDeltas[i + 1] ?? 0;
      self.set(name, (self.get(name) ?? 0) + dt);
      total += dt;
    }
    return [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`)
      .join(', ');
  } finally {
    await s.detach().catch(() => undefined);
  }
}

export async function extractFigure(h: Harness, pages: Map<string, string>): Promise<Results> {
  // not minified, so the profile below names the reader's functions
  const code = await bundle('bench/browser/extract-entry.ts', false);
  pages.set('/dashboard', dashboardHtml());
  pages.set('/dashboard-big', dashboardHtml(BIG_DASHBOARD));
  const small = await smallPage(h, code);
  const big = await bigPage(h, code);
  return { ...small, ...big };
}

/** Goal of the reader against the bare walk (the aim: today's reader is ~29× on the 20k page). */
const VS_WALK_GOAL = 10;
/** A task this long is a long task to the browser: input waits behind it. */
const LONG_TASK_MS = 50;

async function smallPage(h: Harness, code: string): Promise<Results> {
  const page = await h.context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/dashboard`);
    await page.addScriptTag({ content: code });
    // the reader is given the 罗盘 live-detail URL, as the content script would be on that page
    const r = await page.evaluate(
      ([href]) =>
        (globalThis as unknown as { __slExtractBench: { run(h: string, s: number, w: number, ms: number): ExtractBenchResult } }).__slExtractBench.run(
          href!,
          61,
          10,
          10,
        ),
      [DASHBOARD_URL],
    );
    const top = await profileReader(h, page);
    const ex = median(r.extractMs),
      fl = median(r.floorMs);
    const pairRatios = r.extractMs.map((e, i) => e / r.floorMs[i]!);
    return {
      'extract.vsTreeWalker': fig(
        ex / fl,
        VS_WALK_GOAL,
        '×',
        `extractPage ${round(ex, 2)} ms vs bare TreeWalker text pass ${round(fl, 3)} ms (medians of ${r.extractMs.length} interleaved samples) on ${r.nodes} nodes (${r.elements} elements, ${r.texts} text); read ${r.readings} readings, ${r.sessions} sessions. Self time (CPU profile): ${top}. For context, the same walk trimming each text and testing it for a digit: ${round(median(r.digitsMs), 3)} ms = ${round(median(r.digitsMs) / fl, 2)}× the bare pass`,
        {
          digitsWalkMedianMs: round(median(r.digitsMs), 4),
          extractMedianMs: round(ex, 3),
          floorMedianMs: round(fl, 4),
          medianOfPairRatios: round(median(pairRatios), 2),
          extractRelMad: round(relMad(r.extractMs), 3),
          floorRelMad: round(relMad(r.floorMs), 3),
          repsPerSampleExtract: r.repsExtract,
          repsPerSampleFloor: r.repsFloor,
          nodes: r.nodes,
          elements: r.elements,
          textNodes: r.texts,
          textChars: r.textChars,
          readings: r.readings,
          sessions: r.sessions,
          missed: r.missed,
          unknown: r.unknown,
          page: r.page,
        },
      ),
      'extract.absolute': fig(ex, null, 'ms', 'absolute: one full extractPage of the ~20k-node page (median)'),
    };
  } finally {
    await page.close();
  }
}

async function bigPage(h: Harness, code: string): Promise<Results> {
  const page = await h.context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/dashboard-big`);
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(
      ([href]) =>
        (globalThis as unknown as { __slExtractBench: { runSliced(h: string, s: number, w: number): Promise<SlicedBenchResult> } }).__slExtractBench.runSliced(
          href!,
          15,
          3,
        ),
      [DASHBOARD_URL],
    );
    const sync = median(r.syncMs),
      fl = median(r.floorMs),
      wall = median(r.slicedWallMs),
      cpu = median(r.slicedCpuMs);
    const longest = Math.max(...r.longestSliceMs);
    const observed = r.longTasksSliced.length ? Math.max(...r.longTasksSliced) : 0;
    const page_ = `${r.nodes} nodes (${r.elements} elements, ${r.texts} text), ${r.readings} readings, ${r.sessions} sessions`;
    const ms = (xs: number[]) => xs.map((x) => round(x, 1)).join(', ');
    return {
      'extract.vsTreeWalkerBig': fig(
        sync / fl,
        VS_WALK_GOAL,
        '×',
        `extractPage ${round(sync, 1)} ms vs bare TreeWalker text pass ${round(fl, 2)} ms (medians of ${r.syncMs.length} interleaved samples) on the big page: ${page_}`,
        {
          extractMedianMs: round(sync, 2),
          floorMedianMs: round(fl, 3),
          extractRelMad: round(relMad(r.syncMs), 3),
          floorRelMad: round(relMad(r.floorMs), 3),
          nodes: r.nodes,
          elements: r.elements,
          textNodes: r.texts,
          textChars: r.textChars,
        },
      ),
      'extract.longestTask': fig(
        longest,
        LONG_TASK_MS,
        'ms',
        `longest main-thread slice of the sliced reader (extractPageSliced, budget ${r.budgetMs} ms, yield: ${r.yielder}) over ${r.longestSliceMs.length} reads of the big page (${page_}), timed in the driver with performance.now(); each read's longest: ${ms(r.longestSliceMs)} ms; ${median(r.slicesPerRead)} slices a read (median); the longest single step (pause point to pause point) ${round(r.longestStepMs, 2)} ms. Sliced and one-call reads equal: ${r.sameRead}`,
        {
          longestSliceMs: round(longest, 2),
          medianLongestSliceMs: round(median(r.longestSliceMs), 2),
          longestStepMs: round(r.longestStepMs, 2),
          budgetMs: r.budgetMs,
          slicesPerReadMedian: median(r.slicesPerRead),
          reads: r.longestSliceMs.length,
          sameRead: r.sameRead,
        },
      ),
      'extract.longestTaskObserved': r.longTaskSupported
        ? fig(
            observed,
            LONG_TASK_MS,
            'ms',
            `the browser's 'longtask' PerformanceObserver (reports tasks ≥ ${LONG_TASK_MS} ms) during the same ${r.longestSliceMs.length} sliced reads: ${r.longTasksSliced.length} long tasks${r.longTasksSliced.length ? ` (${ms(r.longTasksSliced)} ms)` : ''} (0 = none); its own check, 3 one-call reads of the page in tasks of their own: ${r.longTasksSync.length} long tasks (${ms(r.longTasksSync)} ms)`,
            {
              longTasksSliced: r.longTasksSliced.length,
              longTasksSync: r.longTasksSync.length,
              longestSyncTaskMs: r.longTasksSync.length ? round(Math.max(...r.longTasksSync), 1) : 0,
            },
          )
        : notMeasured('ms', LONG_TASK_MS, "this Chromium does not report 'longtask' entries"),
      'extract.slicingCost': fig(
        wall / sync,
        null,
        '×',
        `a sliced read's wall time ${round(wall, 1)} ms (start to result, the page idle in between) vs a one-call read's ${round(sync, 1)} ms on the big page (medians of ${r.slicedWallMs.length} / ${r.syncMs.length}); main-thread time of the sliced read (sum of its slices) ${round(cpu, 1)} ms = ${round(cpu / sync, 2)}× the one-call read`,
        {
          slicedWallMedianMs: round(wall, 2),
          slicedCpuMedianMs: round(cpu, 2),
          syncMedianMs: round(sync, 2),
        },
      ),
      'extract.absoluteBig': fig(sync, null, 'ms', 'absolute: one full extractPage of the ~120k-node page (median)'),
    };
  } finally {
    await page.close();
  }
}
