/**
 * URLs with their query values scrubbed: keys kept, each value replaced by one of the same shape
 * (digits by digits through the page's id map, so a live_room_id in the URL and in the page text
 * stay the same id; letters by x/X; dates shifted with the page). The path is kept, except long
 * digit runs (ids). For the page's own URL, a value the adapter needs to tell the page kind
 * (?tab=live) is put back when scrubbing it would change what page it is.
 */
export interface UrlScrubber {
  /** a decoded query value → its stand-in */
  value(v: string): string;
  /** a digit run → its stand-in */
  digits(d: string): string;
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}

function scrubQuery(q: string, s: UrlScrubber): string[] {
  return q.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    if (!raw) return pair;
    const dec = decode(raw);
    const out = s.value(dec);
    return `${key}=${dec === raw ? out.replace(/[&#=%\s]/g, (c) => encodeURIComponent(c)) : encodeURIComponent(out)}`;
  });
}

const PARTS = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

/** Scrub a URL (absolute or relative). `minIdDigits`: digit runs in the path at least this long are ids. */
export function scrubUrl(href: string, s: UrlScrubber, minIdDigits = 5): string {
  const m = PARTS.exec(href);
  if (!m) return href;
  const [, path = '', query, hash] = m;
  let out = path.replace(new RegExp(`\\d{${minIdDigits},}`, 'g'), (d) => s.digits(d));
  if (query !== undefined) out += `?${scrubQuery(query, s).join('&')}`;
  if (hash !== undefined) {
    const q = hash.indexOf('?');
    out += `#${q < 0 ? hash : `${hash.slice(0, q)}?${scrubQuery(hash.slice(q + 1), s).join('&')}`}`;
  }
  return out;
}

/**
 * The page's own URL scrubbed. While `ok` rejects the result (the page kind changed), original
 * values are put back one key at a time, those without digits first; the keys put back are
 * returned so the notes can say so.
 */
export function scrubPageUrl(href: string, s: UrlScrubber, ok: (url: string) => boolean = () => true): { url: string; restored: string[]; kindLost?: boolean } {
  const scrubbed = scrubUrl(href, s, 7);
  if (ok(scrubbed)) return { url: scrubbed, restored: [] };
  const m = PARTS.exec(href);
  const q = m?.[2];
  if (!m || q === undefined) return { url: scrubbed, restored: [], kindLost: true };
  const pairs = q.split('&');
  const clean = scrubQuery(q, s);
  const order = pairs.map((p, i) => i).sort((a, b) => Number(/\d/.test(pairs[a]!)) - Number(/\d/.test(pairs[b]!)));
  const restored: string[] = [];
  const build = () => scrubbed.replace(/\?[^#]*/, `?${clean.join('&')}`);
  for (const i of order) {
    clean[i] = pairs[i]!;
    restored.push(pairs[i]!.split('=')[0]!);
    if (ok(build())) return { url: build(), restored };
  }
  // Nothing short of the original URL keeps the page kind: keep it scrubbed anyway, and say so.
  return { url: scrubbed, restored: [], kindLost: true };
}
