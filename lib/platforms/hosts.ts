/**
 * The one list of hosts StageLens reads. The manifest's host_permissions and the content
 * scripts' matches are both built from it (wxt.config.ts; each backend's entrypoints/<id>.content.ts
 * matches its adapter's hosts, which are these), and a test pins
 * it, so a host is never granted without an adapter that reads it.
 */
export const HOSTS = [
  'compass.jinritemai.com',
  'fxg.jinritemai.com',
  'buyin.jinritemai.com',
  'qianchuan.jinritemai.com',
  's.kwaixiaodian.com',
  'syt.kwaixiaodian.com',
  'zs.kwaixiaodian.com',
  'liveplatform.taobao.com',
  'store.weixin.qq.com',
] as const;

export type Host = (typeof HOSTS)[number];

/** The match pattern of one host: https only (a backend served over http is not the seller's). */
export const matchPattern = (host: string): string => `https://${host}/*`;

export const MATCH_PATTERNS: string[] = HOSTS.map(matchPattern);
export const HOST_PERMISSIONS: string[] = MATCH_PATTERNS;
