/**
 * The JSON backup on the store side: everything the store holds as one file (exportBackup),
 * and a file merged back in (importBackup; the file itself is checked by lib/export/backup.ts).
 *
 *
 * Import validates the whole file before touching the store (format, version, size, nesting,
 * hostile keys, then the zod schema), and applies it in ONE rw transaction: a bad file changes
 * nothing, and a write failure rolls back and rejects with a StoreError.
 *
 * Merging into a store that already holds some of the data never duplicates:
 * - shops, sessions: matched by id; first/last seen widen, a session's `latest` keeps the newer
 *   value per metric, fields the store lacks are filled from the file;
 * - captures: matched by (stream = page+period+scope, capturedAt, hash), not by auto id;
 * - points: matched by (session, metric, t, value);
 * - checklist: matched by id, the newer updatedAt wins;
 * - settings, label maps: what the store already has wins (the file only fills gaps);
 * - links (which shop an account belongs to): matched by account, the later decision wins (an
 *   automatic one is at time 0, so any user's decision wins over it); accounts left without a
 *   link are then linked as ingest would link them (the team folder does so after its links);
 * - items, item stats: matched by id; seen times widen, an item stat's `latest` keeps the newer
 *   value per metric; segments: matched by (session, item, start), a closed end fills an open one;
 * - alerts, marks: matched by id (an alert's names its session, rule, metric and firing time; a
 *   mark's its session and time); an alert's end fills an open one.
 * The `values` table is not in the file: it is rebuilt from the sessions' `latest`.
 */
import { Dexie } from 'dexie';
import { allTables, type StageLensDB } from './db';
import { storeWrite } from './errors';
import type { SessionRow, StoredValue } from './rows';
import { valueRowsOf } from './values';
import { linkAccounts } from './links';
import { isSettingKey, validSetting } from './settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupV1 } from '../export/backup-schema';
import { parseBackup, type BackupCounts, type ImportResult } from '../export/backup';
import { shanghaiIso } from '../format/time';

const zero = (): BackupCounts => ({
  shops: 0,
  sessions: 0,
  captures: 0,
  points: 0,
  checklist: 0,
  settings: 0,
  labelMaps: 0,
  items: 0,
  itemStats: 0,
  segments: 0,
  links: 0,
  alerts: 0,
  marks: 0,
});

export async function exportBackup(db: StageLensDB, now = Date.now()): Promise<BackupV1> {
  return db.transaction('r', allTables(db), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: shanghaiIso(now),
    shops: await db.shops.toArray(),
    sessions: await db.sessions.toArray(),
    captures: (await db.captures.toArray()).map(({ id: _id, ...c }) => c),
    points: (await db.points.toArray()).map(({ id: _id, ...p }) => p),
    checklist: await db.checklist.toArray(),
    // a stored value that no longer validates reads as its default: leave it out, so the file imports
    settings: (await db.settings.toArray()).filter((s) => isSettingKey(s.key) && validSetting(s.key, s.value)),
    labelMaps: await db.labelMaps.toArray(),
    items: await db.items.toArray(),
    itemStats: await db.itemStats.toArray(),
    segments: (await db.segments.toArray()).map(({ id: _id, ...s }) => s),
    links: await db.links.toArray(),
    alerts: await db.alerts.toArray(),
    marks: await db.marks.toArray(),
  }));
}
function mergeLatest(a: SessionRow['latest'], b: SessionRow['latest']): SessionRow['latest'] {
  const out: SessionRow['latest'] = { ...a };
  for (const [m, v] of Object.entries(b) as [keyof SessionRow['latest'], StoredValue | undefined][]) {
    const have = out[m];
    if (v && (!have || v.at > have.at)) out[m] = v;
  }
  return out;
}

