/** Numbers written the way the dashboards write them. */
export type GenUnit = 'cny' | 'count' | 'ratio' | 'seconds';

const group = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** ¥236,552 / ¥2,201.51 / 8,947 / 8.84万 / 10.12% / 1分5秒 */
export function shown(unit: GenUnit, r: () => number): string {
  switch (unit) {
    case 'cny': {
      const v = Math.floor(r() * 500_000);
      return r() < 0.5 ? `¥${group(v)}` : `¥${group(v + r(), 2)}`;
    }
    case 'count': {
      const v = Math.floor(r() * 200_000);
      return v >= 100_000 && r() < 0.5 ? `${(v / 10_000).toFixed(2)}万` : group(v);
    }
    case 'ratio':
      return `${(r() * 40).toFixed(2)}%`;
    case 'seconds': {
      const s = 20 + Math.floor(r() * 200);
      return s >= 60 ? `${Math.floor(s / 60)}分${s % 60}秒` : `${s}秒`;
    }
  }
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 6-character CSS-module hash suffix, e.g. `HrpFrv`. */
export function hash(r: () => number): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
  let s = '';
  for (let i = 0; i < 6; i++) s += abc[Math.floor(r() * abc.length)];
  return s;
}

const HAN = '直播间商品成交观看人数曝光点击转化率粉丝团关注评论互动讲解新客老客福袋优惠券主播助播场控运营投放消耗流量推荐自然付费短视频搜索同城关注页个人主页';
export function hanText(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += HAN[Math.floor(r() * HAN.length)];
  return s;
}
