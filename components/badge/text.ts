import type { PageCapture } from '../../lib/capture/types';

/** What the badge says: how many numbers were read, and how many the page should have had. */
export function badgeText(c: PageCapture): { text: string; title: string } {
  const read = c.captures.filter((r) => r.source === 'observed').length;
  const missed = c.missed.length;
  return {
    text: missed ? `StageLens · 已读 ${read} · 漏 ${missed}` : `StageLens · 已读 ${read}`,
    title: `StageLens: 已读取 ${read} 个数字${missed ? `，${missed} 个未读到` : ''}。点击打开侧边栏 / read ${read} numbers${missed ? `, missed ${missed}` : ''}; click to open the side panel`,
  };
}
