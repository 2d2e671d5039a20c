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

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface Attribution { extension: number; page: number; otherScript: number; gc: number; program: number; idle: number; total: number }

/** Milliseconds of samples per owner. */
export function attribute(p: Profile, extPrefix: string, pageOrigin: string): Attribution {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map<number, keyof Attribution>();
  const ownerOf = (id: number): keyof Attribution => {
    const known = owner.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const { url, functionName } = n.callFrame;
    let o: keyof Attribution;
    if (url.startsWith(extPrefix)) o = 'extension';
    else if (url.startsWith(pageOrigin)) o = 'page';
    else if (url) o = 'otherScript';
    else if (functionName === '(garbage collector)') o = 'gc';
    else if (functionName === '(idle)') o = 'idle';
    else if (functionName === '(program)' || functionName === '(root)') o = 'program';
    else { const up = parent.get(id); o = up === undefined ? 'program' : ownerOf(up); } // a builtin: its caller's
    owner.set(id, o);
    return o;
  };
  const out: Attribution = { extension: 0, page: 0, otherScript: 0, gc: 0, program: 0, idle: 0, total: 0 };
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; // µs to the next sample
    out[ownerOf(p.samples[i]!)] += dt;
    out.total += dt;
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

export async function liveFigure(h: Harness, pages: Map<string, string>, seconds: number): Promise<Results> {
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
    await sleep(3_000); // the first reads and sends are done; the page ticks
    const heap0 = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    const before = await stored(h, BIG_SCREEN_URL);
    const m0 = [await metrics(sExt), await metrics(sBare)];
    const ticks0 = await ext.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    await Promise.all([sExt.send('Profiler.start'), sBare.send('Profiler.start')]);
    await sleep((seconds * 1000) / 2);
    const heapMid = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    await sleep((seconds * 1000) / 2);
    const [{ profile: pExt }, { profile: pBare }] = (await Promise.all([sExt.send('Profiler.stop'), sBare.send('Profiler.stop')])) as unknown as [{ profile: Profile }, { profile: Profile }];
    const m1 = [await metrics(sExt), await metrics(sBare)];
    const ticks1 = await ext.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    const heap1 = [await heapAfterGc(sExt), await heapAfterGc(sBare)];
    const after = await stored(h, BIG_SCREEN_URL);

    const extPrefix = `chrome-extension://${h.extensionId}/`;
    const aExt = attribute(pExt, extPrefix, 'https://compass.jinritemai.com');
    const aBare = attribute(pBare, extPrefix, BENCH_ORIGIN);
    const sd = (i: number) => (m1[i]!.ScriptDuration! - m0[i]!.ScriptDuration!) * 1000;
    const sdExt = sd(0), sdBare = sd(1);
    const growth = [heap1[0]! - heap0[0]!, heap1[1]! - heap0[1]!];
    const extraGrowth = growth[0]! - growth[1]!;
    const noise = Math.max(64 * 1024, 2 * Math.abs(growth[1]!));
    const detail = {
      seconds, ticks: ticks1 - ticks0,
      extensionScriptMs: round(aExt.extension, 1), pageScriptMs: round(aExt.page, 1), gcMsWithExtension: round(aExt.gc, 1), gcMsBare: round(aBare.gc, 1),
      pageScriptMsBareTab: round(aBare.page, 1), extensionMsPerSecond: round(aExt.extension / seconds, 2),
      extensionShareOfWallTime: round(aExt.extension / (seconds * 1000), 5),
      scriptDurationMsWithExtension: round(sdExt, 1), scriptDurationMsBare: round(sdBare, 1), scriptDurationDifferenceMs: round(sdExt - sdBare, 1),
      captureRowsStoredDuringRun: after.captures - before.captures, pointsStoredDuringRun: after.points - before.points,
      heapStartWithExtension: heap0[0]!, heapMidWithExtension: heapMid[0]!, heapEndWithExtension: heap1[0]!, heapStartBare: heap0[1]!, heapMidBare: heapMid[1]!, heapEndBare: heap1[1]!,
      secondHalfGrowthWithExtensionKiB: round((heap1[0]! - heapMid[0]!) / 1024, 1), secondHalfGrowthBareKiB: round((heap1[1]! - heapMid[1]!) / 1024, 1),
    };
    return {
      'live.contentScriptShare': fig(aExt.extension / aExt.page, 0.01, 'ratio', `content script ${round(aExt.extension, 1)} ms vs the page's own script ${round(aExt.page, 1)} ms over ${seconds} s (${detail.ticks} ticks × 50 numbers); CPU-profile attribution; ScriptDuration cross-check: ${round(sdExt - sdBare, 1)} ms extra script time in the extension tab`, detail),
      'live.contentScriptMsPerSecond': fig(aExt.extension / seconds, null, 'ms/s', 'absolute: content-script main-thread time per second of the big screen'),
      'live.heapGrowth': fig(extraGrowth / 1024, noise / 1024, 'KiB', `JSHeapUsedSize after forced GC (the tab's whole isolate: page + content script), end − start: with extension ${round(growth[0]! / 1024, 1)} KiB (second half alone ${round((heap1[0]! - heapMid[0]!) / 1024, 1)} KiB), bare tab ${round(growth[1]! / 1024, 1)} KiB; goal = noise = max(64 KiB, 2 × |bare-tab growth|)`),
      'live.heapExtraAtEnd': fig((heap1[0]! - heap1[1]!) / 1024, null, 'KiB', 'absolute: JS heap of the extension tab minus the bare tab at the end (what the content script holds)'),
    };
  } finally {
    for (const [, s] of tabs) await s.detach().catch(() => undefined);
    await ext.close();
    await bare.close();
  }
}
