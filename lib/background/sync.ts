/**
 * The background's side of the team folder, as plain functions of (db, the extension API) so
 * it is tested without a browser: one sync at a time (a second request joins the running one),
 * progress written to its own row for the panel, the schedule as one alarm. Only our own
 * extension pages may ask (never a content script).
 */
import { isMessage } from '../messages';
import type { StageLensDB } from '../store/db';
import { runSync, type SyncResult } from '../sync/engine';
import { SyncError, classify } from '../sync/errors';
import { ConfigSchema, SYNC_KEYS, clearProgress, readConfig, readState, writeProgress, writeState, type SyncConfig } from '../store/sync-state';
import { webdavRemote, type Remote } from '../sync/transport';
import type { Sender } from './handle';

export const SYNC_ALARM = 'stagelens-team-folder';

/** The slice of the extension API the sync uses (the fake browser in tests). */
export interface SyncApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  alarms?: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): unknown;
    clear(name: string): Promise<boolean>;
  };
}

/** the pattern host access is asked for: the team folder's origin */
export const originPattern = (url: string): string => `${new URL(url).origin}/*`;

/** What the team folder card asks (lib/messages.ts `sync`). */
export type SyncRequest = { action: 'now' } | { action: 'test'; config: SyncConfig } | { action: 'schedule' };

export type SyncReply = SyncResult | { ok: true } | { ok: false; error: { kind: string; message: string } };

export function createSyncRunner(db: StageLensDB, api: SyncApi, makeRemote: (c: SyncConfig) => Remote = (c) => webdavRemote(c)) {
  let running: Promise<SyncResult> | null = null;

  async function allowed(config: SyncConfig): Promise<boolean> {
    return api.permissions.contains({ origins: [originPattern(config.url)] });
  }

  async function once(): Promise<SyncResult> {
    const config = await readConfig(db);
    const empty: SyncResult = { ok: false, pulled: { bundles: 0, rows: 0, added: 0 }, pushed: { bundles: 0, rows: 0 }, conflicts: 0, skipped: [] };
    if (!config) return { ...empty, error: { kind: 'other', message: 'no team folder is set up' } };
    if (!(await allowed(config))) {
      const err = new SyncError('permission', `StageLens has no access to ${new URL(config.url).origin}: set the team folder up again to allow it`);
      const s = await readState(db);
      await writeState(db, { ...s, lastError: { at: Date.now(), kind: err.kind, message: err.message } });
      return { ...empty, error: { kind: err.kind, message: err.message } };
    }
    let last = 0;
    return runSync({
      db,
      config,
      remote: makeRemote(config),
      onProgress: (p) => {
        // a progress row at most every 250 ms (and the first): the panel's bar, not a write per file
        const now = Date.now();
        if (now - last < 250 && p.done !== p.total) return;
        last = now;
        void writeProgress(db, p);
      },
    });
  }

  /** Runs a sync, or joins the one running. */
  function run(): Promise<SyncResult> {
    running ??= once().finally(() => {
      running = null;
      return clearProgress(db);
    });
    return running;
  }

  /** Can these settings open the folder? (before they are saved) */
  async function test(raw: unknown): Promise<SyncReply> {
    const parsed = ConfigSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: { kind: 'other', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
    if (!(await allowed(parsed.data))) return { ok: false, error: { kind: 'permission', message: `no access to ${new URL(parsed.data.url).origin} yet` } };
    try {
      await makeRemote(parsed.data).test();
      return { ok: true };
    } catch (e) {
      const err = classify(e, 'open the team folder');
      return { ok: false, error: { kind: err.kind, message: err.message } };
    }
  }

  /** Sets the alarm from the saved schedule (none: cleared). */
  async function schedule(): Promise<SyncReply> {
    const config = await readConfig(db);
    if (!api.alarms)
      return config?.scheduleMinutes ? { ok: false, error: { kind: 'permission', message: 'scheduled sync needs the alarms permission' } } : { ok: true };
    await api.alarms.clear(SYNC_ALARM);
    if (config?.scheduleMinutes) api.alarms.create(SYNC_ALARM, { periodInMinutes: config.scheduleMinutes, delayInMinutes: config.scheduleMinutes });
    return { ok: true };
  }

  /** `extensionBase` is our pages' URL prefix (runtime.getURL('')): only they may ask, never a content script */
  async function handle(msg: unknown, sender: Sender, extensionId: string, extensionBase: string): Promise<SyncReply | undefined> {
    if (sender.id !== extensionId || !(sender.url ?? '').startsWith(extensionBase)) return undefined;
    if (!isMessage(msg, 'sync')) return undefined;
    // the type says which actions there are; a sender could send anything
    const action: unknown = msg.action;
    if (action === 'now') return run();
    if (action === 'test') return test((msg as { config?: unknown }).config);
    if (action === 'schedule') return schedule();
    return undefined;
  }

  return { run, test, schedule, handle };
}
