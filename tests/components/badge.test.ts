/** The in-page badge: its words, and the page-changed warning the background's reply switches on. */
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../components/badge/text';
import { mountBadge } from '../../components/badge/mount';
import type { PageCapture } from '../../lib/capture/types';

const capture = (read: number, missed: number): PageCapture => ({
  platform: 'compass',
  page: 'live-detail',
  url: 'https://compass.jinritemai.com/x',
  period: null,
  capturedAt: 0,
  sessions: [],
  unknown: [],
  captures: Array.from({ length: read }, () => ({ metric: 'gmv', label: 'l', text: '1', value: 1, unit: 'cny', scope: 'page', source: 'observed' }) as const),
  missed: Array.from({ length: missed }, () => ({ metric: 'gpm', scope: 'page', reason: 'notFound' }) as const),
});

describe('badge', () => {
  it('says what was read, and that the page may have changed when told so', () => {
    expect(badgeText(capture(5, 1)).text).toBe('StageLens · 已读 5 · 漏 1');
    const changed = badgeText(capture(0, 9), true);
    expect(changed.text).toContain('这个页面可能改版了');
    expect(changed.title).toContain('This page may have changed');
  });

  it('the warning shows on the host for the closed shadow root, and goes when the page reads well again', () => {
    const badge = mountBadge({ onInvalidated() {} }, () => undefined);
    const host = () => document.querySelector('stagelens-badge') as HTMLElement | null;
    badge.setChanged(true);
    expect(host()).toBeNull(); // nothing shown before the first read
    badge.update(capture(0, 9));
    expect(host()!.dataset.pageChanged).toBe('true');
    badge.setChanged(false);
    expect(host()!.dataset.pageChanged).toBe('false');
    host()!.remove();
  });

  it("counts a live session's alerts and takes their colour: red while one holds, amber once recovered", () => {
    expect(badgeText(capture(5, 0), false, { count: 2, open: 1 }).text).toBe('StageLens · 已读 5 · 提醒 2');
    expect(badgeText(capture(5, 0), false, { count: 0, open: 0 }).text).toBe('StageLens · 已读 5');
    const badge = mountBadge({ onInvalidated() {} }, () => undefined);
    const host = () => document.querySelector('stagelens-badge') as HTMLElement;
    badge.update(capture(3, 0));
    expect(host().dataset.alertTone).toBe('quiet');
    badge.setAlerts({ count: 1, open: 1 });
    expect([host().dataset.alerts, host().dataset.alertTone]).toEqual(['1', 'alert']);
    badge.setAlerts({ count: 1, open: 0 });
    expect([host().dataset.alerts, host().dataset.alertTone]).toEqual(['1', 'recovered']);
    host().remove();
  });
});
