/**
 * Stage 3, write: render every slot's segments with the plan (numbers to their targets in
 * their own shape, dates shifted, ids digit for digit, names and Latin words by stand-ins) and
 * write the result into the DOM. Counts what it replaced (the stats the notes report).
 */
import { cleanText } from '../../parse/text';
import { foldOneForOne } from '../../parse/grammar';
import type { Rng } from '../../random';
import { move, renderDate, type DateToken } from '../dates';
import { Stand, latin } from '../ids';
import { digitsOf, isZero, place, substituteDigits, templateOf } from '../reshape';
import { segment, type Seg } from '../segment';
import { scrubUrl } from '../url';
import { familyOf, shapeClass, type ClassKey } from './classes';
import { baseOf, chooseShift, targetKey, type Plan } from './plan';
import { numberTokens, textSegs, type Words } from './segs';
import type { AnonymiseStats, Slot } from './types';

/** How far a number may be moved off its target, step by step, when the target's digits would
 *  make an original number in one of its pieces (512,364,998,877 aimed at 960,877,…). */
const NUDGES = [0.002, 0.005, 0.01, 0.02, 0.05] as const;

export class Writer {
  readonly stats: AnonymiseStats = { numbers: 0, numberTexts: 0, clamped: 0, names: 0, ids: 0, dates: 0, attributes: 0, keptMetricLike: [] };
  /** the classes some number of had to be moved off its factor */
  readonly clampedClasses = new Set<ClassKey>();
  private numberMemo = new Map<string, string>();
  private usedNumbers = new Map<string, string>();

  constructor(
    private readonly words: Words,
    private readonly stand: Stand,
    /** the plan; its shift is chosen here when the only date is in the URL */
    readonly plan: Plan,
    private readonly rng: Rng,
  ) {}

  private taken(text: string): boolean {
    return numberTokens(text).some((x) => this.plan.forbidden.has(x));
  }

  /** Whether a new text, cut where the original's nodes end, makes an original number in any
   *  one node (a number drawn in pieces: `¥|1|5|9|,|3|5|7|万`, `512|,364|,998|,877`). */
  private piecesFree(out: string, cuts: number[]): boolean {
    if (!cuts.length) return true;
    let from = 0;
    for (const c of [...cuts, out.length]) {
      if (this.taken(out.slice(from, c))) return false;
      from = c;
    }
    return true;
  }

  number(raw: string, cuts: number[] = []): string {
    const key = cleanText(raw);
    const memo = this.numberMemo.get(key);
    if (memo !== undefined && this.piecesFree(substituteDigits(raw, memo), cuts)) {
      this.stats.numbers++;
      return substituteDigits(raw, memo);
    }
    const t = templateOf(raw);
    if (!t) return this.digits(raw);
    if (isZero(t)) return raw;
    const cls = this.plan.classOf.get(key) ?? shapeClass(t);
    const target = this.plan.targetOf.get(targetKey(cls, familyOf(t.parsed.as), Math.abs(t.parsed.value))) ?? Math.abs(t.parsed.value);
    const accept = (d: string) => {
      const out = cleanText(substituteDigits(raw, d));
      const owner = this.usedNumbers.get(out);
      return (owner === undefined || owner === key) && !this.taken(out) && this.piecesFree(substituteDigits(raw, d), cuts);
    };
    // near the target first; a long number whose leading digits make an original piece is
    // moved a little further, a little at a time
    let placed = place(t, target, accept);
    for (const d of NUDGES) {
      if (placed) break;
      placed = place(t, target * (1 + d), accept) ?? place(t, target * (1 - d), accept);
      if (placed) placed.clamped = true;
    }
    placed ??= place(t, target);
    if (!placed) return raw; // a template with one possible value (none seen on a dashboard)
    if (placed.clamped) {
      this.stats.clamped++;
      this.clampedClasses.add(cls);
    }
    // the same number elsewhere on the page is shown the same way (a piece-wise one that had to
    // move off the page's choice keeps its own)
    if (memo === undefined) this.numberMemo.set(key, placed.digits);
    this.usedNumbers.set(cleanText(substituteDigits(raw, placed.digits)), key);
    this.stats.numbers++;
    this.stats.numberTexts++;
    return substituteDigits(raw, placed.digits);
  }

  digits(raw: string): string {
    const d = digitsOf(raw);
    if (!d) return raw;
    const before = this.stand.size;
    const out = substituteDigits(raw, this.stand.digits(foldOneForOne(raw).replace(/[^\d*]/g, '')).replace(/\*/g, ''));
    if (this.stand.size > before) this.stats.ids++;
    return out;
  }

  date(s: string, tok: DateToken, base?: DateToken): string {
    this.plan.shift ??= chooseShift([{ s, tok }], this.plan.forbidden, this.rng); // a date only in the URL
    this.stats.dates++;
    return renderDate(s, tok, move(tok, this.plan.shift, baseOf(base)).values).text;
  }

  /** `cuts`: where the text's nodes end, for a text drawn over several nodes. */
  render(segs: Seg[], cuts: number[] = []): string {
    let at = 0;
    return segs
      .map((s) => {
        const from = at;
        at += s.s.length;
        switch (s.t) {
          case 'keep':
            if (s.metricLike && s.s.trim() && !this.stats.keptMetricLike.includes(s.s.trim())) this.stats.keptMetricLike.push(s.s.trim());
            return s.s;
          case 'num':
            return this.number(
              s.s,
              cuts.filter((c) => c > from && c < at).map((c) => c - from),
            );
          case 'date': {
            const from = s.from !== undefined ? segs[s.from] : undefined;
            return this.date(s.s, s.tok, from && from.t === 'date' ? from.tok : undefined);
          }
          case 'id':
          case 'phone':
            return this.digits(s.s);
          case 'name': {
            const before = this.stand.size;
            const out = this.stand.name(s.s);
            if (this.stand.size > before) this.stats.names++;
            return out;
          }
          case 'latin':
            return latin(s.s);
        }
      })
      .join('');
  }

  /** A value with nothing kept (URL query values, id fields). */
  value(v: string): string {
    return this.render(segment(v, this.words.dict, { noKeep: true }));
  }

  write(slots: readonly Slot[]): void {
    for (const u of slots) {
      if (u.kind === 'text') {
        const out = this.render(u.segs);
        if (out !== u.node.data) u.node.data = out;
      } else if (u.kind === 'group') {
        const cuts: number[] = [];
        for (let i = 0, c = 0; i < u.nodes.length - 1; i++) cuts.push((c += u.nodes[i]!.data.length));
        const out = this.render(u.segs, cuts);
        if (out.length !== u.raw.length) {
          // a date that needed a digit more: give each node its own text instead
          for (const n of u.nodes) if (n.data.trim()) n.data = this.render(textSegs(this.words, n.data, false));
          continue;
        }
        let at = 0;
        for (const n of u.nodes) {
          const next = out.slice(at, at + n.data.length);
          at += n.data.length;
          if (next !== n.data) n.data = next;
        }
      } else if (u.kind === 'attr') {
        const out = this.render(u.segs);
        if (out !== u.el.getAttribute(u.name)) {
          u.el.setAttribute(u.name, out);
          this.stats.attributes++;
        }
      } else {
        const out = scrubUrl(u.value, { value: (v) => this.value(v), digits: (d) => this.digits(d) });
        if (out !== u.value) {
          u.el.setAttribute(u.name, out);
          this.stats.attributes++;
        }
      }
    }
  }
}
