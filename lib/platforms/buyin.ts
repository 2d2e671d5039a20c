/**
 * 巨量百应 buyin.jinritemai.com — the live 中控台 (its embedded 直播大屏基础版 numbers).
 * Path and labels from DASHBOARDS.md §3 ([V]); fixtures checked: tests/fixtures/buyin/
 * live-control.html, live-control-idle.html.
 */
import type { PlatformAdapter } from './types';
import { DOUYIN_LIVE_LABELS, DOUYIN_PERIODS } from './douyin-labels';

export const buyin: PlatformAdapter = {
  id: 'buyin',
  zh: '巨量百应',
  en: 'Buyin (creator console)',
  hosts: ['buyin.jinritemai.com'],
  pages: [
    {
      id: 'live-control',
      zh: '直播中控台',
      en: 'Live console',
      path: /^\/dashboard\/live\/control(?=[/?#]|$)/,
      sessionParams: ['live_room_id', 'room_id'],
      live: true,
      expect: ['gmv', 'units', 'buyers', 'currentOnline', 'newFans'],
    },
  ],
  aliases: {
    ...DOUYIN_LIVE_LABELS,
    在线人数: 'currentOnline',
    当前在线人数: 'currentOnline',
    新增粉丝: 'newFans',
    新增粉丝数: 'newFans',
  },
  shopNameLabels: ['达人昵称', '账号名称'],
  shopIdLabels: ['抖音号'],
  periods: DOUYIN_PERIODS,
  framework: 'fact',
};
