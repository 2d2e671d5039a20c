/**
 * Stage 2, plan: from the page's texts, numbers and dates (no DOM), decide what every number
 * becomes and how far dates move. Pure: the same input and seed give the same plan.
 *
 *   forbidden   every number token of the original (page and URL): none may come back
 *   classOf     each number text's class (../classes.ts): a reading's metric, else its shape
 *   factors     one factor per class (./factors.ts), ratios recomputed from their sides
 *   targetOf    the value each (class, family, value) is aimed at: one target per value and
 *               class, rounded to the coarsest way the page shows it, so 8.84万 and 88,400
 *               still agree; a figure shown to two precisions stays within the coarser step
 *   shift       one date shift for the page: dates stay valid, ranges keep their length and
 *               whether they cross midnight, and no original number token is written
 */
import { cleanText } from '../../parse/text';
import { randInt, type Rng } from '../../random';
import { move, minutesOf, renderDate, type DateToken, type Shift } from '../dates';
import { isZero, precisionOf, substituteDigits, templateOf, type Template } from '../reshape';
import { familyOf, type ClassKey, type Hints, type NumberFamily } from './classes';
import { chooseFactors, type ClassRatio, type Occurrence } from './factors';
import { numberTokens } from './segs';
import type { Slot } from './types';

/** A date or time of the page; `base`: the start of the range it ends. */
export interface DateUse {
  s: string;
  tok: DateToken;
  base?: DateToken;
}

export interface PlanInput {
  /** every text of the page (and its URL): their number tokens may not come back */
  texts: string[];
  /** the number texts, in page order */
  numbers: string[];
  dates: DateUse[];
}

export interface Plan {
  forbidden: Set<string>;
  /** by the number's cleaned text (cleanText) */
  classOf: Map<string, ClassKey>;
  /** by targetKey(class, family, |value|) */
  targetOf: Map<string, number>;
  factors: Map<ClassKey, number>;
  /** classes recomputed from a catalogue formula over two others on the page */
  derived: Map<ClassKey, ClassRatio>;
  shift: Shift | null;
}

export const targetKey = (cls: ClassKey, fam: NumberFamily, value: number): string => `${cls}|${fam}|${value}`;

/** The tries at a date shift before the best one so far is taken. */
const SHIFT_TRIES = 80;

/** What the plan needs of the collected slots (their texts, numbers and dates). */
export function planInput(slots: readonly Slot[], extraTexts: readonly string[]): PlanInput {
  const texts: string[] = [];
  const numbers: string[] = [];
  const dates: DateUse[] = [];
  for (const u of slots) {
    texts.push(u.kind === 'text' ? u.node.data : u.kind === 'group' ? u.raw : u.kind === 'href' ? u.value : u.segs.map((s) => s.s).join(''));
    // and each piece of one drawn over several nodes (`<span>512</span>,<span>364</span>`)
    if (u.kind === 'group') for (const n of u.nodes) texts.push(n.data);
  }
  texts.push(...extraTexts);
  for (const u of slots) {
    if (u.kind === 'href') continue;
    for (const s of u.segs) {
      if (s.t === 'num') numbers.push(s.s);
      if (s.t === 'date') {
        const from = s.from !== undefined ? u.segs[s.from] : undefined;
        dates.push(from && from.t === 'date' ? { s: s.s, tok: s.tok, base: from.tok } : { s: s.s, tok: s.tok });
      }
    }
  }
  return { texts, numbers, dates };
}

export function plan(input: PlanInput, hints: Hints, rng: Rng): Plan {
  const forbidden = new Set(input.texts.flatMap(numberTokens));
  const classOf = new Map<string, ClassKey>();
  const occs: Occurrence[] = [];
  for (const raw of input.numbers) {
    const t = templateOf(raw);
    if (!t || isZero(t)) continue;
    const key = cleanText(raw);
    let cls = classOf.get(key);
    if (!cls) {
      cls = hints.classOf(raw, t);
      classOf.set(key, cls);
    }
    occs.push({ t, cls, value: t.parsed.value });
  }
  const free = (t: Template, d: string) => !numberTokens(cleanText(substituteDigits(t.raw, d))).some((x) => forbidden.has(x));
  const { factors, derived } = chooseFactors(occs, rng, free);
  const targetOf = targets(occs, factors, rng);
  const shift = input.dates.length ? chooseShift(input.dates, forbidden, rng) : null;
  return { forbidden, classOf, targetOf, factors, derived, shift };
}

