/**
 * Where StageLens runs, as tables of real-looking URLs: every adapter's own examples (lib/platforms/examples.ts), the
 * URL shapes DASHBOARDS.md lists for it, and the pages it must leave alone — lookalike hosts,
 * http:// instead of https://, other hosts of the same company, unknown paths, and a known path
 * that only appears inside another URL's query.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById, adapterForUrl } from '../../lib/platforms/registry';
import { HOSTS, MATCH_PATTERNS } from '../../lib/platforms/hosts';
import { pageKindOf } from '../../lib/extract/page';
import type { PlatformId } from '../../lib/platforms/types';
import { URL_EXAMPLES } from '../../lib/platforms/examples';

/** platform and page kind StageLens gives a URL; null: no adapter at all */
function kindOf(url: string): { platform: string; page: string | null } | null {
  const a = adapterForUrl(url);
  return a ? { platform: a.id, page: pageKindOf(a, new URL(url))?.id ?? null } : null;
}

/** More URL shapes per backend (DASHBOARDS.md), beyond the adapter's own examples (which every
 *  backend must have, beside its adapter: lib/platforms/<id>.examples.ts). */
const MORE: Partial<Record<PlatformId, Array<[url: string, page: string | null]>>> = {
  compass: [
    ['https://compass.jinritemai.com/talent', 'home'],
    ['https://compass.jinritemai.com/shop/', 'home'],
    ['https://compass.jinritemai.com/shop?from_page=%2Fshop', 'home'],
    ['https://compass.jinritemai.com/talent/live-detail?live_room_id=7391234567890123456', 'live-detail'],
    ['https://compass.jinritemai.com/screen/live/shop?live_room_id=1&live_app_id=1128', 'big-screen'],
    ['https://compass.jinritemai.com/shop/talent-analysis', null],
    ['https://compass.jinritemai.com/shop/search/industry-terms/detail', null],
  ],
  doudian: [
    ['https://fxg.jinritemai.com/ffa/eco/experience-score', 'experience-score'],
    ['https://fxg.jinritemai.com/ffa/mshop/trade/dashboard', null],
    ['https://fxg.jinritemai.com/ffa/g/list', null],
  ],
  buyin: [
    ['https://buyin.jinritemai.com/dashboard/live/control?btm_ppre=a0.b0.c0.d0', 'live-control'],
    ['https://buyin.jinritemai.com/dashboard/servicehall/daren-square', null],
    ['https://buyin.jinritemai.com/dashboard/content/author-violation', null],
  ],
  qianchuan: [
    ['https://qianchuan.jinritemai.com/board-next?live_room_id=1&aavid=2', 'live-board'],
    ['https://qianchuan.jinritemai.com/uni-prom/detail?aavid=&adId=', 'uni-prom-detail'],
    ['https://qianchuan.jinritemai.com/uni-prom/overall?aavid=1712345678901234#/', 'uni-prom-overall'],
  ],
  kwaixiaodian: [
    ['https://syt.kwaixiaodian.com/zones/liveAnalysis/', 'live-data'],
    ['https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview?tab=1', 'overview'],
    ['https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview_v2', null],
    ['https://syt.kwaixiaodian.com/zones/deliveryLive', null],
    ['https://s.kwaixiaodian.com/zone/order/list', null],
  ],
  taobaolive: [
    ['https://liveplatform.taobao.com/restful/index/live/overview?spm=a1z9u', 'overview'],
    ['https://liveplatform.taobao.com/restful/index/data/live/', 'live-effect'],
    ['https://liveplatform.taobao.com/restful/index/data/liveroom', null],
  ],
  wxstore: [
    ['https://store.weixin.qq.com/shop/home?token=1&lang=zh_CN', 'home'],
    ['https://store.weixin.qq.com/shop/goods/list', null],
  ],
};

/** Hosts of the same companies that StageLens does not read. */
const OTHER_HOSTS = [
  'https://jinritemai.com/shop',
  'https://www.jinritemai.com/',
  'https://fxg.jinritemai.com.cn/ffa/mshop/homepage/index',
  'https://login.kwaixiaodian.com/?biz=merchantLivePc',
  'https://niu.e.kuaishou.com/home?homeType=new',
  'https://sycm.taobao.com/portal/home.htm',
  'https://taobao.com/restful/index/live/overview',
  'https://channels.weixin.qq.com/platform/statistic/live?mode=history',
  'https://ark.xiaohongshu.com/app-datacenter/live',
  'https://example.com/shop/home',
];

