/**
 * Bundled (esbuild, IIFE) into the benchmark page: the real reader against one bare TreeWalker
 * pass over the page's text nodes, timed in the page, interleaved.
 */
import { extractPage } from '../../lib/extract/page';
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
  let nodes = 0, elements = 0, texts = 0;
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
  const ex = () => { sink += extractPage(document, href, compass).captures.length; };
  const fl = () => { sink += floor(document); };
  for (let i = 0; i < warmup; i++) { ex(); fl(); }
  const repsExtract = repsFor(ex, sampleMs), repsFloor = repsFor(fl, sampleMs);
  const extractMs: number[] = [], floorMs: number[] = [];
  const time = (fn: () => void, reps: number): number => {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    return (performance.now() - t0) / reps;
  };
  for (let i = 0; i < samples; i++) {
    // alternate the order, so neither always runs right after the other's garbage
    if (i % 2) { extractMs.push(time(ex, repsExtract)); floorMs.push(time(fl, repsFloor)); }
    else { floorMs.push(time(fl, repsFloor)); extractMs.push(time(ex, repsExtract)); }
  }
  const digitsMs: number[] = [];
  const dg = () => { sink += floorDigits(document); };
  const repsDigits = repsFor(dg, sampleMs);
  for (let i = 0; i < 21; i++) digitsMs.push(time(dg, repsDigits));
  const cap = extractPage(document, href, compass);
  (globalThis as { __sink?: number }).__sink = sink;
  return {
    extractMs, floorMs, digitsMs, repsExtract, repsFloor,
    readings: cap.captures.length, sessions: cap.sessions.length, missed: cap.missed.length, unknown: cap.unknown.length, page: cap.page,
    textChars: floor(document), ...countNodes(),
  };
}

/** Just the reader, `n` times (for a CPU profile of where its time goes). */
function repeat(href: string, n: number): number {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += extractPage(document, href, compass).captures.length;
  return sink;
}

(globalThis as { __slExtractBench?: unknown }).__slExtractBench = { run, repeat, median };
