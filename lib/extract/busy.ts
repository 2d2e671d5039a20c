/**
 * Is a number on screen still on its way? The component libraries the backends use mark a block
 * whose data is loading, and odometers mark a roll in progress; a number inside such a block is
 * the old period's, a placeholder, or a frame of an animation, not the settled value. The reader
 * reports such readings as `held` (lib/capture/settle.ts waits for them) instead of reading them.
 *
 * Markers, by library (the class prefix is the app's own: `ecom-`, `auxo-`, `aurora-`, `ant-`):
 *  - antd and its forks: the content of a loading <Spin> sits in `<prefix>-spin-container
 *    <prefix>-spin-blur`; a skeleton in `<prefix>-skeleton`
 *  - Semi: `semi-spin-spinning` on the wrapper of the content; Arco: `arco-spin-loading`
 *  - Fusion: `next-loading` + `next-open` on the wrapper; TDesign: `t-loading__parent`
 *  - any: `aria-busy="true"`
 *  - odometer.js: `odometer-animating` on the odometer while it rolls
 */
import { parentOf } from './walk';
import { BUSY_REACH } from './limits';

const LOADING_CLASS = /-spin-blur\b|-spin-spinning\b|arco-spin-loading\b|-skeleton(?:-active)?\b|t-loading__parent\b/;
const FUSION_LOADING = /\bnext-loading\b/;
const FUSION_OPEN = /\bnext-open\b/;
const ANIMATING_CLASS = /\bodometer-animating\b/;

export type Busy = 'loading' | 'animating' | null;

/** Per-element answers, cached for one read of the page. */
export class BusyFacts {
  private cache = new Map<Element, Busy>();

  /** Why the node's number is not settled, or null when nothing around it says so. */
  of(n: Node): Busy {
    let el = n.nodeType === 1 ? (n as Element) : parentOf(n);
    const path: Element[] = [];
    let found: Busy = null;
    for (let d = 0; el && d < BUSY_REACH; d++, el = parentOf(el)) {
      const known = this.cache.get(el);
      if (known !== undefined) {
        found = known;
        el = null; // a cached answer is final
        break;
      }
      path.push(el);
      found = busySelf(el);
      if (found) break;
    }
    // Under a busy element is under it at any depth; "not busy" is known only up to the root.
    if (found || !el) for (const e of path) this.cache.set(e, found);
    return found;
  }
}

/** Elements that mark loading or a roll (the markers busySelf names), found in one native query. */
const MAY_BE_BUSY =
  '[aria-busy="true"],[class*="-spin-blur"],[class*="-spin-spinning"],[class*="arco-spin-loading"],[class*="skeleton"],[class*="odometer-animating"],[class*="t-loading__parent"],.next-loading.next-open';

/** A loader or a rolling counter anywhere inside a card: its value slot is not settled (a
 *  card whose value is still loading shows 昨日 and 同行基准 beside an empty slot). */
export function busyWithin(card: Element): Busy {
  const el = card.querySelector(MAY_BE_BUSY);
  return el ? (busySelf(el) ?? 'loading') : null;
}

export function busySelf(el: Element): Busy {
  if (el.getAttribute('aria-busy') === 'true') return 'loading';
  const cls = el.getAttribute('class');
  if (!cls) return null;
  if (ANIMATING_CLASS.test(cls)) return 'animating';
  if (LOADING_CLASS.test(cls) || (FUSION_LOADING.test(cls) && FUSION_OPEN.test(cls))) return 'loading';
  return null;
}
