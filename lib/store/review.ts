/**
 * What a session's 复盘 draft (lib/review) is made from, read from the store: the session's
 * latest numbers, the shop's own past sessions (up to REVIEW_PAST, before this one) as quartiles
 * per metric, the stage band (when the seller set a stage, as for the live alerts), the
 * session's items by GMV, its explanation segments with what sold during each, and its alerts.
 */
import { shopOf } from './links';
import { sessionsForShop } from './queries';
import type { StageLensDB } from './db';
import { getSettings } from './settings';
import { sessionAlerts } from './alerts';
import { sessionItems } from './item-queries';
import { segmentStats } from '../items/segments';
import { REVIEW_METRICS } from '../review/rules';
import type { OwnSpread, ReviewInput } from '../review/types';
import { quartiles } from '../live/quartiles';
import { bandsFromSettings } from './stage-bands';
import type { MetricId } from '../metrics/catalog';

/** Past sessions the draft compares with: the recent ones are what "usual" means now. */
export const REVIEW_PAST = 10;

/**
 * `sessionId`: a stored session, or the id of a shop's joined session (lib/shops/sessions.ts):
 * the draft then reads the joined numbers, the seller's shop's past sessions across its
 * accounts, and the items and alerts of every member.
 */
export async function reviewInputOf(db: StageLensDB, sessionId: string): Promise<ReviewInput | null> {
  const stored = await db.sessions.get(sessionId);
  if (!stored) return null;
  const shopSessions = await sessionsForShop(db, await shopOf(db, stored.shopId));
  const session = shopSessions.find((s) => s.members.includes(sessionId)) ?? { ...stored, members: [stored.id] };
  const values: Partial<Record<MetricId, number>> = {};
  for (const [m, v] of Object.entries(session.latest)) if (v && v.value !== null) values[m as MetricId] = v.value;

  // newest first, before this one
  const past = shopSessions.filter((s) => s.t < session.t).slice(0, REVIEW_PAST);
  const own: Partial<Record<MetricId, OwnSpread>> = {};
  for (const m of REVIEW_METRICS) {
    const xs = past.map((p) => p.latest[m]?.value).filter((v): v is number => typeof v === 'number');
    const q = quartiles(xs);
    if (q) own[m] = { ...q, n: xs.length };
  }

  const settings = await getSettings(db);
  // the member with items (a console's goods panel, a 商品明细), and every member's alerts
  const details = await Promise.all(session.members.map((id) => sessionItems(db, id)));
  const detail = details.find((d) => d.items.length) ?? details[0]!;
  const alerts = (await Promise.all(session.members.map((id) => sessionAlerts(db, id)))).flat().sort((a, b) => a.firedAt - b.firedAt);
  const titleOf = new Map(detail.items.map((e) => [e.item.id, e.item.title ?? e.item.platformId ?? e.item.key]));
  const items = detail.items.flatMap((e) => {
    const gmv = e.stat.latest.gmv?.value;
    return typeof gmv === 'number' ? [{ title: titleOf.get(e.item.id)!, gmv }] : [];
  });
  const segments = detail.segments.flatMap((g) => {
    const st = segmentStats(g, detail.series);
    return st.gmv === null || st.open ? [] : [{ title: titleOf.get(g.itemId) ?? g.itemId, minutes: st.seconds / 60, gmv: st.gmv }];
  });
  return { values, own, bands: bandsFromSettings(settings.stageOverride, settings.category), items, segments, alerts };
}
