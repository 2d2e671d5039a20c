import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { capturesCsv, csvFileName, safeFilePart, sessionsCsv } from '../../lib/export/csv';
import { shanghaiIso } from '../../lib/format/time';
import { ingestCapture } from '../../lib/store/ingest';
import { sessionsForShop } from '../../lib/store/queries';
import type { SessionRow } from '../../lib/store/rows';
import { freshDb, liveCapture, tableCapture } from '../store/fixtures';

const parse = (csv: string, dynamicTyping: boolean | ((f: string | number) => boolean) = true) =>
  Papa.parse<Record<string, unknown>>(csv, { header: true, dynamicTyping, skipEmptyLines: true });

async function sessions(): Promise<SessionRow[]> {
  const db = freshDb();
  await ingestCapture(db, tableCapture());
  await ingestCapture(db, liveCapture());
  return sessionsForShop(db, 'compass:S1');
}

const session = (key: string, title: string, latest: SessionRow['latest']): SessionRow => ({
  id: `compass:S1|${key}`,
  shopId: 'compass:S1',
  platform: 'compass',
  key,
  title,
  start: null,
  end: null,
  timeText: null,
  live: false,
  t: 0,
  firstSeen: 0,
  lastSeen: 0,
  latest,
});

describe('sessionsCsv', () => {
  it('BOM, one header row "name [id]" in the interface language, one row per session', async () => {
    const s = await sessions();
    const zh = sessionsCsv(s, { lang: 'zh-CN', metrics: ['viewers', 'gmv', 'netGmv'] });
    expect(zh.startsWith('\uFEFF')).toBe(true);
    const { data, meta } = parse(zh);
    expect(meta.fields).toContain('直播间观看人数 [viewers]');
    expect(meta.fields?.[0]).toBe('场次ID [key]');
    expect(data).toHaveLength(4);
    const en = sessionsCsv(s, { lang: 'en', metrics: ['viewers'] });
    expect(parse(en).meta.fields).toContain('Viewers [viewers]');
  });

  it('numbers stay numeric, negatives negative, missing empty (not 0), times ISO +08:00', async () => {
    const s = await sessions();
    const csv = sessionsCsv(s, { lang: 'en' });
    const rows = parse(csv).data;
    const a = rows.find((r) => r['Session ID [key]'] === 'A')!;
    expect(a['Viewers [viewers]']).toBe(1000);
    expect(a['Net GMV [netGmv]']).toBe(-120.5);
    expect(csv).toMatch(/,-120\.5(,|\r\n)/); // unquoted, no leading '
    expect(a['Peak concurrent viewers [peakOnline]']).toBeNull();
    const live = rows.find((r) => r['Session ID [key]'] === 7528000000000000001 || r['Session ID [key]'] === '7528000000000000001')!;
    expect(live['Peak concurrent viewers [peakOnline]']).toBeNull(); // shown as -- on the page
    expect(parse(csv, false).data.find((r) => r['Session ID [key]'] === 'A')!['Start [start]']).toBe('2025-07-26T20:00:00+08:00');
  });

  it('a formula title comes back as text starting with a quote', async () => {
    const s = await sessions();
    const csv = sessionsCsv(s, { lang: 'en' });
    const c = parse(csv).data.find((r) => r['Session ID [key]'] === 'C')!;
    expect(c['Title [title]']).toBe(`'=HYPERLINK("http://x","y")`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('round-trips random numbers and strings (fast-check)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('=1+1', '+x', '-x', '@x', '\tx', '\rx', ' x ', '"q"', 'a,b', 'a\nb'));
    const num = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, num, fc.option(num, { nil: null })), { minLength: 1, maxLength: 8 }), (rows) => {
        const s = rows.map(([title, gmv, net], i) =>
          session(`k${i}`, title, {
            gmv: { value: gmv, unit: 'cny', source: 'observed', text: '', at: 0 },
            netGmv: { value: net, unit: 'cny', source: 'observed', text: '', at: 0 },
          }),
        );
        const csv = sessionsCsv(s, { lang: 'en', metrics: ['gmv', 'netGmv'] });
        const numeric = (f: string | number) => String(f).includes('GMV');
        const back = parse(csv, numeric).data;
        expect(back).toHaveLength(rows.length);
        back.forEach((r, i) => {
          const [title, gmv, net] = rows[i]!;
          const escaped = /^[=+\-@\t\r]/.test(title) ? `'${title}` : title;
          expect(r['Title [title]']).toBe(escaped);
          expect(r['GMV (paid) [gmv]']).toBe(Object.is(gmv, -0) ? 0 : gmv);
          expect(r['Net GMV [netGmv]']).toBe(net === null ? null : Object.is(net, -0) ? 0 : net);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('capturesCsv', () => {
  it('one row per reading with metric id, name, qualifier, source, compare and benchmarks', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    const csv = capturesCsv(await db.captures.toArray(), { lang: 'zh-CN' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data, meta } = parse(csv);
    expect(meta.fields).toEqual(
      expect.arrayContaining([
        '采集时间 [capturedAt]',
        '指标ID [metric]',
        '指标 [name]',
        '数值 [value]',
        '对比变化 [compareValue]',
        '同行优秀值 [peerExcellent]',
      ]),
    );
    expect(data).toHaveLength(5);
    const gmv = data.find((r) => r['指标ID [metric]'] === 'gmv')!;
    expect(gmv['数值 [value]']).toBe(26439.25);
    expect(gmv['对比变化 [compareValue]']).toBe(-0.052);
    expect(gmv['对比(显示) [compareText]']).toBe("'-5.2%"); // a text cell starting with - is escaped
    expect(gmv['同行优秀值 [peerExcellent]']).toBe(30000);
    expect(gmv['指标 [name]']).toBe('用户支付金额');
    const peak = data.find((r) => r['指标ID [metric]'] === 'peakOnline')!;
    expect(peak['数值 [value]']).toBeNull();
    expect(data.find((r) => r['指标ID [metric]'] === 'uvValue')!['来源 [source]']).toBe('derived');
    expect(data.find((r) => r['指标ID [metric]'] === 'viewers')!['限定 [qualifier]']).toBe('approx');
    expect(parse(csv, false).data[0]!['采集时间 [capturedAt]']).toBe('2025-07-28T22:30:00+08:00');
  });
});

describe('big exports (written a chunk of rows at a time)', () => {
  it('captures: every reading once, in order, across chunk boundaries and captures without readings', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    const [one] = await db.captures.toArray();
    const captures = Array.from({ length: 1500 }, (_, i) => ({
      ...one!,
      id: i + 1,
      capturedAt: one!.capturedAt + i * 1000,
      readings: i % 7 === 3 ? [] : one!.readings,
    }));
    const csv = capturesCsv(captures, { lang: 'en' });
    const expected = captures.flatMap((c) => c.readings.map((r) => [shanghaiIso(c.capturedAt), r.metric]));
    expect(expected.length).toBeGreaterThan(4096 + 1);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
    expect(rows).toHaveLength(expected.length + 1); // no blank line where chunks meet
    expect(rows.slice(1).map((r) => [r[0], r[6]])).toEqual(expected);
    expect(csv.endsWith('\r\n')).toBe(false);
  });

  it('sessions: 2 × 2048 + 1 rows, the header once', () => {
    const s = Array.from({ length: 4097 }, (_, i) =>
      session(`k${i}`, i % 2 ? `-${i}` : `t${i}`, { gmv: { value: -i, unit: 'cny', source: 'observed', text: '', at: 0 } }),
    );
    const csv = sessionsCsv(s, { lang: 'en', metrics: ['gmv'] });
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
    expect(rows).toHaveLength(4098);
    expect(rows.filter((r) => r[0] === 'Session ID [key]')).toHaveLength(1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(s.map((x) => x.key));
    expect(rows[2]![1]).toBe("'-1");
    expect(rows[4097]![9]).toBe('-4096');
  });

  it('an empty export is the header alone (as papaparse writes no rows)', () => {
    const csv = sessionsCsv([], { lang: 'en', metrics: ['gmv'] });
    expect(csv).toBe(
      `\uFEFF${Papa.unparse({ fields: parse(sessionsCsv([session('k', 't', {})], { lang: 'en', metrics: ['gmv'] })).meta.fields!, data: [] }, { newline: '\r\n' })}`,
    );
    expect(parse(csv).data).toHaveLength(0);
    expect(parse(capturesCsv([], { lang: 'en' })).data).toHaveLength(0);
  });
});

describe('file names and times', () => {
  it('csvFileName', () => {
    const from = Date.parse('2025-07-01T00:00:00+08:00');
    const to = Date.parse('2025-07-28T23:59:00+08:00');
    expect(csvFileName('sessions', '小蜜蜂旗舰店', from, to)).toBe('StageLens-sessions-小蜜蜂旗舰店-2025-07-01_2025-07-28.csv');
    expect(csvFileName('captures', 'a/b:c*?"<>|d e', from, to)).toBe('StageLens-captures-abcd_e-2025-07-01_2025-07-28.csv');
    expect(csvFileName('sessions', '../..', null, null)).toBe('StageLens-sessions-all.csv');
    expect(safeFilePart('x'.repeat(100))).toHaveLength(60);
  });

  it('shanghaiIso crosses midnight correctly', () => {
    expect(shanghaiIso(Date.UTC(2025, 6, 28, 17, 10))).toBe('2025-07-29T01:10:00+08:00');
  });
});
