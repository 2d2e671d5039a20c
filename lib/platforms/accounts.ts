/**
 * What a backend account is to the seller's shop (issue 19: one shop, many backends).
 *
 * - company: the backends of one company can show the same shop (罗盘, 抖店, 百应 and 千川 are
 *   all Douyin's); accounts of different companies never join by themselves, whatever their names.
 * - kind: a 'shop' backend shows the shop itself (罗盘's shop view, 抖店, 快手小店 / 生意通,
 *   淘宝直播's shop, 微信小店), so a page of it that names no shop can only be the company's one
 *   shop, when StageLens knows exactly one. An 'account' backend is a login that may work for
 *   several shops (a 百应 streamer account sells for many shops; a 千川 ad account can promote
 *   any of them): it joins a shop by the same shop id or name, otherwise only once the user says
 *   which shop it is.
 * - ids: the number space the page's shop id belongs to. 罗盘's shop view and 抖店 show the same
 *   店铺ID; a 千川 aavid or a 百应 抖音号 is another kind of number, so an equal value there
 *   means nothing, and a different one contradicts nothing.
 */
import type { PlatformId } from './types';

/** 'douyin', 'kuaishou', 'taobao', 'weixin', or a new backend's own */
export type CompanyId = string;
export type AccountKind = 'shop' | 'account';

export const ACCOUNT_OF: Record<PlatformId, { company: CompanyId; kind: AccountKind; ids: string }> = {
  compass: { company: 'douyin', kind: 'shop', ids: 'douyin-shop' },
  doudian: { company: 'douyin', kind: 'shop', ids: 'douyin-shop' },
  buyin: { company: 'douyin', kind: 'account', ids: 'douyin-user' },
  qianchuan: { company: 'douyin', kind: 'account', ids: 'qianchuan-aavid' },
  kwaixiaodian: { company: 'kuaishou', kind: 'shop', ids: 'kuaishou-shop' },
  taobaolive: { company: 'taobao', kind: 'shop', ids: 'taobao-shop' },
  wxstore: { company: 'weixin', kind: 'shop', ids: 'weixin-shop' },
};

/** A platform id StageLens does not know (an imported row from a newer version) is its own
 *  company: it joins nothing by itself. */
export const companyOf = (platform: string): string => ACCOUNT_OF[platform as PlatformId]?.company ?? `other:${platform}`;
export const accountKindOf = (platform: string): AccountKind => ACCOUNT_OF[platform as PlatformId]?.kind ?? 'account';
export const idSpaceOf = (platform: string): string => ACCOUNT_OF[platform as PlatformId]?.ids ?? `other:${platform}`;
