/**
 * Bundled (esbuild, IIFE) into the benchmark page: the real reader against one bare TreeWalker
 * pass over the page's text nodes, timed in the page, interleaved; and the sliced reader the
 * content script runs (extractPageSliced with the content script's yield), its slices timed in
 * the driver and cross-checked by a 'longtask' PerformanceObserver.
 */
import { extractPage, extractPageSliced } from '../../lib/extract/page';
import { SLICE_BUDGET_MS } from '../../lib/extract/limits';
import { pageYielder } from '../../lib/capture/yield-to-page';
import { compass } from '../../lib/platforms/compass';

/** The floor: visit every text node once and read its text, nothing else. */
function floor(root: Node): number {
  const tw = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let x = tw.nextNode(); x; x = tw.nextNode()) n += (x as Text).data.length;
  return n;
}

/** A slightly richer floor, for context: the same walk, trimming each text and testing it for a digit. */
function floorDigits(root: Node): number {
  const tw = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let x = tw.nextNode(); x; x = tw.nextNode()) if (/\d/.test((x as Text).data.trim())) n++;
  return n;
}

function countNodes(): { nodes: number; elements: number; texts: number } {
  const tw = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 0,
    elements = 0,
    texts = 0;
  for (let x = tw.nextNode(); x; x = tw.nextNode()) {
    nodes++;
    if (x.nodeType === 1) elements++;
    else if (x.nodeType === 3) texts++;
  }
  return { nodes, elements, texts };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** How many calls make one sample last at least `ms` (timer resolution is ~0.1 ms here). */
function repsFor(fn: () => unknown, ms: number): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    if (performance.now() - t0 >= ms || reps >= 1 << 14) return reps;
    reps *= 2;
  }
}

export interface ExtractBenchResult {
  extractMs: number[];
  floorMs: number[];
  /** floorDigits, sampled after the main loop */
  digitsMs: number[];
  repsExtract: number;
  repsFloor: number;
  readings: number;
  sessions: number;
  missed: number;
  unknown: number;
  page: string;
  textChars: number;
  nodes: number;
  elements: number;
  texts: number;
}

function run(href: string, samples: number, warmup: number, sampleMs: number): ExtractBenchResult {
  let sink = 0;
  const ex = () => {
    sink += extractPage(document, href, compass).captures.length;
  };
  const fl = () => {
    sink += floor(document);
  };
  for (let i = 0; i < warmup; i++) {
    ex();
    fl();
  }
  const repsExtract = repsFor(ex, sampleMs),
    repsFloor = repsFor(fl, sampleMs);
  const extractMs: number[] = [],
    floorMs: number[] = [];
  const time = (fn: () => void, reps: number): number => {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    return (performance.now() - t0) / reps;
  };
  for (let i = 0; i < samples; i++) {
    // alternate the order, so neither always runs right after the other's garbage
    if (i % 2) {
      extractMs.push(time(ex, repsExtract));
      floorMs.push(time(fl, repsFloor));
    } else {
      floorMs.push(time(fl, repsFloor));
      extractMs.push(time(ex, repsExtract));
    }
  }
  const digitsMs: number[] = [];
  const dg = () => {
    sink += floorDigits(document);
  };
  const repsDigits = repsFor(dg, sampleMs);
  for (let i = 0; i < 21; i++) digitsMs.push(time(dg, repsDigits));
  const cap = extractPage(document, href, compass);
  (globalThis as { __sink?: number }).__sink = sink;
  return {
    extractMs,
    floorMs,
    digitsMs,
    repsExtract,
    repsFloor,
    readings: cap.captures.length,
    sessions: cap.sessions.length,
    missed: cap.missed.length,
    unknown: cap.unknown.length,
    page: cap.page,
    textChars: floor(document),
    ...countNodes(),
  };
}

/** Just the reader, `n` times (for a CPU profile of where its time goes). */
function repeat(href: string, n: number): number {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += extractPage(document, href, compass).captures.length;
  return sink;
}

