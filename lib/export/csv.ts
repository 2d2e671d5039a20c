/**
 * CSV exports, written with papaparse's `unparse`.
 *
 * - UTF-8 with a BOM, so Excel opens Chinese text correctly.
 * - One header row; every header is the column's name in the interface language followed by
 *   its stable id in brackets — `直播间观看人数 [viewers]` / `Viewers [viewers]` — so a file is
 *   readable and still machine-matchable whatever language it was exported in.
 * - Formula injection: a TEXT cell starting with = + - @ TAB CR gets a leading ' (Papa's
 *   escapeFormulae, which skips numbers and booleans). Numbers are written as numbers:
 *   negatives stay negative and unquoted. A missing value is an empty cell, never 0.
 * - Times are ISO 8601 in Asia/Shanghai (+08:00).
 * - Sessions CSV carries each metric's number only (qualifier like 10万+ and derived/observed
 *   are in the captures CSV).
 * - Items CSV: one row per item per session (or per period window of a shop-level list), each
 *   item metric the rows hold as a column, and times / seconds explained from the session's
 *   explanation segments (empty when the session has none recorded: unknown, not 0).
 */
import Papa from 'papaparse';
import { segmentStats } from '../items/segments';
import { METRIC_IDS, METRICS, type MetricId } from '../metrics/catalog';
import { ITEM_METRIC_IDS, ITEM_METRICS, type ItemMetricId } from '../metrics/items';
import type { BenchmarkKind } from '../capture/types';
import type { CaptureRow, ItemRecord, ItemStatRow, SegmentRow, SessionRow } from '../store/rows';
import { shanghaiDate, shanghaiIso } from '../format/time';

export type CsvLang = 'zh-CN' | 'zh' | 'en';
type Cell = string | number | boolean | null;

const BOM = '\uFEFF';
const zh = (lang: CsvLang): boolean => lang !== 'en';

const COLUMN_NAMES = {
  key: ['场次ID', 'Session ID'],
  title: ['标题', 'Title'],
  platform: ['平台', 'Platform'],
  start: ['开始时间', 'Start'],
  end: ['结束时间', 'End'],
  timeText: ['时间(页面显示)', 'Time (as shown)'],
  live: ['直播中', 'Live'],
  firstSeen: ['首次记录', 'First recorded'],
  lastSeen: ['最近记录', 'Last recorded'],
  capturedAt: ['采集时间', 'Captured at'],
  page: ['页面', 'Page'],
  period: ['周期', 'Period'],
  session: ['场次', 'Session'],
  scope: ['范围', 'Scope'],
  metric: ['指标ID', 'Metric ID'],
  name: ['指标', 'Metric'],
  label: ['页面标签', 'Label (as shown)'],
  value: ['数值', 'Value'],
  unit: ['单位', 'Unit'],
  qualifier: ['限定', 'Qualifier'],
  source: ['来源', 'Source'],
  text: ['显示文本', 'Shown text'],
  compareBasis: ['对比基准', 'Compared with'],
  compareText: ['对比(显示)', 'Change (as shown)'],
  compareValue: ['对比变化', 'Change'],
  peerExcellent: ['同行优秀值', 'Peer excellent'],
  peerMedian: ['同行中位值', 'Peer median'],
  peerAverage: ['同行平均值', 'Peer average'],
  peerTop: ['同行顶尖值', 'Peer top'],
  peerBaseline: ['同行基准', 'Peer baseline'],
  peerBeatShare: ['超过同行比例', 'Share of peers beaten'],
  accountMedian: ['账号中位值', 'Account median'],
  benchmarksText: ['对标(显示)', 'Benchmarks (as shown)'],
  itemId: ['商品ID', 'Item ID'],
  itemTitle: ['商品', 'Item'],
  itemKind: ['类型', 'Kind'],
  sessionKey: ['场次ID', 'Session ID'],
  sessionTitle: ['场次标题', 'Session title'],
  index: ['序号', 'Position'],
  explaining: ['讲解中', 'Being explained'],
  segmentCount: ['讲解次数(记录)', 'Times explained (recorded)'],
  segmentSeconds: ['讲解秒数(记录)', 'Seconds explained (recorded)'],
} as const satisfies Record<string, readonly [string, string]>;
type Column = keyof typeof COLUMN_NAMES;

const header = (col: Column, lang: CsvLang): string => `${COLUMN_NAMES[col][zh(lang) ? 0 : 1]} [${col}]`;
const metricHeader = (id: MetricId, lang: CsvLang): string => `${METRICS[id][zh(lang) ? 'zh' : 'en']} [${id}]`;

const BENCHMARK_KINDS: readonly BenchmarkKind[] = ['peerExcellent', 'peerMedian', 'peerAverage', 'peerTop', 'peerBaseline', 'peerBeatShare', 'accountMedian'];

