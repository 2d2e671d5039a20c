/**
 * The boundary check for what a content script sends (lib/capture/types.ts): the background
 * parses every message with `parseCaptureMessage` before anything reaches the store, and trusts
 * the types after that.
 *
 * Beyond the shape, it rejects what no dashboard can show: NaN/Infinity, negative counts, rates
 * above 100 (= 10,000 %), a unit that is not the metric's catalogue unit, readings whose scope is
 * neither 'page' nor a listed session row, the same metric twice in one scope, a non-https URL or
 * a host StageLens does not read, and a capturedAt in the future (beyond a few minutes of clock
 * skew).
 */
import { z } from 'zod';
import type { PageCapture, Reading } from './types';
import { METRIC_IDS, METRICS, type Unit } from '../metrics/catalog';
import { ITEM_METRIC_IDS, ITEM_METRICS } from '../metrics/items';
import { impossibleValue } from './possible';

export { impossibleValue };
import { HOSTS } from '../platforms/hosts';

export const LIMITS = {
  readings: 2000,
  missed: 2000,
  unknown: 500,
  sessions: 500,
  benchmarks: 12,
  url: 4096,
  label: 200,
  text: 500,
  key: 200,
  title: 500,
  id: 64,
  /** item rows on one page: a goods panel holds up to a few hundred, a product table a page */
  items: 1000,
  itemReadings: 40,
  /** a captured page may be stamped this far ahead of the receiver's clock */
  futureSkewMs: 10 * 60_000,
} as const;

/** 2020-01-01T00:00:00Z: nothing StageLens reads predates it */
export const EARLIEST_CAPTURE = Date.UTC(2020, 0, 1);

export const UNITS = ['cny', 'count', 'ratio', 'seconds', 'multiplier', 'score'] as const;
// Fails to compile if a Unit is added to the catalogue without being listed here.
const _unitsComplete: Record<Unit, true> = { cny: true, count: true, ratio: true, seconds: true, multiplier: true, score: true };
void _unitsComplete;

const str = (max: number) => z.string().max(max);
const nonEmpty = (max: number) => z.string().min(1).max(max);
/** platform and page ids are code identifiers, never free text */
const identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'expected an identifier');

export const MetricIdSchema = z.enum(METRIC_IDS);
export const UnitSchema = z.enum(UNITS);
export const QualifierSchema = z.enum(['atLeast', 'below', 'above', 'approx']);
export const BenchmarkKindSchema = z.enum(['peerExcellent', 'peerMedian', 'peerAverage', 'peerTop', 'peerBaseline', 'peerBeatShare', 'accountMedian']);
/** z.number() in zod 4 already rejects NaN and ±Infinity */
const finite = z.number();

export const CompareSchema = z.strictObject({
  basis: str(LIMITS.label),
  text: str(LIMITS.text),
  // a signed fraction; +1,000,000 = +100,000,000 % is beyond anything a dashboard shows
  value: finite.min(-1e6).max(1e6).nullable(),
  previous: finite.nullable().optional(),
});

export const BenchmarkSchema = z.strictObject({
  kind: BenchmarkKindSchema,
  text: str(LIMITS.text),
  value: finite.nullable(),
});

export const ReadingSchema = z.strictObject({
  metric: MetricIdSchema,
  label: str(LIMITS.label),
  text: str(LIMITS.text),
  value: finite.nullable(),
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  scope: nonEmpty(LIMITS.key),
  source: z.enum(['observed', 'derived']),
  compare: CompareSchema.optional(),
  benchmarks: z.array(BenchmarkSchema).max(LIMITS.benchmarks).optional(),
  period: str(LIMITS.label).optional(),
});

export const MissedSchema = z.strictObject({
  metric: MetricIdSchema,
  scope: nonEmpty(LIMITS.key),
  reason: z.enum(['notFound', 'unreadable']),
  label: str(LIMITS.label).optional(),
  text: str(LIMITS.text).optional(),
});

export const UnknownLabelSchema = z.strictObject({
  label: str(LIMITS.label),
  text: str(LIMITS.text),
  scope: nonEmpty(LIMITS.key),
});

const isoWithOffset = z.iso.datetime({ offset: true });

export const SessionRefSchema = z.strictObject({
  key: nonEmpty(LIMITS.key),
  title: str(LIMITS.title).optional(),
  timeText: str(LIMITS.label).optional(),
  start: isoWithOffset.optional(),
  end: isoWithOffset.optional(),
  live: z.boolean().optional(),
});

export const ShopRefSchema = z.strictObject({
  id: nonEmpty(LIMITS.key).optional(),
  name: nonEmpty(LIMITS.title).optional(),
});

const HOST_SET: ReadonlySet<string> = new Set(HOSTS);

const tryUrl = (s: string): URL | null => {
  try {
    return new URL(s);
  } catch {
    return null;
  }
};

export const CaptureUrlSchema = z
  .string()
  .max(LIMITS.url)
  .refine((s) => {
    const u = tryUrl(s);
    return u !== null && u.protocol === 'https:' && !u.username && !u.password && !u.port && HOST_SET.has(u.hostname);
  }, 'expected an https URL on a host StageLens reads');

export const ItemMetricIdSchema = z.enum(ITEM_METRIC_IDS);

