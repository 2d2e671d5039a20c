/**
 * Figure 3: the store in real Chromium (a plain https page; IndexedDB on the profile's disk).
 * Bulk insert of 100,000 capture rows (in ten 10,000-row transactions, Dexie and raw alternating), then the side panel's main queries, each as Dexie
 * (lib/store/db.ts + lib/store/queries.ts) against hand-written raw IndexedDB on the same rows,
 * the same stores and the same indexes. Queries are interleaved sample by sample.
 * (Chromium's IndexedDB here takes ~0.2–0.3 ms a row, so one 100k-row insert is ~30 s: the ten
 * alternating chunks give the A/B interleaving at the cost of one insert per side.)
 */
import type { Harness } from '../../scripts/chromium';
import { entryPage } from '../lib/page-api';
import { fig, median, round, type Results } from '../lib/stats';
import type { DataShape } from '../gen/data';

type Api = {
  seedRest(s: DataShape): Promise<{ sessions: number; values: number; sameSchema: boolean; dexieSchema: string; rawSchema: string; counts: number[] }>;
  query(q: string, s: DataShape, samples: number, reps: number): Promise<{ dexieMs: number[]; rawMs: number[]; dexieRows: number; rawRows: number }>;
  cleanup(): Promise<void>;
};

export const STORE_SHAPE: DataShape = { shops: 5, sessionsPerShop: 200, capturesPerSession: 100, readingsPerCapture: 4, metricsPerSession: 40 };

export async function storeFigure(h: Harness, pages: Map<string, string>, log: (s: string) => void, chunks = 10): Promise<Results> {
  const { page, call } = await entryPage(h.context, pages, 'store', '__slStoreBench');
  try {
    // Warm-up: one small insert on each side (first IndexedDB use, JIT), then fresh databases.
    await call('reset');
    await call('prepare', { ...STORE_SHAPE, capturesPerSession: 2 });
    for (const w of ['dexie', 'raw'] as const) await call('insert', w, 0, 2000);
    await call('reset');
    // 100,000 rows into each database, in `chunks` transactions of equal size, alternating
    // Dexie / raw chunk by chunk (order flipped each chunk), so drift hits both alike.
    const rows = await call<number>('prepare', STORE_SHAPE);
    const size = Math.ceil(rows / chunks);
    const ins: Record<'dexie' | 'raw', number[]> = { dexie: [], raw: [] };
    for (let c = 0; c < chunks; c++) {
      for (const w of c % 2 ? (['raw', 'dexie'] as const) : (['dexie', 'raw'] as const))
        ins[w].push(await call<number>('insert', w, c * size, Math.min(rows, (c + 1) * size)));
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    log(`  store: bulk insert ${rows} rows: dexie ${Math.round(sum(ins.dexie))} ms, raw ${Math.round(sum(ins.raw))} ms`);
    const seed = await call<Awaited<ReturnType<Api['seedRest']>>>('seedRest', STORE_SHAPE);
    if (!seed.sameSchema) log(`  store: WARNING schemas differ\n   dexie: ${seed.dexieSchema}\n   raw:   ${seed.rawSchema}`);
    const out: Results = {};
    const di = sum(ins.dexie),
      ri = sum(ins.raw);
    const chunkRatios = ins.dexie.map((d, i) => d / ins.raw[i]!);
    out['store.bulkInsert'] = fig(
      di / ri,
      1.3,
      '×',
      `${rows} capture rows (${STORE_SHAPE.readingsPerCapture} readings each, 6 indexes) into each database as ${chunks} bulk transactions of ${size}, alternating: Dexie bulkAdd ${Math.round(di)} ms vs raw add loop ${Math.round(ri)} ms in all (median chunk ratio ${round(median(chunkRatios), 3)})`,
      {
        dexieTotalMs: round(di, 1),
        rawTotalMs: round(ri, 1),
        medianChunkRatio: round(median(chunkRatios), 3),
        dexieChunksMs: ins.dexie.map((x) => Math.round(x)).join(' '),
        rawChunksMs: ins.raw.map((x) => Math.round(x)).join(' '),
        rows,
        sameSchema: seed.sameSchema,
        rowsInDexieDb: seed.counts[0]!,
        rowsInRawDb: seed.counts[1]!,
      },
    );
    const queries: Array<[string, string, number, string]> = [
      ['latest', 'store.latestCapture', 20, 'latest capture of a page (latestCaptureForPageKey: [pageKey+capturedAt] … last())'],
      [
        'sessions',
        'store.sessionsByTime',
        4,
        `a shop's sessions by time (sessionsForShop: [shopId+t] newest first; ${STORE_SHAPE.sessionsPerShop} sessions × ${STORE_SHAPE.metricsPerSession} metrics)`,
      ],
      ['history', 'store.metricHistory', 10, `one metric's history (metricHistory: values [shopId+metric+t], ${STORE_SHAPE.sessionsPerShop} sessions)`],
    ];
    for (const [q, name, reps, what] of queries) {
      const r = await call<Awaited<ReturnType<Api['query']>>>('query', q, STORE_SHAPE, 61, reps);
      const d = median(r.dexieMs),
        w = median(r.rawMs);
      out[name] = fig(
        d / w,
        1.3,
        '×',
        `${what}: Dexie ${round(d, 3)} ms vs raw IndexedDB ${round(w, 3)} ms (medians of ${r.dexieMs.length} interleaved samples; ${r.dexieRows}/${r.rawRows} rows)`,
        {
          dexieMedianMs: round(d, 4),
          rawMedianMs: round(w, 4),
          dexieRows: r.dexieRows,
          rawRows: r.rawRows,
        },
      );
      log(`  store: ${q} dexie ${round(d, 3)} ms raw ${round(w, 3)} ms`);
    }
    {
      // what sessionsForShop's ratio is made of: the same index range read by Dexie without the
      // .filter() it always applies (a filter makes Dexie walk a cursor, row by row)
      const r = await call<Awaited<ReturnType<Api['query']>>>('query', 'sessionsPlain', STORE_SHAPE, 31, 4);
      const d = median(r.dexieMs),
        w = median(r.rawMs);
      const f = out['store.sessionsByTime']!;
      f.note += `; diagnostic: the same range by Dexie without sessionsForShop's .filter() ${round(d, 3)} ms vs raw ${round(w, 3)} ms = ${round(d / w, 2)}× (medians of ${r.dexieMs.length})`;
      f.detail = { ...f.detail, dexieNoFilterMedianMs: round(d, 4), rawForNoFilterMedianMs: round(w, 4), noFilterRatio: round(d / w, 3) };
      log(`  store: sessions without .filter(): dexie ${round(d, 3)} ms raw ${round(w, 3)} ms`);
    }
    await call('cleanup');
    return out;
  } finally {
    await page.close();
  }
}
