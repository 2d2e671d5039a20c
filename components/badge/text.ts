import type { PageCapture } from '../../lib/capture/types';

/** What the badge says: how many numbers were read, and how many the page should have had;
 *  when the background judged the page kind changed (lib/health/page-changed.ts), that first. */
export function badgeText(c: PageCapture, pageChanged = false): { text: string; title: string } {
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