const time = (ms: number | null): string | null => (ms === null ? null : shanghaiIso(ms));

/** Rows handed to papaparse at a time: big exports never hold every row's cells at once. */
const CHUNK_ROWS = 2048;

/**
 * The same text as `BOM + Papa.unparse({ fields, data: allRows }, …)`, but unparsed a chunk of
 * rows at a time into the same row arrays, refilled: `fill` writes the next row's `width` cells
 * into the array it is given and returns false when there is none. Millions of cells are never
 * alive at once, nor allocated (that was GC time while papaparse wrote, not work).
 */
function unparseChunked(fields: string[], width: number, fill: (row: Cell[]) => boolean): string {
  const rows: Cell[][] = [];
  // `+=`, not an array join: papaparse builds its text by `+=` too, and joining would copy
  // every piece into one flat string right away
  let out = BOM;
  let first = true;
  for (let done = false; !done; ) {
    let n = 0;
    for (; n < CHUNK_ROWS; n++) {
      const row = rows[n] ?? (rows[n] = new Array<Cell>(width).fill(null));
      if (!fill(row)) {
        done = true;
        break;
      }
    }
    if (n === 0 && !first) break;
    rows.length = n; // the last chunk: only the rows filled
    if (!first) out += '\r\n';
    out += Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n', header: first });
    first = false;
  }
  return out;
}

/** The metrics any of the sessions holds, in catalogue order. */
export function metricsIn(sessions: SessionRow[]): MetricId[] {
  // one pass over the sessions (not one per catalogue metric)
  const held = new Set<string>();
  for (const s of sessions) {
    const latest = s.latest as Record<string, unknown>;
    for (const id in latest) if (latest[id] !== undefined) held.add(id);
  }
  return METRIC_IDS.filter((id) => held.has(id));
}

export interface SessionsCsvOptions {
  lang: CsvLang;
  /** the metric columns, in this order; default: every metric the sessions hold */
  metrics?: MetricId[];
}

/** One row per session, one column per metric. */
export function sessionsCsv(sessions: SessionRow[], opts: SessionsCsvOptions): string {
  const metrics = opts.metrics ?? metricsIn(sessions);
  const fixed: Column[] = ['key', 'title', 'platform', 'start', 'end', 'timeText', 'live', 'firstSeen', 'lastSeen'];
  const fields = [...fixed.map((c) => header(c, opts.lang)), ...metrics.map((m) => metricHeader(m, opts.lang))];
  let i = 0;
  return unparseChunked(fields, 9 + metrics.length, (row) => {
    if (i === sessions.length) return false;
    const s = sessions[i++]!;
    // a session's first and last sightings are often its start and end: format each time once
    const start = time(s.start),
      end = time(s.end);
    row[0] = s.key;
    row[1] = s.title;
    row[2] = s.platform;
    row[3] = start;
    row[4] = end;
    row[5] = s.timeText;
    row[6] = s.live;
    row[7] = s.firstSeen === s.start ? start : s.firstSeen === s.end ? end : time(s.firstSeen);
    row[8] = s.lastSeen === s.end ? end : s.lastSeen === s.start ? start : time(s.lastSeen);
    const latest = s.latest;
    for (let m = 0; m < metrics.length; m++) row[9 + m] = latest[metrics[m]!]?.value ?? null;
    return true;
  });
}

export interface CapturesCsvOptions {
  lang: CsvLang;
}

/** One row per metric reading of each capture (missed labels are not rows). */
export function capturesCsv(captures: CaptureRow[], opts: CapturesCsvOptions): string {
  const cols: Column[] = [
    'capturedAt',
    'platform',
    'page',
    'period',
    'session',
    'scope',
    'metric',
    'name',
    'label',
    'value',
    'unit',
    'qualifier',
    'source',
    'text',
    'compareBasis',
    'compareText',
    'compareValue',
    ...BENCHMARK_KINDS,
    'benchmarksText',
  ];
  const nameCol = zh(opts.lang) ? 'zh' : 'en';
  const nBench = BENCHMARK_KINDS.length;
  let ci = 0;
  let ri = 0;
  let at = NaN;
  let atText = '';
  return unparseChunked(
    cols.map((c) => header(c, opts.lang)),
    cols.length,
    (row) => {
      // the next reading, skipping captures without any
      while (ci < captures.length && ri >= captures[ci]!.readings.length) {
        ci++;
        ri = 0;
      }
      if (ci === captures.length) return false;
      const c = captures[ci]!;
      const r = c.readings[ri++]!;
      if (c.capturedAt !== at) {
        at = c.capturedAt;
        atText = shanghaiIso(at); // one capture's readings share its time
      }
      const cmp = r.compare;
      row[0] = atText;
      row[1] = c.platform;
      row[2] = c.page;
      row[3] = c.period;
      row[4] = c.sessionId;
      row[5] = c.scope;
      row[6] = r.metric;
      row[7] = METRICS[r.metric][nameCol];
      row[8] = r.label;
      row[9] = r.value;
      row[10] = r.unit;
      row[11] = r.qualifier ?? null;
      row[12] = r.source;
      row[13] = r.text;
      row[14] = cmp?.basis ?? null;
      row[15] = cmp?.text ?? null;
      row[16] = cmp?.value ?? null;
      const bs = r.benchmarks;
      // the first benchmark of each kind, as `find` would give
      for (let k = 0; k < nBench; k++) {
        let v: number | null = null;
        if (bs) {
          const kind = BENCHMARK_KINDS[k];
          for (let j = 0; j < bs.length; j++) {
            if (bs[j]!.kind === kind) {
              v = bs[j]!.value ?? null;
              break;
            }
          }
        }
        row[17 + k] = v;
      }
      let shown: string | null = null;
      if (bs?.length) {
        shown = `${bs[0]!.kind}: ${bs[0]!.text}`;
        for (let j = 1; j < bs.length; j++) shown += `; ${bs[j]!.kind}: ${bs[j]!.text}`;
      }
      row[17 + nBench] = shown;
      return true;
    },
  );
}

