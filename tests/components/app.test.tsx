/** The shell: a keyboard tablist (arrows, Home/End, roving tabindex) and theme/language on <html>. */
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { updateSettings } from '../../lib/store/settings';
import { freshDb } from '../store/fixtures';
import { $, $$, mount, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('App shell', () => {
  it('switches views with the keyboard as a WAI-ARIA tablist', async () => {
    m = await mount(freshDb());
    const root = m.root;
    const tabs = $$(root, '[role=tablist] [role=tab]');
    expect(tabs.map((t) => t.textContent)).toEqual(['当前', '场次', '商品', '趋势', '成长', '数据']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    await key(tabs[0]!, 'ArrowRight');
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')!.textContent === '场次');
    expect(document.activeElement?.textContent).toBe('场次');
    await key($(root, '[role=tab][aria-selected=true]')!, 'End');
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')!.textContent === '数据');
    await key($(root, '[role=tab][aria-selected=true]')!, 'ArrowRight');
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')!.textContent === '当前');
    await key($(root, '[role=tab][aria-selected=true]')!, 'ArrowLeft');
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')!.textContent === '数据');
    await key($(root, '[role=tab][aria-selected=true]')!, 'Home');
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')!.textContent === '当前');
    expect(document.activeElement?.textContent).toBe('当前');
    // one tab stop: only the selected tab is in the Tab order
    expect($$(root, '[role=tab]').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    const panel = $(root, '[role=tabpanel]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe($(root, '[role=tab][aria-selected=true]')!.id);
  });

  it('follows the system theme by default and applies an override and the language to <html>', async () => {
    const db = freshDb();
    m = await mount(db);
    await waitFor(() => document.documentElement.lang === 'zh-CN');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await updateSettings(db, { theme: 'dark', language: 'en' });
    await waitFor(() => document.documentElement.dataset.theme === 'dark' && document.documentElement.lang === 'en');
    await updateSettings(db, { theme: 'system' });
    await waitFor(() => document.documentElement.dataset.theme === undefined);
  });
});
