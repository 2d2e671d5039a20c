/**
 * "Save as test page": ask the open tab's content script for a snapshot of the page
 * (`{type:'snapshot'}` by tabs.sendMessage, which works for the hosts we hold permissions for),
 * show a text-only preview, and download it as an .html file through a Blob when confirmed.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { SnapshotReplySchema, snapshotFile, type SnapshotFile } from '../../lib/ui/snapshot';
import { downloadText } from '../data/download';

type SendApi = { tabs?: { sendMessage(tabId: number, msg: unknown): Promise<unknown> } };

export type SnapshotState =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'ready'; file: SnapshotFile }
  | { step: 'saved'; file: string }
  | { step: 'failed'; message: string };

export function createSnapshot(tabId: ReadonlySignal<number | null>, api: SendApi | undefined) {
  const state = signal<SnapshotState>({ step: 'idle' });

  async function request(): Promise<void> {
    const id = tabId.value;
    if (id === null || !api?.tabs) return void (state.value = { step: 'failed', message: 'no tab' });
    state.value = { step: 'asking' };
    try {
      const raw = await api.tabs.sendMessage(id, { type: 'snapshot' });
      if (raw === undefined || raw === null) return void (state.value = { step: 'failed', message: 'noAnswer' });
      const reply = SnapshotReplySchema.parse(typeof raw === 'string' ? { html: raw } : raw);
      if (!('html' in reply)) return void (state.value = { step: 'failed', message: reply.error });
      state.value = { step: 'ready', file: snapshotFile(reply, Date.now()) };
    } catch (e) {
      state.value = { step: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }

  function save(doc?: Document): void {
    const s = state.value;
    if (s.step !== 'ready') return;
    downloadText(s.file.html, s.file.fileName, 'text/html;charset=utf-8', doc);
    state.value = { step: 'saved', file: s.file.fileName };
  }

  return {
    signals: { state },
    actions: { request, save, cancel: () => void (state.value = { step: 'idle' }) },
  };
}

export type Snapshot = ReturnType<typeof createSnapshot>;
