/**
 * Consistent stand-ins for names and identifiers: the same original always gets the same
 * replacement within one snapshot, two originals never share one, and each keeps its length and
 * script (Chinese → 甲乙丙…, Latin → x/X, digits → digits, a phone number still looks like one).
 */
import { randInt, type Rng } from '../random';

const HAN_PLACEHOLDER = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
const isHan = (ch: string) => /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch);

export class Stand {
  private map = new Map<string, string>();
  private used = new Set<string>();
  constructor(
    private rng: Rng,
    private forbidden: (s: string) => boolean = () => false,
  ) {}

  get size(): number {
    return this.map.size;
  }

  private pick(orig: string, make: () => string): string {
    const known = this.map.get(orig);
    if (known !== undefined) return known;
    let out = make();
    for (let n = 0; n < 50 && (out === orig || this.used.has(out) || this.forbidden(out)); n++) out = make();
    this.map.set(orig, out);
    this.used.add(out);
    return out;
  }

  /** Digits one for one: same length, no leading zero added or lost; a phone number keeps its
   *  1[3-9] start and its **** mask. Other characters stay. */
  digits(orig: string): string {
    const phone = /^1[3-9]/.test(orig) && orig.replace(/[^\d*]/g, '').length === 11;
    return this.pick(orig, () => {
      let out = '';
      let k = 0;
      for (const ch of orig) {
        if (ch >= '0' && ch <= '9') {
          const first = k === 0;
          out +=
            phone && k === 0
              ? '1'
              : phone && k === 1
                ? String(randInt(this.rng, 3, 9))
                : first && ch !== '0'
                  ? String(randInt(this.rng, 1, 9))
                  : first
                    ? '0'
                    : String(randInt(this.rng, 0, 9));
          k++;
        } else out += ch;
      }
      return out;
    });
  }

  /** A name: Chinese → placeholder characters, Latin → x/X by case, other letters → x. */
  name(orig: string): string {
    return this.pick(orig, () => {
      let out = '';
      for (const ch of orig) {
        if (isHan(ch)) out += HAN_PLACEHOLDER[randInt(this.rng, 0, HAN_PLACEHOLDER.length - 1)];
        else if (/[A-Z]/.test(ch)) out += 'X';
        else if (/[a-z]/.test(ch)) out += 'x';
        else if (ch >= '0' && ch <= '9') out += String(randInt(this.rng, 0, 9));
        else if (/\p{L}/u.test(ch)) out += 'x';
        else out += ch;
      }
      return out;
    });
  }
}

export const latin = (s: string): string => s.replace(/[A-Z]/g, 'X').replace(/[a-z]/g, 'x');
