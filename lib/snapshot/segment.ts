/**
 * Cut one text into what the anonymiser does with each piece: kept words (labels, UI text,
 * period words), numbers (reshaped), dates and times (shifted), ids and phone numbers (digits
 * replaced one for one), and names (replaced by placeholders). Pure; positions are in the
 * original text (folding full-width forms is one character for one).
 */
import { foldOneForOne, mayStartNumber, numberLengthsAt } from '../parse/grammar';
import { parseText } from '../parse/text';
import { matchDate, matchTime, RANGE_SEP, type DateToken } from './dates';
import { PERIOD_RE, LATIN_UI, UNIT_CHARS, decomposes, isHan, isMetricLike, type Dictionary } from './words';

export type Seg =
  /** `metricLike`: kept because it reads like a metric label the adapter does not know */
  | { t: 'keep'; s: string; metricLike?: boolean }
  | { t: 'num'; s: string }
  /** `from`: index of the segment this one ends a range for (22:15 ~ 01:10) */
  | { t: 'date'; s: string; tok: DateToken; from?: number }
  | { t: 'id'; s: string }
  | { t: 'phone'; s: string }
  | { t: 'name'; s: string }
  | { t: 'latin'; s: string };

const PHONE = /^1[3-9]\d(?:[ -]?(?:\d{4}|\*{4}))[ -]?\d{4}(?!\d)/;
/** Digits with what may stand around them (`¥`, `%`…): a number the grammar's shapes miss but
 *  the parser may still read, tried last. */
const LOOSE_CORE = /^[^\d]{0,4}?\d+(?:[.,]\d+)*/;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

export interface SegmentOptions {
  /** a name or an id field's value: nothing is kept, numbers are ids */
  noKeep?: boolean;
}

/** A number shown on its own (`¥1,234`, `1分5秒`) at `i`, or null. */
function numberAt(f: string, raw: string, i: number): { len: number; id: boolean } | null {
  if (!mayStartNumber(f[i])) return null;
  const lens = new Set(numberLengthsAt(f, i));
  const core = LOOSE_CORE.exec(f.slice(i));
  if (core) lens.add(core[0].length);
  for (const len of [...lens].sort((a, b) => b - a)) {
    if (len <= 0) continue;
    if (parseText(raw.slice(i, i + len)).kind === 'number') return { len, id: /^\d{7,}$/.test(f.slice(i, i + len)) };
  }
  return null;
}

function keepAt(f: string, i: number, dict: Dictionary): number {
  const p = PERIOD_RE.exec(f.slice(i));
  if (p && !isDigit(f[i + p[0].length]) && !isDigit(f[i - 1])) return p[0].length;
  for (const w of dict.mixed) {
    if (!f.startsWith(w, i)) continue;
    const before = f[i - 1],
      after = f[i + w.length];
    if (isDigit(w[0]) && isDigit(before)) continue;
    if (isDigit(w[w.length - 1]) && isDigit(after)) continue;
    if (isLatin(w[0]) && isLatin(before)) continue;
    if (isLatin(w[w.length - 1]) && isLatin(after)) continue;
    return w.length;
  }
  return 0;
}

function keepHan(run: string, dict: Dictionary): { keep: boolean; metricLike?: boolean } {
  if (dict.whole.has(run) || decomposes(run, dict)) return { keep: true };
  if (run.length === 1 && UNIT_CHARS.has(run)) return { keep: true };
  if (isMetricLike(run)) return { keep: true, metricLike: true };
  return { keep: false };
}

