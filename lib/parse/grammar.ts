/**
 * The number grammar, written once: the fold table (full-width forms → ASCII), the tokens a
 * backend shows for "no value", and the three number shapes (decimal, clock, duration) as
 * regex sources. The parser (./text.ts), the reader's benchmark phrases (lib/extract/card.ts)
 * and the anonymiser (lib/snapshot/segment.ts, reshape.ts) all read numbers through these.
 *
 * Grammar (after folding; ' ?' is one optional space between tokens, never inside one):
 *   decimal  = [qualifier] [sign] [¥ [sign]] digits [magnitude] [% | 元] [+ | 以上]
 *     digits = 0 | 1-9 then digits | 1-3 digits then ",ddd" groups; optional ".d+"
 *              (no leading zeros, no bare ".5", no "1,23" or "1,2345")
 *   clock    = H:MM:SS (H 1–3 digits) | M:SS (M < 60)
 *   duration = [N天] [N小时|时|h] [N分钟|分|min|m] [N秒|s]
 * Which combinations mean a number (a % excludes ¥/元/magnitude, a duration's parts are in
 * range, …) is the parser's to say: the shapes here only say where a number may stand.
 */

/** Full-width and look-alike punctuation → ASCII, one UTF-16 unit for one (so an index into the
 *  folded text is an index into the input). Full-width digits ０-９ fold by code (`foldChar`). */
export const FOLD: Readonly<Record<string, string>> = {
  '％': '%',
  '，': ',',
  '．': '.',
  '＋': '+',
  '－': '-',
  '−': '-',
  '：': ':',
  '＜': '<',
  '＞': '>',
  '￥': '¥',
  '〜': '~',
  '～': '~',
  '／': '/',
  '（': '(',
  '）': ')',
  '＊': '*',
};

/** Spaces that are not ASCII: the one-for-one fold makes each a ' '. */
const WIDE_SPACE: Readonly<Record<string, string>> = { '\u00a0': ' ', '\u3000': ' ', '\u202f': ' ' };

/** A full-width form (U+FF01–FF5E) is its ASCII character + WIDE_OFFSET. */
export const WIDE_OFFSET = 0xfee0;
export const WIDE_ZERO = 48 + WIDE_OFFSET;
export const WIDE_NINE = 57 + WIDE_OFFSET;
/** A digit, ASCII or full-width, by char code. */
export const isAnyDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= WIDE_ZERO && c <= WIDE_NINE);

/** One character folded: a full-width digit or a FOLD entry as ASCII, anything else as it is. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= WIDE_ZERO && c <= WIDE_NINE) return String.fromCharCode(c - WIDE_OFFSET);
  return FOLD[ch] ?? ch;
}

/** The whole text folded one UTF-16 unit for one (FOLD, full-width digits, non-ASCII spaces as ' '). */
export function foldOneForOne(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    out += WIDE_SPACE[ch] ?? foldChar(ch);
  }
  return out;
}

/** Dashes and slashes shown for "no value" (a whole cell that reads `--`). */
export const MISSING_MARKS = ['--', '-', '—', '——', '–', '---', '/'] as const;
/** Words shown for "no data"; the reader's label table knows these as values too. */
export const MISSING_WORDS = ['暂无数据', '暂无', '无数据', 'N/A', 'n/a', 'NaN'] as const;
/** Every whole text the parser reads as missing (无 only as a whole value, never as a label). */
export const MISSING_TOKENS: ReadonlySet<string> = new Set<string>([...MISSING_MARKS, ...MISSING_WORDS, '无']);

/** 万/亿/k… → the power of ten it scales by. */
export const MAGNITUDE: Readonly<Record<string, number>> = { 万: 4, w: 4, W: 4, 亿: 8, k: 3, K: 3, 千: 3 };

/** A duration's parts (days, hours, minutes, seconds): seconds in one, and the limit a part
 *  must stay under when a larger part stands before it (1小时60分 is not a duration). */
export const DURATION_PART_SECONDS = [86400, 3600, 60, 1] as const;
export const DURATION_PART_LIMIT = [Infinity, 24, 60, 60] as const;

const QUALIFIER = String.raw`<=|>=|≤|≥|<|>|约|~`;
/** The digits of a decimal: not after a digit, ',' or '.', and taking the whole digit run. */
export const DIGITS = String.raw`(?<![\d,.])(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?(?!\d|[,.]\d)`;
/** A Latin magnitude letter only when no letter follows (1.5k, not the k of 1kg). */
const MAGNITUDES = String.raw`万|亿|千|[wWkK](?![A-Za-z])`;
const DECIMAL =
  String.raw`(?:(?<pre>${QUALIFIER}) ?)?(?:(?<sign>[+-]) ?)?(?:(?<cur>¥) ?)?(?:(?<sign2>[+-]) ?)?` +
  String.raw`(?<num>${DIGITS})(?: ?(?<mag>${MAGNITUDES}))?(?: ?(?<tail>%|元))?(?: ?(?<plus>\+|以上))?`;
const CLOCK = String.raw`(?:(\d{1,3}):([0-5]\d)|([0-5]?\d)):([0-5]\d)(?![\d:])`;
const PART = String.raw`(\d+(?:\.\d+)?)`;
const NO_LETTER = '(?![A-Za-z])';
const DURATION =
  String.raw`(?:${PART} ?天 ?)?(?:${PART} ?(?:小时|时|h${NO_LETTER}) ?)?` +
  String.raw`(?:${PART} ?(?:分钟|分|min${NO_LETTER}|m${NO_LETTER}) ?)?(?:${PART} ?(?:秒|s${NO_LETTER}))?`;

/** The whole (folded) text is one decimal; named groups pre, sign, cur, sign2, num, mag, tail, plus. */
export const DECIMAL_RE = new RegExp(`^${DECIMAL}$`);
/** The whole text is a clock: groups 1 H, 2 MM (with H), 3 M, 4 SS. */
export const CLOCK_RE = new RegExp(`^${CLOCK}$`);
/** The whole text is a duration: groups 1 days, 2 hours, 3 minutes, 4 seconds. */
export const DURATION_RE = new RegExp(`^${DURATION}$`);

/** A character a number may start with: a digit, a qualifier, a sign or ¥. */
const NUMBER_START = /[\d<>≤≥约~+\-¥]/;
export const mayStartNumber = (ch: string | undefined): boolean => ch !== undefined && NUMBER_START.test(ch);

const AT = /* @__PURE__ */ [DECIMAL, CLOCK, DURATION].map((src) => new RegExp(`^${src}`));
const SEARCH = new RegExp(DECIMAL);

/**
 * The scanner: the lengths of the number shapes that start at `i` of the folded text `f`
 * (decimal, clock, duration; trailing space not counted), longest first. A length is where a
 * number may end; whether that text is a number is the parser's answer.
 */
export function numberLengthsAt(f: string, i: number): number[] {
  const rest = f.slice(i); // what stands before `i` does not count
  const lens = new Set<number>();
  for (const re of AT) {
    const m = re.exec(rest);
    if (m && /\d/.test(m[0])) lens.add(m[0].trimEnd().length);
  }
  return [...lens].sort((a, b) => b - a);
}

/** The first decimal standing in a phrase (`同行同级优秀值¥300` → `¥300`), or null. */
export function findDecimal(text: string): string | null {
  return SEARCH.exec(text)?.[0] ?? null;
}