export const ItemReadingSchema = z
  .strictObject({
    metric: ItemMetricIdSchema,
    label: str(LIMITS.label),
    text: str(LIMITS.text),
    value: finite.nullable(),
    compare: CompareSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.value === null) return;
    const why = impossibleValue(r.value, ITEM_METRICS[r.metric].unit);
    if (why) ctx.addIssue({ code: 'custom', path: ['value'], message: why });
  });

export const ItemRowSchema = z
  .strictObject({
    key: nonEmpty(LIMITS.key),
    id: nonEmpty(LIMITS.key).optional(),
    title: str(LIMITS.title).optional(),
    kind: z.enum(['product', 'plan']),
    index: z.number().int().min(0).max(1e6).optional(),
    explaining: z.boolean().optional(),
    readings: z.array(ItemReadingSchema).max(LIMITS.itemReadings),
  })
  .superRefine((row, ctx) => {
    const want = row.id !== undefined ? `id:${row.id}` : row.title !== undefined ? `title:${row.title}` : null;
    if (row.key !== want) ctx.addIssue({ code: 'custom', path: ['key'], message: 'key must be id:<id>, or title:<title> when there is no id' });
    const seen = new Set<string>();
    row.readings.forEach((r, i) => {
      if (seen.has(r.metric)) ctx.addIssue({ code: 'custom', path: ['readings', i, 'metric'], message: `${r.metric} appears twice in one item` });
      seen.add(r.metric);
    });
  });

/** Unit/range checks for one reading; `path` is where the reading sits in the input. */
export function checkReading(r: Pick<Reading, 'metric' | 'unit' | 'value' | 'benchmarks'>, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const expected = METRICS[r.metric].unit;
  if (r.unit !== expected) {
    ctx.addIssue({ code: 'custom', path: [...path, 'unit'], message: `${r.metric} is measured in ${expected}, not ${r.unit}` });
  }
  if (r.value !== null) {
    const why = impossibleValue(r.value, r.unit, r.metric);
    if (why) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: why });
  }
  r.benchmarks?.forEach((b, i) => {
    if (b.value === null) return;
    const why = b.kind === 'peerBeatShare' ? (b.value < 0 || b.value > 1 ? 'a share of peers must be within 0..1' : null) : impossibleValue(b.value, r.unit);
    if (why) ctx.addIssue({ code: 'custom', path: [...path, 'benchmarks', i, 'value'], message: why });
  });
}

const PageCaptureObject = z.strictObject({
  platform: identifier,
  page: identifier,
  url: CaptureUrlSchema,
  period: str(LIMITS.label).nullable(),
  capturedAt: z.number().int().min(EARLIEST_CAPTURE),
  shop: ShopRefSchema.optional(),
  session: SessionRefSchema.optional(),
  sessions: z.array(SessionRefSchema).max(LIMITS.sessions),
  captures: z.array(ReadingSchema).max(LIMITS.readings),
  missed: z.array(MissedSchema).max(LIMITS.missed),
  unknown: z.array(UnknownLabelSchema).max(LIMITS.unknown),
  items: z.array(ItemRowSchema).max(LIMITS.items).optional(),
  itemsPartial: z.boolean().optional(),
});

export const PageCaptureSchema = PageCaptureObject.superRefine((c, ctx) => {
  if (c.capturedAt > Date.now() + LIMITS.futureSkewMs) {
    ctx.addIssue({ code: 'custom', path: ['capturedAt'], message: 'capturedAt is in the future' });
  }
  const scopes = new Set(['page', ...c.sessions.map((s) => s.key)]);
  const seen = new Set<string>();
  c.captures.forEach((r, i) => {
    checkReading(r, ctx, ['captures', i]);
    if (!scopes.has(r.scope)) {
      ctx.addIssue({ code: 'custom', path: ['captures', i, 'scope'], message: `scope "${r.scope}" is neither 'page' nor a session row key` });
    }
    const id = `${r.scope}\u0000${r.metric}`;
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: ['captures', i, 'metric'], message: `${r.metric} appears twice in scope "${r.scope}"` });
    }
    seen.add(id);
  });
  const keys = new Set<string>();
  c.items?.forEach((it, i) => {
    if (keys.has(it.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `item "${it.key}" appears twice` });
    keys.add(it.key);
  });
  for (const [field, list] of [
    ['missed', c.missed],
    ['unknown', c.unknown],
  ] as const) {
    list.forEach((m, i) => {
      if (!scopes.has(m.scope)) {
        ctx.addIssue({ code: 'custom', path: [field, i, 'scope'], message: `scope "${m.scope}" is neither 'page' nor a session row key` });
      }
    });
  }
});

export const CaptureMessageSchema = z.strictObject({
  type: z.literal('capture'),
  capture: PageCaptureSchema,
});

// The schema and the hand-written type must describe the same shape, in both directions.
type Parsed = z.output<typeof PageCaptureSchema>;
const _toType = (x: Parsed): PageCapture => x;
const _toSchema = (x: PageCapture): z.input<typeof PageCaptureSchema> => x;
void _toType;
void _toSchema;

/** "captures.3.value: a count cannot be negative; …" — the first few issues, with their paths. */
export function describeZodError(error: z.ZodError, max = 5): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = i.path.map(String).join('.');
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

export type ParseCaptureResult = { ok: true; capture: PageCapture } | { ok: false; error: string };

export function parseCaptureMessage(x: unknown): ParseCaptureResult {
  const r = CaptureMessageSchema.safeParse(x);
  return r.success ? { ok: true, capture: r.data.capture } : { ok: false, error: describeZodError(r.error) };
}
