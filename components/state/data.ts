/**
 * The Data view: exports (CSV, JSON backup), import with its result, label mappings, storage
 * status (persistence, usage) and retention. Every write goes through errors.guard: a failed
 * write (a full disk included) is shown, never dropped.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ImportResult } from '../../lib/export/backup';
import { markBackedUp } from '../../lib/store/backup-state';
import type { StageLensDB } from '../../lib/store/db';
import { listLabelMaps, removeLabelMap } from '../../lib/store/labelmaps';
import { requestPersistence, type Persistence } from '../../lib/store/persist';
import { counts, type Counts } from '../../lib/store/queries';
import type { RetentionResult } from '../../lib/store/retention';
import type { LabelMapRow, SessionRow } from '../../lib/store/rows';
import type { ShopGroup } from '../../lib/store/links';
import type { Lang } from '../../lib/i18n/lang';
import { downloadFile, readFileText } from '../data/download';
import { capturesFor, itemsFor, sessionsFor, spanOf, type ExportKind, type ExportScope } from '../../lib/store/export-scope';
import { broadcastOverrides, type TabsApi } from '../data/overrides';
import type { Errors } from './errors';
import { liveSignal } from './live';

// the exporters (papaparse, the backup's zod schema) load when first used, not with the panel
const csv = () => import('../../lib/export/csv');
/** the backup's store side (lib/store/backup.ts, with the file checks it uses) loads on use, not with the panel */
const backup = () => import('../../lib/store/backup');
// retention (its delete-old-rows pass) loads on the first 'delete now', not with the panel
const retention = () => import('../../lib/store/retention');

type StorageApi = { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean>; estimate?: () => Promise<{ usage?: number; quota?: number }> };

export interface StorageStatus {
  persistence: Persistence | 'unknown';
  usage: number | null;
  quota: number | null;
}

export function createData(
  db: StageLensDB,
  errors: Errors,
  ctx: { lang: ReadonlySignal<Lang>; shop: ReadonlySignal<ShopGroup | null>; selected: ReadonlySignal<SessionRow[]>; api?: TabsApi },
  // not named `storage`: WXT's import scanner (on even with imports: false) took the bare name for
  // its storage helper and bundled wxt/utils/storage into the panel
  storageApi: StorageApi | undefined = (globalThis.navigator as { storage?: StorageApi } | undefined)?.storage,
) {
  const kind = signal<ExportKind>('sessions');
  const scope = signal<ExportScope>('shop');
  const imported = signal<ImportResult | null>(null);
  const exported = signal<{ file: string; rows: number } | null>(null);
  const retained = signal<RetentionResult | null>(null);
  const status = signal<StorageStatus>({ persistence: 'unknown', usage: null, quota: null });
  const maps = liveSignal(
    () => null,
    () => listLabelMaps(db),
    [] as LabelMapRow[],
  );
  const tally = liveSignal(
    () => null,
    () => counts(db),
    null as Counts | null,
  );

  async function refreshStatus(): Promise<void> {
    const persisted = typeof storageApi?.persisted === 'function' ? await storageApi.persisted().catch(() => null) : null;
    const est = typeof storageApi?.estimate === 'function' ? await storageApi.estimate().catch(() => null) : null;
    status.value = {
      persistence: persisted === null ? (typeof storageApi?.persist === 'function' ? 'unknown' : 'unsupported') : persisted ? 'granted' : 'denied',
      usage: est?.usage ?? null,
      quota: est?.quota ?? null,
    };
  }

  async function exportCsv(): Promise<void> {
    const shop = ctx.shop.value;
    const lang = ctx.lang.value;
    await errors.actions.guard('export', async () => {
      const sessions = await sessionsFor(db, scope.value, shop?.id ?? null, ctx.selected.value);
      const { from, to } = spanOf(sessions);
      const name = scope.value === 'all' ? null : (shop?.name ?? shop?.accounts[0]?.shopKey ?? null);
      const { capturesCsv, csvFileName, itemsCsv, sessionsCsv } = await csv();
      if (kind.value === 'sessions') {
        const file = csvFileName('sessions', name, from, to);
        downloadFile(sessionsCsv(sessions, { lang }), file, 'text/csv;charset=utf-8');
        exported.value = { file, rows: sessions.length };
      } else if (kind.value === 'items') {
        const input = await itemsFor(db, scope.value, shop?.id ?? null, ctx.selected.value);
        const file = csvFileName('items', name, from, to);
        downloadFile(itemsCsv(input, { lang }), file, 'text/csv;charset=utf-8');
        exported.value = { file, rows: input.stats.length };
      } else {
        const rows = await capturesFor(db, scope.value, shop?.id ?? null, ctx.selected.value);
        const file = csvFileName('captures', name, from, to);
        downloadFile(capturesCsv(rows, { lang }), file, 'text/csv;charset=utf-8');
        exported.value = { file, rows: rows.length };
      }
    });
  }

  async function exportJson(): Promise<void> {
    await errors.actions.guard('backup', async () => {
      const [{ exportBackup }, { backupFileName }] = await Promise.all([backup(), import('../../lib/export/backup')]);
      const data = await exportBackup(db);
      const file = backupFileName();
      downloadFile(JSON.stringify(data), file, 'application/json');
      exported.value = { file, rows: data.sessions.length };
      await markBackedUp(db, Date.now(), 'manual'); // the Backup card's last backup
    });
  }

  async function importFile(file: Blob): Promise<void> {
    imported.value = null;
    const res = await errors.actions.guard('import', async () => (await backup()).importBackup(db, await readFileText(file)));
    if (res) imported.value = res;
  }

  async function removeMap(row: LabelMapRow): Promise<void> {
    const ok = await errors.actions.guard('labelMaps', async () => {
      await removeLabelMap(db, row.platform, row.label);
      return true;
    });
    if (ok) await broadcastOverrides(db, row.platform, ctx.api);
  }

  async function persist(): Promise<void> {
    await requestPersistence(storageApi ? { storage: storageApi } : undefined).catch((e: unknown) => errors.actions.report('persist', e));
    await refreshStatus();
  }

  async function retainNow(days: number | null): Promise<void> {
    const res = await errors.actions.guard('retention', async () => (await retention()).applyRetention(db, { days }));
    if (res) retained.value = res;
  }

  return {
    signals: { kind, scope, imported, exported, retained, status, maps: maps.value, counts: tally.value },
    actions: { exportCsv, exportJson, importFile, removeMap, persist, refreshStatus, retainNow },
    dispose() {
      maps.dispose();
      tally.dispose();
    },
  };
}
