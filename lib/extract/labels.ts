import { cleanText } from '../parse/text';

/** Normalise label text so the same label matches across pages: no spaces, ASCII brackets and
 *  colons, no trailing colon or help marker. */
export function normaliseLabel(raw: string): string {
  return cleanText(raw)
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[:：?？ⓘ*]+$/u, '');
}

export const COMPARE_RE = /^(较上一?周期|较上期|较上场|较前一?[日天周月]|较前\d+[日天]|较昨日|较昨天|较上周期?|较上月|环比|同比|昨日同时段|昨日|昨天|对比上期|vs\.?上期)/;
export const BENCHMARK_RE = /(同行同级|同行同层|同行顶尖|账号中位|行业均值|行业平均|优秀值|中位值|超过同行)/;

/** Short text that reads like a metric label (for the inspector's "unknown labels"). */
export function looksLikeLabel(s: string): boolean {
  if (s.length < 2 || s.length > 24) return false;
  if (!/[\u4e00-\u9fff]/.test(s)) return /^(GPM|GMV|ROI|UV|PV|CTR|CVR)/i.test(s);
  if (COMPARE_RE.test(s) || BENCHMARK_RE.test(s)) return false;
  return /^[\u4e00-\u9fffA-Za-z0-9()\-·/_%（）]+$/.test(s) && !/^\d/.test(s);
}
