/**
 * The team folder card's state: the saved configuration and the sync state (live from the
 * store, so the background's progress and results show as they happen), and the actions. Host
 * access to the server is asked here, from the click, before anything else (a browser grants a
 * permission only during the user's gesture); the sync itself runs in the background.
 */
import { toBackground, type Message } from '../../lib/messages';
import { signal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import type { SyncReply } from '../../lib/background/sync';
import type { Progress } from '../../lib/sync/engine';
import { storedSync, type SyncConfig, type SyncState } from '../../lib/store/sync-state';
import { liveSignal } from './live';

export interface TeamFolderApi {
  permissions: {
    request(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    remove(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
  runtime: { sendMessage(msg: unknown): Promise<unknown>; getManifest?(): { optional_permissions?: string[] } };
}

export type Outcome = { kind: 'ok' | 'error' | 'busy'; text: string; detail?: string } | null;

/** the pattern host access is asked for (the same as lib/background/sync.ts originPattern) */
const patternOf = (url: string): string | null => {
  try {
    return `${new URL(url).origin}/*`;
  } catch {
    return null;
  }
};

export function createTeamFolder(db: StageLensDB, api: TeamFolderApi | undefined) {
  // read without zod: the card shows what is stored; the background validates before use
  const live = liveSignal(
    () => null,
    async () => {
      const { config, state, progress } = await storedSync(db);
      return { config: config as SyncConfig | null, state: state as SyncState | null, progress: progress as Progress | null };
    },
    { config: null, state: null, progress: null } as { config: SyncConfig | null; state: SyncState | null; progress: Progress | null },
  );
  const outcome = signal<Outcome>(null);
  const working = signal(false);
  /** how many actions have finished (the card marks its outcome with it) */
  const done = signal(0);

  async function ask(config: SyncConfig): Promise<boolean> {
    const pattern = patternOf(config.url);
    if (!api || !pattern) return false;
    // `alarms` is optional where the browser allows it (Chrome); Firefox does not let it be
    // optional, so there the manifest requires it (it grants no access to any data) and only
    // the origin is asked
    const alarmsOptional = api.runtime.getManifest?.().optional_permissions?.includes('alarms') ?? true;
    return api.permissions.request({ origins: [pattern], ...(config.scheduleMinutes && alarmsOptional ? { permissions: ['alarms'] } : {}) });
  }

  async function send(msg: Message<'sync'>): Promise<SyncReply> {
    if (!api) return { ok: false, error: { kind: 'other', message: 'no extension API' } };
    return (await toBackground(api, msg)) ?? { ok: false, error: { kind: 'other', message: 'no answer' } };
  }

  async function guarded(run: () => Promise<Outcome>): Promise<void> {
    working.value = true;
    try {
      outcome.value = await run();
    } catch (e) {
      outcome.value = { kind: 'error', text: 'failed', detail: (e as Error)?.message ?? String(e) };
    } finally {
      working.value = false;
      done.value++;
    }
  }

  const replyOutcome = (r: SyncReply, ok: string): Outcome =>
    r.ok
      ? { kind: 'ok', text: ok }
      : { kind: 'error', text: `error.${'error' in r && r.error ? r.error.kind : 'other'}`, detail: 'error' in r && r.error ? r.error.message : '' };

  return {
    signals: { config: live.value, outcome, working, done },
    actions: {
      /** Asks for access to the server, then tries to open the folder with these settings. */
      test: (config: SyncConfig) =>
        guarded(async () => {
          if (!(await ask(config))) return { kind: 'error', text: 'error.permission' };
          return replyOutcome(await send({ type: 'sync', action: 'test', config }), 'tested');
        }),
      /** Asks for access, saves (validated), sets the schedule, and syncs once. */
      save: (config: SyncConfig) =>
        guarded(async () => {
          if (!(await ask(config))) return { kind: 'error', text: 'error.permission' };
          const { writeConfig } = await import('../../lib/store/sync-state');
          await writeConfig(db, config);
          await send({ type: 'sync', action: 'schedule' });
          return replyOutcome(await send({ type: 'sync', action: 'now' }), 'synced');
        }),
      syncNow: () => guarded(async () => replyOutcome(await send({ type: 'sync', action: 'now' }), 'synced')),
      /** Forgets the folder here (the server and the history stay) and gives the access back. */
      forget: () =>
        guarded(async () => {
          const pattern = live.value.peek().config ? patternOf(live.value.peek().config!.url) : null;
          const { clearSync } = await import('../../lib/store/sync-state');
          await clearSync(db);
          await send({ type: 'sync', action: 'schedule' });
          if (api && pattern) await api.permissions.remove({ origins: [pattern] }).catch(() => false);
          return { kind: 'ok', text: 'forgotten' };
        }),
    },
    dispose: () => live.dispose(),
  };
}
