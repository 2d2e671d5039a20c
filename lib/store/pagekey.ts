/**
 * Which captures are "the same page": the URL without the query parameters that change on every
 * visit (cache busters, tracking, referral tags). Everything else is kept — live_room_id, liveId,
 * aavid, date ranges — because it names what the page shows. Parameters are sorted so their
 * order does not matter; a hash route (`#/live/detail?id=1&_t=…`) is cleaned the same way.
 */
const VOLATILE = new Set([
  '_',
  '__t',
  '_t',
  't',
  'ts',
  '_ts',
  'timestamp',
  'time_stamp',
  'r',
  'rand',
  'random',
  'nonce',
  'spm',
  'scm',
  'from',
  'from_page',
  'source',
  'enter_from',
  'referrer',
  'ref',
  'log_id',
  'logid',
  'trace_id',
  'request_id',
  'req_id',
  '_lid',
  'ttclid',
  'clickid',
  'gclid',
]);
const VOLATILE_PREFIXES = ['utm_', 'btm_', '__'];

export const isVolatileParam = (name: string): boolean => {
  const n = name.toLowerCase();
  return VOLATILE.has(n) || VOLATILE_PREFIXES.some((p) => n.startsWith(p));
};

function cleanQuery(search: string): string {
  const params = [...new URLSearchParams(search)].filter(([k]) => !isVolatileParam(k));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const q = new URLSearchParams(params).toString();
  return q ? `?${q}` : '';
}

/** `https://host/path?kept#/route?kept`; an unparseable URL is kept as it is. */
export function urlKeyOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  let hash = '';
  if (u.hash.length > 1) {
    const h = u.hash.slice(1);
    const q = h.indexOf('?');
    hash = q < 0 ? `#${h}` : `#${h.slice(0, q)}${cleanQuery(h.slice(q))}`;
  }
  return `${u.protocol}//${u.host}${u.pathname}${cleanQuery(u.search)}${hash}`;
}

export const pageKeyOf = (platform: string, page: string, url: string): string => `${platform}|${page}|${urlKeyOf(url)}`;

/** The series a capture is deduped against: same page, same period, same scope. */
export const streamOf = (pageKey: string, period: string | null, scope: string): string => JSON.stringify([pageKey, period, scope]);
