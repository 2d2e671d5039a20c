/** Now: the page's numbers, benchmark bars, 推算 marks, the inspector, mapping, XSS-safe labels. */
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, liveCapture } from '../store/fixtures';
import { $, $$, ingestAll, liveUrl, mount, seededDb, setValue, waitFor, type Mounted } from './harness';
import { act } from 'preact/test-utils';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('Now view', () => {
  it('shows the open page: observed and derived rows, a benchmark bar, next actions', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await waitFor(() => $(root, 'tr[data-metric=gmv][data-source=observed]'));
    expect(Number($(root, 'tr[data-metric=gmv]')!.dataset.value)).toBeGreaterThan(0);
    const derived = await waitFor(() => $(root, 'tr[data-source=derived]'));
    expect(derived.textContent).toContain('推算');
    expect(derived.querySelector('.formula')?.textContent).toMatch(/^= /);
    await waitFor(() => $(root, '.bench-wrap .bar[role=img]'));
    expect($(root, '.legend')!.textContent!.length).toBeGreaterThan(0);
    await waitFor(() => $(root, '.next-actions li, [data-action]'));
  });

  it('inspector lists read / missed / unknown and maps an unknown label to a metric', async () => {
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    m = await mount(db, { url: liveCapture().url });
    const insp = await waitFor(() => $(m!.root, 'details.inspector'));
    await waitFor(() => $$(insp, 'tr[data-read]').length > 0);
    expect(insp.textContent).toContain('成交人数'); // missed: unreadable
    const unknown = $(insp, 'li[data-unknown]')!;
    expect(unknown.textContent).toContain('神秘指标');
    await setValue($(unknown, 'select'), 'avgOnline');
    await act(() => void $(unknown, 'form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await expect.poll(() => db.labelMaps.toArray()).toMatchObject([{ platform: 'compass', label: '神秘指标', metric: 'avgOnline' }]);
    await waitFor(() => $(m!.root, 'li[data-unknown] .mapped'));
  });

  it('page text is text: a label of markup is shown literally, never parsed', async () => {
    const db = freshDb();
    const evil = '<img src=x onerror=alert(1)>';
    await ingestAll(db, [liveCapture({ unknown: [{ label: evil, text: '<b>9</b>', scope: 'page' }] })]);
    m = await mount(db, { url: liveCapture().url });
    const li = await waitFor(() => $(m!.root, 'li[data-unknown]'));
    expect(li.textContent).toContain(evil);
    expect(li.textContent).toContain('<b>9</b>');
    expect([...m.root.querySelectorAll('img')].filter((i) => !i.matches('header img.logo'))).toEqual([]); // only our own logo
    expect(m.root.querySelector('li[data-unknown] b')).toBeNull();
  });

  it('with no supported page open, shows the latest capture or the supported pages', async () => {
    m = await mount(freshDb());
    await waitFor(() => m!.root.textContent?.includes('罗盘'));
  });
});

describe('Now view: page changed', () => {
  it('warns with the save-test-page button when the page kind is flagged, and not before', async () => {
    const { recordRead } = await import('../../lib/store/page-health');
    const db = freshDb();
    const c = liveCapture();
    await ingestAll(db, [c]);
    m = await mount(db, { url: c.url });
    await waitFor(() => $(m!.root, 'details.inspector'));
    for (let i = 0; i < 3; i++) await recordRead(db, { ...c, capturedAt: c.capturedAt + i });
    expect($(m.root, '.page-changed')).toBeNull();
    expect($$(m.root, '.snapshot button')).toHaveLength(1); // the inspector's
    const gone = c.captures.filter((r) => r.source === 'observed').map((r) => ({ metric: r.metric, scope: r.scope, reason: 'notFound' as const }));
    await recordRead(db, { ...c, captures: [], missed: gone, capturedAt: c.capturedAt + 10 });
    const warning = await waitFor(() => $(m!.root, '.page-changed'));
    expect(warning.textContent).toContain('这个页面可能改版了');
    expect($$(m.root, '.snapshot button')).toHaveLength(1); // now in the warning, not twice
    expect($(warning, '.snapshot button')).not.toBeNull();
  });

  it("a live page: the live strip lists the session's alerts with their numbers, and marks a moment", async () => {
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    const sessionId = 'compass:S1|7528000000000000001';
    await db.alerts.put({
      id: `${sessionId}|viewersDrop|currentOnline|1`,
      sessionId,
      shopId: 'compass:S1',
      rule: 'viewersDrop',
      metric: 'currentOnline',
      firedAt: 1,
      end: null,
      numbers: { peak: 1000, now: 600, dropPct: 0.4, windowMin: 5 },
    });
    m = await mount(db, { url: liveCapture().url });
    const li = await waitFor(() => $(m!.root, '[data-live-strip] li[data-alert-rule=viewersDrop]'));
    expect(li.textContent).toContain('从 1,000 跌到 600');
    expect($(m.root, '[data-live-strip]')!.dataset.alertOpen).toBe('1');
    await act(() => void $(m!.root, '[data-live-strip] [data-mark=push]')!.click());
    await expect.poll(() => db.marks.toArray()).toMatchObject([{ sessionId, kind: 'push', note: '' }]);
  });
});