/** One target per value and class (see the header), finer figures kept a little off the coarser. */
function targets(occs: Occurrence[], factors: Map<ClassKey, number>, rng: Rng): Map<string, number> {
  const targetOf = new Map<string, number>();
  const groups: Array<{ value: number; cls: ClassKey; fam: NumberFamily; precision: number; as: string; keys: Set<string> }> = [];
  const keyOf = new Map<string, { value: number; precision: number }>();
  for (const o of [...occs].sort((a, b) => precisionOf(b.t) - precisionOf(a.t))) {
    const fam = familyOf(o.t.parsed.as),
      v = Math.abs(o.value),
      p = precisionOf(o.t);
    const key = targetKey(o.cls, fam, v);
    const known = keyOf.get(key);
    keyOf.set(key, { value: v, precision: known ? Math.min(known.precision, p) : p });
    const prior = groups.find((g) => g.cls === o.cls && g.fam === fam && (g.keys.has(key) || Math.abs(g.value - v) <= Math.max(g.precision, p) / 2 + 1e-9));
    if (!prior) groups.push({ value: v, cls: o.cls, fam, precision: p, as: o.t.parsed.as, keys: new Set([key]) });
    else {
      prior.precision = Math.max(prior.precision, p);
      prior.keys.add(key);
    }
  }
  for (const x of groups) {
    let target = x.value * (factors.get(x.cls) ?? 1);
    if (x.as === 'percent' && x.value <= 1) target = Math.min(target, 1);
    target = Math.round(target / x.precision) * x.precision || x.precision;
    for (const k of x.keys) {
      const own = keyOf.get(k)!;
      // a finer figure that was not equal to the coarser one stays a little off it (within
      // half the coarser step, so the two still agree), so the finer one is still the finer
      let off = 0;
      const room = Math.floor((0.8 * x.precision) / 2 / own.precision);
      if (own.value !== x.value && room >= 1) off = randInt(rng, 1, room) * own.precision * (own.value > x.value ? 1 : -1);
      targetOf.set(k, target + off);
    }
  }
  return targetOf;
}

/** The date a time-only token belongs to: the start of its range. */
export function baseOf(start: DateToken | undefined) {
  if (!start || start.mo === undefined || start.d === undefined) return undefined;
  const after = minutesOf(start);
  return after === undefined ? { y: start.y ?? 2024, mo: start.mo, d: start.d } : { y: start.y ?? 2024, mo: start.mo, d: start.d, after };
}

export function chooseShift(dates: readonly DateUse[], forbidden: ReadonlySet<string>, rng: Rng): Shift {
  let best: Shift = { days: -400, minutes: 7 },
    bestScore = Infinity;
  for (let i = 0; i < SHIFT_TRIES; i++) {
    const shift: Shift = { days: -randInt(rng, 380, 1500), minutes: randInt(rng, 3, 57) * (rng() < 0.5 ? -1 : 1) };
    let score = 0;
    for (const { s, tok, base } of dates) {
      const r = renderDate(s, tok, move(tok, shift, baseOf(base)).values);
      if (!r.fits) score += 10;
      if (numberTokens(r.text).some((t) => forbidden.has(t))) score += 1;
      // a range must still cross midnight exactly when it did
      if (base && crosses(base, tok, { days: 0, minutes: 0 }) !== crosses(base, tok, shift)) score += 10;
    }
    if (score < bestScore) [best, bestScore] = [shift, score];
    if (score === 0) break;
  }
  return best;
}

function crosses(start: DateToken, end: DateToken, shift: Shift): boolean {
  const s = move(start, shift);
  const e = move(end, shift, baseOf(start));
  if (s.at !== undefined && e.at !== undefined) return Math.floor(s.at / 1440) !== Math.floor(e.at / 1440);
  const sm = (s.values.h ?? 0) * 60 + (s.values.mi ?? 0),
    em = (e.values.h ?? 0) * 60 + (e.values.mi ?? 0);
  return em < sm;
}
