/**
 * The zod schema of a backup file (format 'stagelens-backup', version 1): every row strict,
 * every number finite, every string bounded, derived keys (ids, stream) consistent with the
 * fields they are built from. Row types are the store's (lib/store/rows.ts).
 */
import { z } from 'zod';
import { MetricIdSchema, MissedSchema, QualifierSchema, ReadingSchema, UnitSchema, UnknownLabelSchema, checkReading } from '../capture/schema';
import { METRICS } from '../metrics/catalog';
import { streamOf } from '../store/pagekey';
import type {
  AlertRow,
  CaptureRow,
  MarkRow,
  ChecklistRow,
  ItemRecord,
  ItemStatRow,
  LabelMapRow,
  PointRow,
  SegmentRow,
  SessionRow,
  SettingRow,
  ShopLinkRow,
  ShopRow,
} from '../store/rows';
import { CompareSchema, ItemMetricIdSchema, impossibleValue } from '../capture/schema';
import { ITEM_METRICS } from '../metrics/items';
import { itemStatIdOf } from '../store/items';
import { isSettingKey, validSetting } from '../store/settings';
import { ALERT_RULE_IDS } from '../live/rules';
import { alertKey } from '../live/engine';

export const BACKUP_FORMAT = 'stagelens-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_LIMITS = { chars: 256 * 1024 * 1024, rows: 5_000_000, depth: 32 } as const;

const str = (max: number) => z.string().max(max);
const id = z.string().min(1).max(600);
const ident = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'expected an identifier');
/** epoch ms within the range a Date can hold */
const ms = z.number().int().min(0).max(8.64e15);
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(BACKUP_LIMITS.rows);
const https = str(4096).refine((s) => s.startsWith('https://'), 'expected an https URL');

function sameId<T>(expected: (row: T) => string) {
  return (row: T & { id: string }, ctx: z.RefinementCtx): void => {
    if (row.id !== expected(row)) ctx.addIssue({ code: 'custom', path: ['id'], message: `id does not match its fields (expected "${expected(row)}")` });
  };
}

export const ShopRowSchema = z
  .strictObject({ id, platform: ident, shopKey: str(200).min(1), name: str(500).nullable(), firstSeen: ms, lastSeen: ms })
  .superRefine(sameId((r) => `${r.platform}:${r.shopKey}`));

export const StoredValueSchema = z.strictObject({
  value: z.number().nullable(),
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  source: z.enum(['observed', 'derived']),
  text: str(500),
  at: ms,
});

export const SessionRowSchema = z
  .strictObject({
    id,
    shopId: id,
    platform: ident,
    key: str(200).min(1),
    title: str(500).nullable(),
    start: ms.nullable(),
    end: ms.nullable(),
    timeText: str(200).nullable(),
    live: z.boolean(),
    t: ms,
    firstSeen: ms,
    lastSeen: ms,
    latest: z.partialRecord(MetricIdSchema, StoredValueSchema),
  })
  .superRefine(sameId((r) => `${r.shopId}|${r.key}`))
  .superRefine((s, ctx) => {
    for (const [metric, v] of Object.entries(s.latest)) {
      if (v) checkReading({ metric: metric as never, unit: v.unit, value: v.value }, ctx, ['latest', metric]);
    }
  });

const StoredReadingSchema = ReadingSchema.omit({ scope: true });

export const CaptureRowSchema = z
  .strictObject({
    shopId: id,
    sessionId: id.nullable(),
    platform: ident,
    page: ident,
    pageKey: str(5000),
    urlKey: str(5000),
    url: https,
    period: str(200).nullable(),
    stream: str(6000),
    capturedAt: ms,
    scope: str(200).min(1),
    hash: str(64).min(1),
    readings: z.array(StoredReadingSchema).max(2000),
    missed: z.array(MissedSchema.omit({ scope: true })).max(2000),
    unknown: z.array(UnknownLabelSchema.omit({ scope: true })).max(500),
  })
  .superRefine((c, ctx) => {
    if (c.stream !== streamOf(c.pageKey, c.period, c.scope)) {
      ctx.addIssue({ code: 'custom', path: ['stream'], message: 'stream does not match pageKey/period/scope' });
    }
    c.readings.forEach((r, i) => checkReading(r, ctx, ['readings', i]));
  });

// A point is a reading's value over time: the same unit and range checks as the reading (a file
// must not put 1e300 viewers or -5 orders in a chart the store would never have drawn).
export const PointRowSchema = z
  .strictObject({ sessionId: id, metric: MetricIdSchema, t: ms, value: z.number() })
  .superRefine((p, ctx) => checkReading({ metric: p.metric, unit: METRICS[p.metric].unit, value: p.value }, ctx, []));

export const ChecklistRowSchema = z
  .strictObject({ id, shopId: id, itemId: str(200).min(1), state: z.enum(['todo', 'done', 'skipped']), updatedAt: ms })
  .superRefine(sameId((r) => `${r.shopId}|${r.itemId}`));

export const SettingRowSchema = z.strictObject({ key: str(100), value: z.unknown() }).superRefine((s, ctx) => {
  if (!isSettingKey(s.key)) {
    ctx.addIssue({ code: 'custom', path: ['key'], message: `unknown setting "${s.key}"` });
    return;
  }
  if (!validSetting(s.key, s.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `not a valid value for setting "${s.key}"` });
});

