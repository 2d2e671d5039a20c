/**
 * Figure 2: a big screen updating 50 numbers a second, with the built extension's content script
 * running on it (served under its real 罗盘 address so the manifest's match pattern fires), next to
 * the same page under an address no content script matches. Both tabs run at the same time, so
 * drift hits both alike.
 *
 * - Script time is attributed from a V8 CPU profile (CDP Profiler, 100 µs sampling) of each tab:
 *   a sample belongs to the innermost frame with a URL: chrome-extension://<id>/… is the
 *   extension, the page's own URL is the page (its script is inline). GC and "(program)" samples
 *   are not attributed to either. Cross-check: Performance.getMetrics ScriptDuration (all script
 *   of the tab), with-extension tab minus the bare tab.
 * - Memory: the tab's JSHeapUsedSize (Performance.getMetrics; the isolate's heap, i.e. the page's
 *   main world and the content script's isolated world together) after a forced GC, at the start
 *   and at the end; the same for the bare tab, whose growth is the noise.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from '../../scripts/chromium';
import { BENCH_ORIGIN } from '../lib/host';
import { fig, round, type Results } from '../lib/stats';
import { BIG_SCREEN_URL, bigScreenHtml } from '../gen/bigscreen';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Attribution {
  extension: number;
  page: number;
  otherScript: number;
  gc: number;
  program: number;
  idle: number;
  total: number;
}
type Owner = Exclude<keyof Attribution, 'total'>;

/** Milliseconds of samples per owner. */
export function attribute(p: Profile, extPrefix: string, pageOrigin: string, extFunctions?: Map<string, number>): Attribution {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owner.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const { url, functionName } = n.callFrame;
    let o: Owner;
    if (url.startsWith(extPrefix)) o = 'extension';
    else if (url.startsWith(pageOrigin)) o = 'page';
    else if (url) o = 'otherScript';
    else if (functionName === '(garbage collector)') o = 'gc';
    else if (functionName === '(idle)') o = 'idle';
    else if (functionName === '(program)' || functionName === '(root)') o = 'program';
    else {
      const up = parent.get(id);
      o = up === undefined ? 'program' : ownerOf(up);
    } // a builtin: its caller's
    owner.set(id, o);
    return o;
  };
  const out: Attribution = { extension: 0, page: 0, otherScript: 0, gc: 0, program: 0, idle: 0, total: 0 };
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; // µs to the next sample
    const o = ownerOf(p.samples[i]!);
    out[o] += dt;
    out.total += dt;
    if (o === 'extension' && extFunctions) {
      const f = byId.get(p.samples[i]!)!.callFrame.functionName || '(anonymous)';
      extFunctions.set(f, (extFunctions.get(f) ?? 0) + dt);
    }
  }
  return out;
}