/** Every known page URL's host swapped for a lookalike, or its scheme for another. */
const LOOKALIKES = (url: string): string[] => {
  const u = new URL(url);
  const h = u.hostname;
  const rest = u.pathname + u.search;
  return [
    `http://${h}${rest}`,
    `https://${h}.evil.cn${rest}`,
    `https://${h}evil.cn${rest}`,
    `https://evil${h}${rest}`,
    `https://x.${h}${rest}`,
    `https://${h.replace('.', '-')}${rest}`,
    `https://${h}@evil.cn${rest}`,
    `https://evil.cn/${h}${rest}`,
    `ftp://${h}${rest}`,
    `file:///${h}${rest}`,
  ];
};

const positives = ADAPTERS.flatMap((a) =>
  [...URL_EXAMPLES[a.id].map((e) => [e.url, e.page] as const), ...(MORE[a.id] ?? [])]
    .filter(([, p]) => p !== null)
    .map(([url, page]) => ({ id: a.id, url, page: page! })),
);

describe('URL → page kind, per backend', () => {
  for (const a of ADAPTERS) {
    const table = [...URL_EXAMPLES[a.id].map((e) => [e.url, e.page] as const), ...(MORE[a.id] ?? [])];
    it.each(table)(`${a.id}: %s → %s`, (url, page) => {
      expect(kindOf(url)).toEqual({ platform: a.id, page });
    });
  }

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: every page kind has a real URL, and some URLs on its hosts are no page', (_id, a) => {
    const table = [...URL_EXAMPLES[a.id].map((e) => [e.url, e.page] as const), ...(MORE[a.id] ?? [])];
    for (const p of a.pages)
      expect(
        table.some(([, page]) => page === p.id),
        `${a.id}/${p.id} has no example URL`,
      ).toBe(true);
    expect(table.some(([, page]) => page === null)).toBe(true);
    for (const h of a.hosts)
      expect(
        table.some(([url]) => new URL(url).hostname === h),
        `${h} has no example URL`,
      ).toBe(true);
  });

  it('page kind ids are unique within a backend, and a URL resolves to one kind only', () => {
    for (const a of ADAPTERS) expect(new Set(a.pages.map((p) => p.id)).size).toBe(a.pages.length);
    for (const { id, url } of positives) {
      const a = adapterById(id)!;
      const u = new URL(url);
      const target = u.pathname + u.search + u.hash;
      expect(
        a.pages.filter((p) => p.path.test(target)).map((p) => p.id),
        url,
      ).toHaveLength(1);
    }
  });
});

describe('pages StageLens leaves alone', () => {
  it.each(positives.flatMap((p) => LOOKALIKES(p.url)))('no adapter: %s', (url) => {
    expect(adapterForUrl(url)).toBeUndefined();
  });

  it.each(OTHER_HOSTS)('no adapter: %s', (url) => {
    expect(adapterForUrl(url)).toBeUndefined();
  });

  it.each(['', 'not a url', '/shop/home', 'chrome-extension://abc/sidepanel.html', 'about:blank'])('no adapter: %j', (url) => {
    expect(adapterForUrl(url)).toBeUndefined();
  });

  it.each(
    ADAPTERS.flatMap((a) =>
      a.hosts.flatMap((h) => ['/', '/login', '/favicon.ico', '/zzz/not-a-page', '/api/anything?x=1'].map((p) => [a.id, `https://${h}${p}`] as const)),
    ),
  )('%s: unknown path %s is no page', (id, url) => {
    expect(kindOf(url)).toEqual({ platform: id, page: null });
  });

  // the 快手 live page's path is a guess matched loosely on purpose (no public path for it)
  const exact = positives.filter((p) => !(p.id === 'kwaixiaodian' && kindOf(p.url)?.page === 'live-data'));
  it.each(exact.map((p) => [p.id, p.url] as const))('%s: a longer last path segment is another page: %s', (id, url) => {
    const u = new URL(url);
    const longer = `https://${u.hostname}${u.pathname.replace(/\/?$/, '')}-panel${u.search}`;
    expect(kindOf(longer)).toEqual({ platform: id, page: null });
  });

  it.each(positives.map((p) => [p.id, p.url] as const))('%s: a page path inside a query is no page: %s', (id, url) => {
    const u = new URL(url);
    const wrapped = `https://${u.hostname}/sso/redirect?next=${u.pathname}${u.search.replace('?', '&')}`;
    expect(kindOf(wrapped)).toEqual({ platform: id, page: null });
  });
});

describe('hosts', () => {
  it('every host has exactly one adapter, and every adapter host is in the manifest list', () => {
    const adapterHosts = ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(adapterHosts).size).toBe(adapterHosts.length);
    expect([...adapterHosts].sort()).toEqual([...HOSTS].sort());
    expect(MATCH_PATTERNS).toEqual(HOSTS.map((h) => `https://${h}/*`));
  });
});
