/**
 * Anonymise a saved page so it can be committed as a test page: every number reshaped (same
 * shape, new digits, relations kept where the page shows both sides), names and ids replaced by
 * same-length stand-ins, dates shifted, while labels, units, period words and the platform's own
 * UI text stay, so StageLens reads the copy the way it read the original.
 *
 * Works on a parsed DOM (DOMParser: happy-dom in tests, the page's own in the extension); the
 * result is written back through the same serializer as the snapshot, so it is safe HTML too.
 * Conservative: a Chinese text that is not a known label or UI word and not a number is taken
 * for a name and replaced.
 *
 * Four stages, one file each:
 *   ./collect.ts  the DOM → slots (text nodes, numbers over several nodes, attributes, links),
 *                 each cut into segments (./segs.ts)
 *   ./plan.ts     pure: texts, numbers, dates → classes, factors, targets, the date shift
 *   ./write.ts    the slots rendered with the plan and written into the DOM, counted
 *   ./notes.ts    what was done, in words
 */
import { prng, randomSeed } from '../../random';
import { Stand } from '../ids';
import { defaultParser } from '../parse';
import { serializePage } from '../serialize';
import { scrubPageUrl } from '../url';
import { Hints } from './classes';
import { collect } from './collect';
import { finalNotes, planNotes, urlNote } from './notes';
import { plan, planInput } from './plan';
import { numberTokens, wordsFor } from './segs';
import type { AnonymiseOptions, AnonymiseResult, PageResult } from './types';
import { Writer } from './write';

export { numberTokens };
export type { AnonymiseOptions, AnonymiseResult, AnonymiseStats, PageResult, ReadingHint } from './types';

/** Anonymise a saved page and its URL with one set of stand-ins (the URL's live_room_id and the
 *  page's 直播间ID become the same new id). */
export function anonymisePage(html: string, url: string | null, opts: AnonymiseOptions): PageResult {
  const rng = prng(opts.seed ?? randomSeed());
  const words = wordsFor(opts.keepLabels, opts.nameLabels);
  const hints = new Hints(opts.readings ?? []);
  const doc = (opts.parse ?? defaultParser())(html);
  const slots = collect(doc, words);
  const thePlan = plan(planInput(slots, url ? [url] : []), hints, rng);
  const stand = new Stand(rng, (s) => numberTokens(s).some((t) => thePlan.forbidden.has(t)));
  const writer = new Writer(words, stand, thePlan, rng);
  const notes = planNotes(thePlan.derived);
  let outUrl = '';
  if (url) {
    const r = scrubPageUrl(url, { value: (v) => writer.value(v), digits: (d) => writer.digits(d) }, opts.urlOk);
    outUrl = r.url;
    notes.push(urlNote(r));
  }
  writer.write(slots);
  notes.push(...finalNotes(writer.stats, writer.clampedClasses, thePlan.shift));
  return { html: serializePage(doc), url: outUrl, notes, stats: writer.stats };
}