/** Free text between tokens: Han runs, Latin runs, digit runs, everything else kept. */
function free(raw: string, f: string, dict: Dictionary, noKeep: boolean, out: Seg[]): void {
  const re = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([A-Za-z]+)|(\d+)|(\p{L}+)|([^]+?)/gu;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const s = raw.slice(m.index, m.index + m[0].length);
    if (m[1]) {
      const k: { keep: boolean; metricLike?: boolean } = noKeep ? { keep: false } : keepHan(m[1], dict);
      out.push(k.keep ? (k.metricLike ? { t: 'keep', s, metricLike: true } : { t: 'keep', s }) : { t: 'name', s });
    } else if (m[2]) out.push(!noKeep && LATIN_UI.has(m[2]) ? { t: 'keep', s } : { t: 'latin', s });
    else if (m[3]) out.push(m[3].length >= 2 || noKeep ? { t: 'id', s } : { t: 'keep', s });
    else if (m[4]) out.push({ t: 'name', s });
    else out.push({ t: 'keep', s });
  }
}

export function segment(raw: string, dict: Dictionary, opts: SegmentOptions = {}): Seg[] {
  const f = foldOneForOne(raw);
  const out: Seg[] = [];
  const noKeep = Boolean(opts.noKeep);
  let freeFrom = 0;
  let lastDate = -1; // index in `out` of the last date/time segment
  let lastDateEnd = -1; // where it ended in the text
  const flush = (to: number) => {
    if (to > freeFrom) free(raw.slice(freeFrom, to), f.slice(freeFrom, to), dict, noKeep, out);
  };
  let i = 0;
  while (i < f.length) {
    const prev = f[i - 1];
    let len = 0;
    let seg: Seg | null = null;
    if (!noKeep) {
      const k = keepAt(f, i, dict);
      if (k) {
        len = k;
        seg = { t: 'keep', s: raw.slice(i, i + k) };
      }
    }
    if (!seg && lastDate >= 0 && /^\s*$/.test(f.slice(lastDateEnd, i))) {
      // the separator of a range (22:15 ~ 01:10, 20:00-23:48): not a `~23` or `-23` number
      const r = RANGE_SEP.exec(f.slice(i));
      if (r && r[0].trim() && (matchTime(f, i + r[0].length) || matchDate(f, i + r[0].length))) {
        len = r[0].length;
        seg = { t: 'keep', s: raw.slice(i, i + len) };
      }
    }
    if (!seg && isDigit(f[i]) && !isDigit(prev) && !(prev && /[/.\-:]/.test(prev) && isDigit(f[i - 2]))) {
      let tok = matchDate(f, i);
      if (!tok && !isLatin(prev)) {
        const between = lastDate >= 0 ? f.slice(lastDateEnd, i) : null;
        const afterDate = between !== null && (/^\s*$/.test(between) || RANGE_SEP.exec(between)?.[0].length === between.length);
        const t = matchTime(f, i);
        const startsRange = t
          ? (() => {
              const r = RANGE_SEP.exec(f.slice(i + t.len));
              return r !== null && matchTime(f, i + t.len + r[0].length) !== null;
            })()
          : false;
        if (t && (afterDate || startsRange)) tok = t;
      }
      if (tok) {
        len = tok.len;
        const d: Seg = { t: 'date', s: raw.slice(i, i + len), tok };
        const between = lastDate >= 0 ? f.slice(lastDateEnd, i) : '';
        const sep = RANGE_SEP.exec(between);
        if (lastDate >= 0 && sep && sep[0].length === between.length && /\S/.test(between)) d.from = lastDate;
        seg = d;
      } else {
        const p = PHONE.exec(f.slice(i));
        if (p && !isLatin(prev)) {
          len = p[0].length;
          seg = { t: 'phone', s: raw.slice(i, i + len) };
        }
      }
    }
    if (!seg && !isDigit(prev) && !isLatin(prev) && prev !== '.' && prev !== '_') {
      const n = numberAt(f, raw, i);
      if (n) {
        len = n.len;
        seg = { t: n.id || noKeep ? 'id' : 'num', s: raw.slice(i, i + len) };
      }
    }
    if (seg) {
      flush(i);
      // a date segment's index is known only once the free text before it is pushed
      out.push(seg);
      if (seg.t === 'date') {
        lastDate = out.length - 1;
        lastDateEnd = i + len;
      }
      i += len;
      freeFrom = i;
    } else i++;
  }
  flush(f.length);
  return out;
}
