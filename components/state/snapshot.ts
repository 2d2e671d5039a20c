/**
 * "Save as test page": ask the open tab's content script for a snapshot of the page
 * (`{type:'snapshot'}` by tabs.sendMessage, which works for the hosts we hold permissions for),
 * anonymise it here (lib/snapshot/received `snapshotFromReply`),
 * show a text-only preview (the page's words, the scrubbed address, the notes, the expected file),
 * and download it through a Blob when confirmed: one `<platform>-<page>.zip` holding the page and
 * its expected file. The snapshot goes from the page to this panel to the user's disk, nowhere else.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { SnapshotDownload } from '../../lib/snapshot/received';
import { downloadFile } from '../data/download';
import { toTab } from '../../lib/messages';

type SendApi = { tabs?: { sendMessage(tabId: number, msg: unknown): Promise<unknown> } };

export type SnapshotState =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'ready'; file: SnapshotDownload }
  | { step: 'saved'; file: string }
  | { step: 'failed'; message: string };

export function createSnapshot(tabId: ReadonlySignal<number | null>, api: SendApi | undefined) {
  const state = signal<SnapshotState>({ step: 'idle' });

  async function request(): Promise<void> {
    const id = tabId.value;
    if (id === null || !api?.tabs) return void (state.value = { step: 'failed', message: 'no tab' });
    state.value = { step: 'asking' };
    try {
      // the reply is checked (its zod schema) before anything of it is used
      const raw: unknown = await toTab({ tabs: api.tabs }, id, { type: 'snapshot' });
      if (raw === undefined || raw === null) return void (state.value = { step: 'failed', message: 'noAnswer' });
      // the reply's schema (classic zod), the anonymiser and the file builder load on first use,
      // not with the panel
      const { SnapshotReplySchema, snapshotFromReply } = await import('../../lib/snapshot/received');
      const reply = SnapshotReplySchema.parse(typeof raw === 'string' ? { html: raw } : raw);
      if (!('html' in reply)) return void (state.value = { step: 'failed', message: reply.error });
      // anonymised here, before anything of the page is shown or can be saved
      state.value = { step: 'ready', file: snapshotFromReply(reply, Date.now()) };
    } catch (e) {
      state.value = { step: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }

  function save(doc?: Document): void {
    const s = state.value;
    if (s.step !== 'ready') return;
    downloadFile(s.file.data, s.file.fileName, s.file.mime, doc);
    state.value = { step: 'saved', file: s.file.fileName };
  }

  return {
    signals: { state },
    actions: { request, save, cancel: () => void (state.value = { step: 'idle' }) },
  };
}