/** The item metrics any of the rows holds, in catalogue order. */
export function itemMetricsIn(stats: readonly ItemStatRow[]): ItemMetricId[] {
  const held = new Set<string>();
  for (const s of stats) for (const id in s.latest) if (s.latest[id as ItemMetricId] !== undefined) held.add(id);
  return ITEM_METRIC_IDS.filter((id) => held.has(id));
}

export interface ItemsCsvInput {
  stats: readonly ItemStatRow[];
  items: ReadonlyMap<string, ItemRecord>;
  sessions: ReadonlyMap<string, SessionRow>;
  /** each session's segments; a session absent here has none recorded */
  segments: ReadonlyMap<string, readonly SegmentRow[]>;
}

/** One row per item per session or period window; one column per item metric held. */
export function itemsCsv(input: ItemsCsvInput, opts: { lang: CsvLang }): string {
  const metrics = itemMetricsIn(input.stats);
  const fixed: Column[] = [
    'itemId',
    'itemTitle',
    'itemKind',
    'sessionKey',
    'sessionTitle',
    'period',
    'firstSeen',
    'lastSeen',
    'index',
    'explaining',
    'segmentCount',
    'segmentSeconds',
  ];
  const name = zh(opts.lang) ? 'zh' : 'en';
  const fields = [...fixed.map((c) => header(c, opts.lang)), ...metrics.map((m) => `${ITEM_METRICS[m][name]} [${m}]`)];
  let i = 0;
  return unparseChunked(fields, fixed.length + metrics.length, (row) => {
    if (i === input.stats.length) return false;
    const st = input.stats[i++]!;
    const item = input.items.get(st.itemId);
    const session = st.sessionId === null ? undefined : input.sessions.get(st.sessionId);
    const segs = st.sessionId === null ? undefined : input.segments.get(st.sessionId);
    const mine = segs?.filter((g) => g.itemId === st.itemId);
    row[0] = item?.platformId ?? item?.key ?? st.itemId;
    row[1] = item?.title ?? null;
    row[2] = item?.kind ?? null;
    row[3] = session?.key ?? null;
    row[4] = session?.title ?? null;
    row[5] = st.period;
    row[6] = time(st.firstSeen);
    row[7] = time(st.lastSeen);
    row[8] = st.index;
    row[9] = st.explaining;
    row[10] = mine ? mine.length : null;
    row[11] = mine ? mine.reduce((a, g) => a + segmentStats(g, {}).seconds, 0) : null;
    for (let m = 0; m < metrics.length; m++) row[fixed.length + m] = st.latest[metrics[m]!]?.value ?? null;
    return true;
  });
}

/** Drop what file systems refuse (\ / : * ? " < > | and control characters); whitespace → _. */
export function safeFilePart(s: string, max = 60): string {
  const cleaned = s
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '');
  return [...cleaned].slice(0, max).join('');
}

/** `StageLens-sessions-<shop>-2025-07-01_2025-07-28.csv`; without a range, `…-<shop>-all.csv`. */
export function csvFileName(kind: 'sessions' | 'captures' | 'items', shopName: string | null | undefined, from?: number | null, to?: number | null): string {
  const shop = safeFilePart(shopName ?? '');
  const range =
    from != null && to != null
      ? `${shanghaiDate(from)}_${shanghaiDate(to)}`
      : from != null
        ? `${shanghaiDate(from)}_`
        : to != null
          ? `_${shanghaiDate(to)}`
          : 'all';
  return ['StageLens', kind, ...(shop ? [shop] : []), range].join('-') + '.csv';
}