export interface SlicedBenchResult {
  /** one-call reads and bare walks, interleaved (ms each) */
  syncMs: number[];
  floorMs: number[];
  /** sliced reads: wall time from start to result (ms each) */
  slicedWallMs: number[];
  /** sliced reads: main-thread time, the sum of the slices (ms each) */
  slicedCpuMs: number[];
  /** the longest slice of each sliced read (driver's performance.now) */
  longestSliceMs: number[];
  slicesPerRead: number[];
  /** the longest single step (a pause point to the next), over a read run with budget 0 */
  longestStepMs: number;
  /** 'longtask' entries (≥ 50 ms) seen during the sliced reads, and during one-call reads
   *  (the observer's own check: those must show up) */
  longTasksSliced: number[];
  longTasksSync: number[];
  longTaskSupported: boolean;
  yielder: string;
  budgetMs: number;
  sameRead: boolean;
  readings: number;
  sessions: number;
  textChars: number;
  nodes: number;
  elements: number;
  texts: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Long tasks (≥ 50 ms, the browser's own measure) during `fn`; entries arrive after the task,
 *  so the observer stays on a little after. */
async function longTasksDuring(fn: () => Promise<void>): Promise<number[]> {
  const seen: number[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  });
  obs.observe({ type: 'longtask', buffered: false });
  try {
    await fn();
    await pause(200);
  } finally {
    obs.disconnect();
  }
  return seen;
}

/** The big page: the one-call reader vs the bare walk (interleaved), then sliced reads, each
 *  started in a task of its own as the content script's timer would start it. */
async function runSliced(href: string, samples: number, warmup: number): Promise<SlicedBenchResult> {
  let sink = 0;
  const yieldToPage = pageYielder();
  const ex = () => {
    sink += extractPage(document, href, compass).captures.length;
  };
  const fl = () => {
    sink += floor(document);
  };
  for (let i = 0; i < warmup; i++) {
    ex();
    fl();
  }
  const time = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const syncMs: number[] = [],
    floorMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2) {
      syncMs.push(time(ex));
      floorMs.push(time(fl));
    } else {
      floorMs.push(time(fl));
      syncMs.push(time(ex));
    }
  }

  const slicedWallMs: number[] = [],
    slicedCpuMs: number[] = [],
    longestSliceMs: number[] = [],
    slicesPerRead: number[] = [];
  let last: Awaited<ReturnType<typeof extractPageSliced>> | null = null;
  const sliced = async () => {
    const slices: number[] = [];
    const t0 = performance.now();
    last = await extractPageSliced(document, href, compass, {}, { yieldToPage, onSlice: (ms) => slices.push(ms) });
    slicedWallMs.push(performance.now() - t0);
    slicedCpuMs.push(slices.reduce((a, b) => a + b, 0));
    longestSliceMs.push(Math.max(...slices));
    slicesPerRead.push(slices.length);
  };
  await sliced(); // warm-up
  slicedWallMs.length = slicedCpuMs.length = longestSliceMs.length = slicesPerRead.length = 0;
  const longTaskSupported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  const longTasksSliced = await longTasksDuring(async () => {
    for (let i = 0; i < samples; i++) {
      await pause(0); // each read starts in its own task, as the loop's timer starts it
      await sliced();
    }
  });
  const longTasksSync = await longTasksDuring(async () => {
    for (let i = 0; i < 3; i++) {
      await pause(0);
      ex();
    }
  });

  // the finest grain the reader can be cut at: every pause point taken, no page in between
  let longestStepMs = 0;
  await extractPageSliced(
    document,
    href,
    compass,
    {},
    { budgetMs: 0, yieldToPage: () => Promise.resolve(), onSlice: (ms) => (longestStepMs = Math.max(longestStepMs, ms)) },
  );

  const cap = extractPage(document, href, compass, { now: 0 });
  const again = await extractPageSliced(document, href, compass, { now: 0 }, { yieldToPage });
  (globalThis as { __sink?: number }).__sink = sink + (last ? 1 : 0);
  return {
    syncMs,
    floorMs,
    slicedWallMs,
    slicedCpuMs,
    longestSliceMs,
    slicesPerRead,
    longestStepMs,
    longTasksSliced,
    longTasksSync,
    longTaskSupported,
    yielder: typeof (globalThis as { scheduler?: { yield?: unknown } }).scheduler?.yield === 'function' ? 'scheduler.yield' : 'MessageChannel',
    budgetMs: SLICE_BUDGET_MS,
    sameRead: JSON.stringify(cap) === JSON.stringify(again),
    readings: cap.captures.length,
    sessions: cap.sessions.length,
    textChars: floor(document),
    ...countNodes(),
  };
}

(globalThis as { __slExtractBench?: unknown }).__slExtractBench = { run, runSliced, repeat, median };