function mergeSession(have: SessionRow, file: SessionRow): SessionRow {
  const newer = file.lastSeen > have.lastSeen ? file : have;
  const start = have.start ?? file.start;
  const firstSeen = Math.min(have.firstSeen, file.firstSeen);
  return {
    ...have,
    title: have.title ?? file.title,
    start,
    end: have.end ?? file.end,
    timeText: have.timeText ?? file.timeText,
    live: newer.live,
    t: start ?? firstSeen,
    firstSeen,
    lastSeen: Math.max(have.lastSeen, file.lastSeen),
    latest: mergeLatest(have.latest, file.latest),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Merges a validated backup into the store; call inside a rw transaction over allTables(db). The team-folder sync (lib/store/sync-apply.ts) merges its bundles' union tables through this. */
export async function applyBackup(db: StageLensDB, b: BackupV1): Promise<Extract<ImportResult, { ok: true }>> {
  const added = zero(),
    merged = zero(),
    skipped = zero();

  for (const s of b.shops) {
    const have = await db.shops.get(s.id);
    if (!have) {
      await db.shops.add(s);
      added.shops++;
      continue;
    }
    const next = { ...have, name: have.name ?? s.name, firstSeen: Math.min(have.firstSeen, s.firstSeen), lastSeen: Math.max(have.lastSeen, s.lastSeen) };
    if (same(next, have)) skipped.shops++;
    else {
      await db.shops.put(next);
      merged.shops++;
    }
  }

  for (const s of b.sessions) {
    const have = await db.sessions.get(s.id);
    const next = have ? mergeSession(have, s) : s;
    if (have && same(next, have)) {
      skipped.sessions++;
      continue;
    }
    await db.sessions.put(next);
    if (have) {
      merged.sessions++;
      await db.values.where('sessionId').equals(s.id).delete();
    } else added.sessions++;
    await db.values.bulkPut(valueRowsOf(next));
  }

  const captureKeys = new Map<string, Set<string>>();
  const newCaptures: BackupV1['captures'] = [];
  for (const c of b.captures) {
    let keys = captureKeys.get(c.stream);
    if (!keys) {
      const existing = await db.captures.where('[stream+capturedAt]').between([c.stream, Dexie.minKey], [c.stream, Dexie.maxKey]).toArray();
      keys = new Set(existing.map((x) => `${x.capturedAt}|${x.hash}`));
      captureKeys.set(c.stream, keys);
    }
    const k = `${c.capturedAt}|${c.hash}`;
    if (keys.has(k)) {
      skipped.captures++;
      continue;
    }
    keys.add(k);
    newCaptures.push(c);
  }
  await db.captures.bulkAdd(newCaptures);
  added.captures = newCaptures.length;

  const pointKeys = new Map<string, Set<string>>();
  const newPoints: BackupV1['points'] = [];
  for (const p of b.points) {
    const series = JSON.stringify([p.sessionId, p.metric]);
    let keys = pointKeys.get(series);
    if (!keys) {
      const existing = await db.points
        .where('[sessionId+metric+t]')
        .between([p.sessionId, p.metric, Dexie.minKey], [p.sessionId, p.metric, Dexie.maxKey])
        .toArray();
      keys = new Set(existing.map((x) => `${x.t}|${x.value}`));
      pointKeys.set(series, keys);
    }
    const k = `${p.t}|${p.value}`;
    if (keys.has(k)) {
      skipped.points++;
      continue;
    }
    keys.add(k);
    newPoints.push(p);
  }
  await db.points.bulkAdd(newPoints);
  added.points = newPoints.length;

  for (const c of b.checklist) {
    const have = await db.checklist.get(c.id);
    if (!have) {
      await db.checklist.add(c);
      added.checklist++;
    } else if (c.updatedAt > have.updatedAt) {
      await db.checklist.put(c);
      merged.checklist++;
    } else skipped.checklist++;
  }
  for (const s of b.settings) {
    if (await db.settings.get(s.key)) skipped.settings++;
    else {
      await db.settings.add(s);
      added.settings++;
    }
  }
  for (const l of b.labelMaps) {
    if (await db.labelMaps.get(l.id)) skipped.labelMaps++;
    else {
      await db.labelMaps.add(l);
      added.labelMaps++;
    }
  }

  for (const it of b.items) {
    const have = await db.items.get(it.id);
    if (!have) {
      await db.items.add(it);
      added.items++;
      continue;
    }
    const newer = it.lastSeen > have.lastSeen ? it : have;
    const next = {
      ...have,
      title: newer.title ?? have.title ?? it.title,
      platformId: have.platformId ?? it.platformId,
      firstSeen: Math.min(have.firstSeen, it.firstSeen),
      lastSeen: Math.max(have.lastSeen, it.lastSeen),
    };
    if (same(next, have)) skipped.items++;
    else {
      await db.items.put(next);
      merged.items++;
    }
  }
  for (const st of b.itemStats) {
    const have = await db.itemStats.get(st.id);
    if (!have) {
      await db.itemStats.add(st);
      added.itemStats++;
      continue;
    }
    const newer = st.lastSeen > have.lastSeen ? st : have;
    const latest = { ...have.latest };
    for (const [m, v] of Object.entries(st.latest) as [keyof typeof latest, (typeof latest)[keyof typeof latest]][]) {
      const h = latest[m];
      if (v && (!h || v.at > h.at)) latest[m] = v;
    }
    const next = {
      ...have,
      index: newer.index,
      explaining: newer.explaining,
      firstSeen: Math.min(have.firstSeen, st.firstSeen),
      lastSeen: Math.max(have.lastSeen, st.lastSeen),
      latest,
    };
    if (same(next, have)) skipped.itemStats++;
    else {
      await db.itemStats.put(next);
      merged.itemStats++;
    }
  }
  for (const sg of b.segments) {
    const mine = await db.segments.where('sessionId').equals(sg.sessionId).toArray();
    const have = mine.find((x) => x.itemId === sg.itemId && x.start === sg.start);
    if (!have) {
      await db.segments.add(sg);
      added.segments++;
      continue;
    }
    if (have.end === null && sg.end !== null) {
      await db.segments.put({ ...have, end: sg.end, lastSeen: Math.max(have.lastSeen, sg.lastSeen) });
      merged.segments++;
    } else skipped.segments++;
  }
  for (const l of b.links) {
    const have = await db.links.get(l.id);
    if (!have) {
      await db.links.add(l);
      added.links++;
    } else if (l.at > have.at) {
      await db.links.put(l);
      merged.links++;
    } else skipped.links++;
  }
  for (const a of b.alerts) {
    const have = await db.alerts.get(a.id);
    if (!have) {
      await db.alerts.add(a);
      added.alerts++;
    } else if (have.end === null && a.end !== null) {
      await db.alerts.put({ ...have, end: a.end });
      merged.alerts++;
    } else skipped.alerts++;
  }
  for (const m of b.marks) {
    if (await db.marks.get(m.id)) skipped.marks++;
    else {
      await db.marks.add(m);
      added.marks++;
    }
  }
  return { ok: true, added, merged, skipped };
}

/**
 * Import a backup (a parsed object or the file's text). A file that does not validate returns
 * {ok:false, error} saying what and where; a failed write rejects with a StoreError. Either way
 * the store is unchanged.
 */
export async function importBackup(db: StageLensDB, json: unknown, opts: { maxChars?: number } = {}): Promise<ImportResult> {
  const parsed = parseBackup(json, opts.maxChars);
  if (!parsed.ok) return parsed;
  const backup = parsed.backup;
  // apply() awaits Dexie calls only: any other await (a fetch, crypto.subtle, a dynamic import)
  // lets IndexedDB commit the transaction while idle, and the rows written so far stay written
  // under a PrematureCommitError. Validate and compute everything before this line.
  return storeWrite('import', () =>
    db.transaction('rw', allTables(db), async () => {
      const res = await applyBackup(db, backup);
      // accounts the file brought without a link (an older file), or still waiting: as ingest would
      await linkAccounts(db);
      return res;
    }),
  );
}