async function metrics(s: CDPSession): Promise<Record<string, number>> {
  const { metrics: m } = (await s.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}

async function heapAfterGc(s: CDPSession): Promise<number> {
  for (let i = 0; i < 2; i++) await s.send('HeapProfiler.collectGarbage');
  return (await metrics(s)).JSHeapUsedSize!;
}

/** Capture rows and time-series points of this page in the extension's database (read in the
 *  service worker; a string, so the TypeScript runner's helpers are not needed there). */
async function stored(h: Harness, url: string): Promise<{ captures: number; points: number }> {
  return (await h.worker.evaluate(`(async () => {
    const db = await new Promise((res, rej) => { const o = indexedDB.open('stagelens'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); });
    const all = (name) => new Promise((res) => { if (!db.objectStoreNames.contains(name)) return res([]); const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => res(r.result); r.onerror = () => res([]); });
    const caps = (await all('captures')).filter((c) => c.url === ${JSON.stringify(url)});
    const ids = new Set(caps.map((c) => c.sessionId));
    const points = (await all('points')).filter((p) => ids.has(p.sessionId));
    db.close();
    return { captures: caps.length, points: points.length };
  })()`)) as { captures: number; points: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length,
    mx = xs.reduce((a, b) => a + b, 0) / n,
    my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0,
    den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den ? num / den : 0;
}

/**
 * @param seconds the measured span (default run: 60)
 * @param warmupSeconds ticking before the measured span starts: the first reads, sends and the
 *   JIT's first tiers happen here, so "start" is the content script in its steady state; the heap
 *   growth over the warm-up is reported too, not hidden
 */
export async function liveFigure(h: Harness, pages: Map<string, string>, seconds: number, warmupSeconds = 12): Promise<Results> {
  const html = bigScreenHtml();
  h.serve(BIG_SCREEN_URL, html);
  const barePath = '/screen/live/shop?live_room_id=1';
  pages.set(barePath, html);
  const ext = await h.context.newPage();
  const bare = await h.context.newPage();
  const tabs: Array<[Page, CDPSession]> = [];
  try {
    await Promise.all([ext.goto(BIG_SCREEN_URL), bare.goto(`${BENCH_ORIGIN}${barePath}`)]);
    await ext.waitForSelector('stagelens-badge', { state: 'attached', timeout: 30_000 });
    for (const p of [ext, bare]) {
      const s = await h.context.newCDPSession(p);
      await s.send('Performance.enable', { timeDomain: 'threadTicks' });
      await s.send('Profiler.enable');
      await s.send('Profiler.setSamplingInterval', { interval: 100 });
      await s.send('HeapProfiler.enable');
      tabs.push([p, s]);
    }
    const [[, sExt], [, sBare]] = tabs as [[Page, CDPSession], [Page, CDPSession]];
    const heapLoad = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    await sleep(warmupSeconds * 1000);
    const heap0 = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    const before = await stored(h, BIG_SCREEN_URL);
    const m0 = [await metrics(sExt), await metrics(sBare)];
    const ticks0 = (await ext.evaluate('window.__ticks')) as number;
    const t0 = Date.now();
    await Promise.all([sExt.send('Profiler.start'), sBare.send('Profiler.start')]);
    // heap after a forced GC every ~10 s: a leak shows as a steady slope, a one-off as a step
    const samples: Array<[number, number, number]> = [[0, heap0[0]!, heap0[1]!]];
    const step = Math.max(5, Math.min(10, seconds / 4));
    for (let t = step; t < seconds - 0.5; t += step) {
      await sleep(t0 + t * 1000 - Date.now());
      samples.push([(Date.now() - t0) / 1000, await heapAfterGc(sExt), await heapAfterGc(sBare)]);
    }
    await sleep(t0 + seconds * 1000 - Date.now());
    const [{ profile: pExt }, { profile: pBare }] = (await Promise.all([sExt.send('Profiler.stop'), sBare.send('Profiler.stop')])) as unknown as [
      { profile: Profile },
      { profile: Profile },
    ];
    const m1 = [await metrics(sExt), await metrics(sBare)];
    const ticks1 = (await ext.evaluate('window.__ticks')) as number;
    const heap1 = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    samples.push([(Date.now() - t0) / 1000, heap1[0]!, heap1[1]!]);
    const after = await stored(h, BIG_SCREEN_URL);

    const extPrefix = `chrome-extension://${h.extensionId}/`;
    const aExt = attribute(pExt, extPrefix, 'https://compass.jinritemai.com');
    const aBare = attribute(pBare, extPrefix, BENCH_ORIGIN);
    const sd = (i: number) => (m1[i]!.ScriptDuration! - m0[i]!.ScriptDuration!) * 1000;
    const sdExt = sd(0),
      sdBare = sd(1);
    const growth = [heap1[0]! - heap0[0]!, heap1[1]! - heap0[1]!];
    const extraGrowth = growth[0]! - growth[1]!;
    const noise = Math.max(64 * 1024, 2 * Math.abs(growth[1]!));
    const kib = (b: number) => round(b / 1024, 1);
    // the extension tab's heap minus the bare tab's, per minute, over the samples
    const extraSlope =
      slope(
        samples.map((x) => x[0]),
        samples.map((x) => x[1] - x[2]),
      ) * 60;
    const sends = after.captures - before.captures;
    const detail = {
      seconds,
      warmupSeconds,
      ticks: ticks1 - ticks0,
      extensionScriptMs: round(aExt.extension, 1),
      pageScriptMs: round(aExt.page, 1),
      gcMsWithExtension: round(aExt.gc, 1),
      gcMsBare: round(aBare.gc, 1),
      pageScriptMsBareTab: round(aBare.page, 1),
      extensionMsPerSecond: round(aExt.extension / seconds, 2),
      extensionShareOfWallTime: round(aExt.extension / (seconds * 1000), 5),
      scriptDurationMsWithExtension: round(sdExt, 1),
      scriptDurationMsBare: round(sdBare, 1),
      scriptDurationDifferenceMs: round(sdExt - sdBare, 1),
      captureRowsStoredDuringRun: sends,
      pointsStoredDuringRun: after.points - before.points,
      heapAtLoadWithExtension: heapLoad[0]!,
      heapAtLoadBare: heapLoad[1]!,
      heapStartWithExtension: heap0[0]!,
      heapEndWithExtension: heap1[0]!,
      heapStartBare: heap0[1]!,
      heapEndBare: heap1[1]!,
      warmupGrowthWithExtensionKiB: kib(heap0[0]! - heapLoad[0]!),
      warmupGrowthBareKiB: kib(heap0[1]! - heapLoad[1]!),
      extraHeapSlopeKiBPerMin: round(extraSlope / 1024, 2),
      heapSamplesKiB: samples.map(([t, a, b]) => `${Math.round(t)}s:${kib(a)}/${kib(b)}`).join(' '),
    };
    // main-thread time = the content script's own samples: the DOM calls it makes (forced style and
    // layout included) are sampled under its frames. GC is not split by owner, and the heap samples
    // below force full GCs in both tabs during the window, so GC time is reported, not added.
    const main = aExt.extension;
    // the last half of the samples: does the heap still grow once the reader is warm?
    const half = samples.filter((x) => x[0] >= seconds / 2 - 0.5);
    const lastHalf = [half[half.length - 1]![1] - half[0]![1], half[half.length - 1]![2] - half[0]![2]];
    return {
      'live.contentScriptShare': fig(
        main / aExt.page,
        0.01,
        'ratio',
        `content script ${round(main, 1)} ms vs the page's own script ${round(aExt.page, 1)} ms over ${seconds} s after ${warmupSeconds} s of warm-up (${detail.ticks} ticks × 50 numbers; ${sends} captures sent, ${round(aExt.extension / Math.max(1, sends), 1)} ms of script per capture); CPU-profile attribution (100 µs sampling); GC (not in the value: forced GCs for the heap samples fall in the window) ${round(aExt.gc, 1)} ms in the extension tab vs ${round(aBare.gc, 1)} ms in the bare tab; ScriptDuration cross-check: ${round(sdExt - sdBare, 1)} ms extra script time in the extension tab. The page's script is the cheapest possible (50 nodeValue writes a tick, no framework): its own time is a floor, not a real React big screen's`,
        detail,
      ),
      'live.contentScriptMsPerSecond': fig(main / seconds, null, 'ms/s', 'absolute: content-script main-thread time per second of the big screen'),
      'live.heapGrowth': fig(
        extraGrowth / 1024,
        noise / 1024,
        'KiB',
        `JSHeapUsedSize after forced GC (the tab's whole isolate: page + content script), end − start of the measured ${seconds} s: with extension ${kib(growth[0]!)} KiB, bare tab ${kib(growth[1]!)} KiB; value = the difference; goal = noise = max(64 KiB, 2 × |bare-tab growth|). Slope of (extension tab − bare tab) over ${samples.length} samples: ${round(extraSlope / 1024, 1)} KiB/min. Warm-up (load → start, not in the value): with extension +${detail.warmupGrowthWithExtensionKiB} KiB, bare +${detail.warmupGrowthBareKiB} KiB`,
        {
          growthWithExtensionKiB: kib(growth[0]!),
          growthBareKiB: kib(growth[1]!),
          extraSlopeKiBPerMin: round(extraSlope / 1024, 2),
          samples: samples.length,
        },
      ),
      'live.heapGrowthLastHalf': fig(
        (lastHalf[0]! - lastHalf[1]!) / 1024,
        noise / 1024,
        'KiB',
        `the same over the last half only (${Math.round(half[0]![0])} s → ${Math.round(half[half.length - 1]![0])} s of the measured span): with extension ${kib(lastHalf[0]!)} KiB, bare tab ${kib(lastHalf[1]!)} KiB. Growth that stops here is the reader warming up (the samples: ${detail.heapSamplesKiB} KiB, extension/bare); growth that goes on is a leak`,
      ),
      'live.heapExtraAtEnd': fig(
        (heap1[0]! - heap1[1]!) / 1024,
        null,
        'KiB',
        "absolute: JS heap of the extension tab minus the bare tab at the end (the content script's isolated world: its code, the reader's state, the badge)",
      ),
    };
  } finally {
    for (const [, s] of tabs) await s.detach().catch(() => undefined);
    await ext.close();
    await bare.close();
  }
}