export const LabelMapRowSchema = z
  .strictObject({ id, platform: ident, label: str(200).min(1), metric: MetricIdSchema, createdAt: ms })
  .superRefine(sameId((r) => `${r.platform}|${r.label}`));

export const ItemRecordSchema = z
  .strictObject({
    id,
    shopId: id,
    platform: ident,
    key: str(210).min(1),
    platformId: str(200).nullable(),
    title: str(500).nullable(),
    kind: z.enum(['product', 'plan']),
    firstSeen: ms,
    lastSeen: ms,
  })
  .superRefine(sameId((r) => `${r.shopId}|${r.key}`));

const ItemValueSchema = z.strictObject({ value: z.number().nullable(), text: str(500), at: ms, compare: CompareSchema.optional() });

export const ItemStatRowSchema = z
  .strictObject({
    id: str(12000).min(1),
    itemId: id,
    shopId: id,
    sessionId: id.nullable(),
    pageKey: str(5000),
    period: str(200).nullable(),
    t: ms,
    firstSeen: ms,
    lastSeen: ms,
    index: z.number().int().min(0).max(1e6).nullable(),
    explaining: z.boolean(),
    latest: z.partialRecord(ItemMetricIdSchema, ItemValueSchema),
  })
  .superRefine(sameId((r) => itemStatIdOf(r.itemId, { sessionId: r.sessionId, pageKey: r.pageKey, period: r.period, at: r.firstSeen })))
  .superRefine((r, ctx) => {
    for (const [metric, v] of Object.entries(r.latest)) {
      const why = v && v.value !== null ? impossibleValue(v.value, ITEM_METRICS[metric as keyof typeof ITEM_METRICS].unit) : null;
      if (why) ctx.addIssue({ code: 'custom', path: ['latest', metric, 'value'], message: why });
    }
  });

export const SegmentRowSchema = z.strictObject({ sessionId: id, shopId: id, itemId: id, start: ms, end: ms.nullable(), lastSeen: ms }).superRefine((s, ctx) => {
  if (s.end !== null && s.end < s.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'a segment cannot end before it starts' });
});

export const ShopLinkSchema = z.strictObject({
  id,
  shop: id,
  how: z.enum(['self', 'id', 'name', 'only', 'user', 'pending']),
  at: ms,
});

export const AlertRowSchema = z
  .strictObject({
    id: str(1200).min(1),
    sessionId: id,
    shopId: id,
    rule: z.enum(ALERT_RULE_IDS),
    metric: MetricIdSchema,
    firedAt: ms,
    end: ms.nullable(),
    numbers: z
      .record(z.string().regex(/^[A-Za-z0-9]{1,32}$/), z.number().refine(Number.isFinite, 'expected a finite number'))
      .refine((n) => Object.keys(n).length <= 16, 'too many numbers'),
    ref: str(200).optional(),
  })
  .superRefine(sameId((r) => `${r.sessionId}|${alertKey(r)}`))
  .superRefine((a, ctx) => {
    if (a.end !== null && a.end < a.firedAt) ctx.addIssue({ code: 'custom', path: ['end'], message: 'an alert cannot end before it fired' });
  });

export const MarkRowSchema = z
  .strictObject({
    id: str(1200).min(1),
    sessionId: id,
    shopId: id,
    t: ms,
    kind: z.enum(['luckyBag', 'push', 'switch', 'link', 'note']),
    note: str(500),
  })
  .superRefine(sameId((r) => `${r.sessionId}|${r.t}`));

export const BackupV1Schema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: str(40),
  shops: rows(ShopRowSchema),
  sessions: rows(SessionRowSchema),
  captures: rows(CaptureRowSchema),
  points: rows(PointRowSchema),
  checklist: rows(ChecklistRowSchema),
  settings: rows(SettingRowSchema),
  labelMaps: rows(LabelMapRowSchema),
  // items (store v3): absent in files written before them
  items: rows(ItemRecordSchema).default([]),
  itemStats: rows(ItemStatRowSchema).default([]),
  segments: rows(SegmentRowSchema).default([]),
  // links (store v4): absent in older files; their accounts are linked on import as ingest would
  links: rows(ShopLinkSchema).default([]),
  // live alerts and marks (store v5): absent in files written before them
  alerts: rows(AlertRowSchema).default([]),
  marks: rows(MarkRowSchema).default([]),
});

export interface BackupV1 {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, +08:00 */
  exportedAt: string;
  shops: ShopRow[];
  sessions: SessionRow[];
  /** without the auto-increment id: rows are matched by their natural key on import */
  captures: Omit<CaptureRow, 'id'>[];
  points: Omit<PointRow, 'id'>[];
  checklist: ChecklistRow[];
  settings: SettingRow[];
  labelMaps: LabelMapRow[];
  items: ItemRecord[];
  itemStats: ItemStatRow[];
  segments: Omit<SegmentRow, 'id'>[];
  links: ShopLinkRow[];
  alerts: AlertRow[];
  marks: MarkRow[];
}

// The schema's output must be storable as the store's rows.
const _fits = (x: z.output<typeof BackupV1Schema>): BackupV1 => x;
void _fits;
