import type { PageCapture } from '../../lib/capture/types';

/** A live session's alerts so far and how many still hold (lib/background/handle.ts AlertSummary). */
export interface BadgeAlerts {
  count: number;
  open: number;
}

/** The badge's look for its alerts: red while one holds, amber once all have recovered. */
export function badgeTone(a: BadgeAlerts | null): 'alert' | 'recovered' | 'quiet' {
  if (!a || a.count === 0) return 'quiet';
  return a.open > 0 ? 'alert' : 'recovered';
}

const alertWords = (a: BadgeAlerts | null): { text: string; title: string } =>
  !a || a.count === 0
    ? { text: '', title: '' }
    : {
        text: ` · 提醒 ${a.count}`,
        title: ` 本场直播提醒 ${a.count} 条${a.open ? `（${a.open} 条仍在持续）` : ''} / ${a.count} live alert${a.count > 1 ? 's' : ''}${a.open ? ` (${a.open} still holding)` : ''}.`,
      };

/** What the badge says: how many numbers were read, and how many the page should have had;
 *  when the background judged the page kind changed (lib/health/page-changed.ts), that first. */
export function badgeText(c: PageCapture, pageChanged = false, alerts: BadgeAlerts | null = null): { text: string; title: string } {
  const base = readText(c, pageChanged);
  const a = alertWords(alerts);
  return { text: base.text + a.text, title: base.title + a.title };
}

function readText(c: PageCapture, pageChanged: boolean): { text: string; title: string } {
  const read = c.captures.filter((r) => r.source === 'observed').length;
  const missed = c.missed.length;
  if (pageChanged) {
    return {
      text: `StageLens · 这个页面可能改版了 · 已读 ${read} · 漏 ${missed}`,
      title: `StageLens: 这个页面可能改版了——这类页面以前能读到的数字，这次大多没读到（已读 ${read}，漏 ${missed}）。点击打开侧边栏，可保存测试页 / This page may have changed: most of the numbers this kind of page used to show were not found (read ${read}, missed ${missed}); click to open the side panel and save a test page`,
    };
  }
  return {
    text: missed ? `StageLens · 已读 ${read} · 漏 ${missed}` : `StageLens · 已读 ${read}`,
    title: `StageLens: 已读取 ${read} 个数字${missed ? `，${missed} 个未读到` : ''}。点击打开侧边栏 / read ${read} numbers${missed ? `, missed ${missed}` : ''}; click to open the side panel`,
  };
}
