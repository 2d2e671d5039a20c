/**
 * Figure 1: a full extractPage on a ~20,000-node generated 罗盘 page, against one bare TreeWalker
 * pass over the same page's text nodes, both timed in the page in real Chromium.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../../scripts/chromium';
import { bundle } from '../lib/bundle';
import { BENCH_ORIGIN } from '../lib/host';
import { fig, median, relMad, round, type Results } from '../lib/stats';
import { DASHBOARD_URL, dashboardHtml } from '../gen/dashboard';
import type { ExtractBenchResult } from '../browser/extract-entry';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }

/** Where the reader's time goes: self time by function over 10 reads, top 6, as shares. */
async function profileReader(h: Harness, page: Page): Promise<string> {
  const s = await h.context.newCDPSession(page);
  try {
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 100 });
    await s.send('Profiler.start');
    await page.evaluate(([href]) => (globalThis as unknown as { __slExtractBench: { repeat(h: string, n: number): number } }).__slExtractBench.repeat(href!, 10), [DASHBOARD_URL]);
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
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`).join(', ');
  } finally {
    await s.detach().catch(() => undefined);
  }
}

export async function extractFigure(h: Harness, pages: Map<string, string>): Promise<Results> {
  // not minified, so the profile below names the reader's functions
  const code = await bundle('bench/browser/extract-entry.ts', false);
  pages.set('/dashboard', dashboardHtml());
  const page = await h.context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/dashboard`);
    await page.addScriptTag({ content: code });
    // the reader is given the 罗盘 live-detail URL, as the content script would be on that page
    const r = await page.evaluate(
      ([href]) => (globalThis as unknown as { __slExtractBench: { run(h: string, s: number, w: number, ms: number): ExtractBenchResult } }).__slExtractBench.run(href!, 61, 10, 10),
      [DASHBOARD_URL],
    );
    const top = await profileReader(h, page);
    const ex = median(r.extractMs), fl = median(r.floorMs);
    const pairRatios = r.extractMs.map((e, i) => e / r.floorMs[i]!);
    return {
      'extract.vsTreeWalker': fig(ex / fl, 1.5, '×', `extractPage ${round(ex, 2)} ms vs bare TreeWalker text pass ${round(fl, 3)} ms (medians of ${r.extractMs.length} interleaved samples) on ${r.nodes} nodes (${r.elements} elements, ${r.texts} text); read ${r.readings} readings, ${r.sessions} sessions. Self time (CPU profile): ${top}. For context, the same walk trimming each text and testing it for a digit: ${round(median(r.digitsMs), 3)} ms = ${round(median(r.digitsMs) / fl, 2)}× the bare pass`, {
        digitsWalkMedianMs: round(median(r.digitsMs), 4),
        extractMedianMs: round(ex, 3), floorMedianMs: round(fl, 4), medianOfPairRatios: round(median(pairRatios), 2),
        extractRelMad: round(relMad(r.extractMs), 3), floorRelMad: round(relMad(r.floorMs), 3), repsPerSampleExtract: r.repsExtract, repsPerSampleFloor: r.repsFloor,
        nodes: r.nodes, elements: r.elements, textNodes: r.texts, textChars: r.textChars, readings: r.readings, sessions: r.sessions, missed: r.missed, unknown: r.unknown, page: r.page,
      }),
      'extract.absolute': fig(ex, null, 'ms', 'absolute: one full extractPage of the ~20k-node page (median)'),
    };
  } finally {
    await page.close();
  }
}
