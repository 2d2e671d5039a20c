import type { browser } from 'wxt/browser';
/**
 * Component-test harness: a fake-indexeddb store seeded through the real ingest (the demo seed,
 * scripts/demo-seed.ts), the panel's App rendered with preact into happy-dom, and a fake tabs API.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { PageCapture } from '../../lib/capture/types';
import { ingestCapture } from '../../lib/store/ingest';
import type { StageLensDB } from '../../lib/store/db';
import { App } from '../../components/App';
import { createApp, type AppState } from '../../components/state/app';
import { seedCaptures } from '../../scripts/demo-seed';
import { freshDb } from '../store/fixtures';

/** A fixed "now" (a Monday 22:00 Shanghai), so the seed is the same on every run. */
export const NOW = Date.parse('2025-07-28T22:00:00+08:00');

export async function ingestAll(db: StageLensDB, captures: PageCapture[]): Promise<void> {
  for (const c of captures) await ingestCapture(db, c, c.session?.live ? { live: true } : {});
}

let seeded: PageCapture[] | null = null;
const seed = () => (seeded ??= seedCaptures(NOW));
/** The address of the seed's live big screen (the open tab in most tests). */
export const liveUrl = (): string =>
  seed()
    .filter((c) => c.page === 'big-screen')
    .at(-1)!.url;

/** The demo's history: two shops, ~45 sessions over three months, one live with a minute curve. */
export async function seededDb(): Promise<StageLensDB> {
  const db = freshDb();
  await ingestAll(db, seed());
  return db;
}

export function fakeTabs(url: string | null, reply: unknown = undefined) {
  const sendMessage = vi.fn(async () => reply);
  return {
    sendMessage,
    api: {
      tabs: {
        query: async () => (url ? [{ id: 7, url }] : []),
        onActivated: { addListener() {} },
        onUpdated: { addListener() {} },
        sendMessage,
      },
    } as unknown as typeof browser,
  };
}

export interface Mounted {
  app: AppState;
  root: HTMLElement;
  unmount(): void;
}

export async function mount(
  db: StageLensDB,
  opts: { url?: string | null; reply?: unknown } = {},
): Promise<Mounted & { sendMessage: ReturnType<typeof vi.fn> }> {
  const { api, sendMessage } = fakeTabs(opts.url ?? null, opts.reply);
  const app = createApp(db, { api });
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App db={db} app={app} />, root));
  return {
    app,
    root,
    sendMessage,
    unmount() {
      render(null, root);
      app.dispose();
      root.remove();
    },
  };
}

/** Poll until `fn` returns a truthy value (liveQuery answers asynchronously). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeout) throw new Error(`waitFor timed out${last ? `: ${String(last)}` : ''}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

export const $ = <E extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(root: ParentNode, sel: string) => [...root.querySelectorAll<E>(sel)];

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('click: no element');
  await act(() => void (el as HTMLElement).click());
}

export async function tab(root: HTMLElement, name: RegExp | string): Promise<void> {
  const tabs = $$<HTMLButtonElement>(root, '[role=tab]');
  const t = tabs.find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  await click(t ?? null);
  // a lazily loaded view (components/common/lazy.tsx) shows a loading line until its chunk is in
  await waitFor(() => !$(root, '[role=tabpanel] [data-lazy-loading]'));
}

export async function setValue(el: HTMLInputElement | HTMLSelectElement | null, value: string, ev: 'input' | 'change' = 'change'): Promise<void> {
  if (!el) throw new Error('setValue: no element');
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(ev, { bubbles: true }));
  });
}
