/**
 * What one backend adapter holds: data only. The reader (lib/extract) does the DOM work; an
 * adapter says where it runs (hosts, page kinds by URL) and what the labels mean.
 */
import type { Framework } from '../growth/channelIds';
import type { MetricId } from '../metrics/catalog';
import type { NormaliseHints } from '../parse/normalise';

export type PlatformId =
  | 'compass' // 抖音电商罗盘
  | 'doudian' // 抖店
  | 'buyin' // 巨量百应
  | 'qianchuan' // 巨量千川
  | 'kwaixiaodian' // 快手小店 / 生意通
  | 'taobaolive' // 淘宝直播
  | 'wxstore'; // 微信小店

export interface PageKind {
  /** stable id, stored with every capture */
  id: string;
  zh: string;
  en: string;
  /** matched against `pathname + search + hash` of the page URL */
  path: RegExp;
  /** metrics this page is expected to show: the ones not found are reported as missed */
  expect: MetricId[];
  /** a list of sessions as table rows */
  table?: boolean;
  /** a live page (big screen / console): values change while the session runs */
  live?: boolean;
  /** URL query parameters that hold the session id on this page */
  sessionParams?: string[];
}

export interface PlatformAdapter {
  id: PlatformId;
  zh: string;
  en: string;
  hosts: string[];
  pages: PageKind[];
  /** label as shown (after trimming and dropping a trailing colon) → metric */
  aliases: Record<string, MetricId>;
  /** short labels that are metrics only inside a block with one of `headings` (微信小店: 商品 /
   *  物流 / 服务 under 我的体验分); anywhere else (a menu item 商品) they are not read */
  scopedAliases?: Array<{ headings: string[]; aliases: Record<string, MetricId> }>;
  /** CSS selectors of elements whose open shadow root holds the page (微信小店 <micro-app>) */
  shadowHosts?: string[];
  /** labels whose bare numbers carry a unit, e.g. 平均观看时长（秒） */
  labelHints?: Record<string, NormaliseHints>;
  /** table column headers that hold the row's identity */
  rowKeyHeaders?: string[];
  titleHeaders?: string[];
  timeHeaders?: string[];
  /** labels of key/value fields naming the shop or account */
  shopIdLabels?: string[];
  shopNameLabels?: string[];
  /** URL query parameters that name the account (千川 aavid) */
  shopParams?: string[];
  /** the period choices this backend offers, as shown */
  periods: string[];
  /** the selling framework its channel mix is read by: Kuaishou's STEPS, or FACT (the Douyin
   *  backends' own, used for the others for want of theirs) */
  framework: Framework;
  // Example URLs live beside the adapter in ./<id>.examples.ts (tests and docs only), not in the content script.
}
