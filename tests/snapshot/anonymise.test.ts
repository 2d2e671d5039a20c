/**
 * Over every fixture page (whatever tests/fixtures holds when this runs), and with several seeds:
 * the anonymised page keeps no number, name or id of the original, keeps every label the reader
 * found, and reads the same way — the same metrics in the same scopes, units, qualifiers, missing
 * values, changes and benchmarks; only the numbers differ.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import { keepLabelsFor, makeSnapshot, parseSnapshot } from '../../lib/snapshot';
import type { PageCapture, Reading } from '../../lib/capture/types';
import { loadFixtureDocument } from '../helpers/fixtures';
import { snapshotFixtures } from './fixtures';
import { attributeValues, nameRuns, ownNumbers, pageTexts, scopes, secrets, tokens } from './pages';
import { buildDictionary, decomposes, isMetricLike, LATIN_UI } from '../../lib/snapshot/words';
import { normaliseLabel } from '../../lib/extract/labels';
import { expectFixturePasses } from '../helpers/expect-fixture';
import { formatExpected } from '../../lib/snapshot';
import type { Expected } from '../helpers/fixtures';

const fixtures = snapshotFixtures();
/** SNAPSHOT_SEEDS=n runs n seeds more (a soak run). */
const SEEDS = [1, 7, 20260701, ...Array.from({ length: Number(process.env.SNAPSHOT_SEEDS ?? 0) }, (_, i) => 1000 + i * 7919)];
const totals = { pages: 0, numbers: 0, numberTexts: 0, names: 0, ids: 0, clamped: 0, relations: 0, broken: [] as string[], runs: 0 };

const view = (r: Reading, scope: string) =>
  [
    scope,
    r.metric,
    r.source,
    r.unit,
    r.qualifier ?? '-',
    r.value === null ? 'null' : 'n',
    r.compare ? `cmp:${r.compare.basis}:${r.compare.value === null ? 'null' : 'n'}` : '-',
    (r.benchmarks ?? []).map((b) => `${b.kind}:${b.value === null ? 'null' : 'n'}`).join(','),
  ].join('|');

function shapeOf(cap: PageCapture): string[] {
  const order = scopes(cap);
  const name = (s: string) => (s === 'page' ? 'page' : `row${order.indexOf(s)}`);
  return cap.captures.map((r) => view(r, name(r.scope))).sort();
}

describe('anonymised fixture pages', () => {
  it('there are fixture pages to check', () => expect(fixtures.length).toBeGreaterThan(0));

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const adapter = adapterForUrl(f.expected.url)!;
    const doc = loadFixtureDocument(f.html);
    const orig = extractPage(doc, f.expected.url, adapter, { now: 0 });
    const texts = pageTexts(doc);
    const own = ownNumbers(texts, adapter, keepLabelsFor(adapter));
    const hidden = secrets(f.expected, orig, texts, attributeValues(doc));
    // every other Chinese or Latin text of the page that is not the platform's own words
    const dict = buildDictionary(keepLabelsFor(adapter));
    const listedUnknown = new Set(f.expected.unknown ?? []);
    const word = (r: string) =>
      !r ||
      dict.whole.has(normaliseLabel(r)) ||
      decomposes(r, dict) ||
      isMetricLike(r) ||
      LATIN_UI.has(r) ||
      listedUnknown.has(r) ||
      [...listedUnknown].some((u) => u.includes(r));
    // a run cut out of a number's unit or a period (每5秒刷新 → 秒刷新, 较前7日 → 较前): the unit goes
    const platformWord = (r: string) =>
      word(r) ||
      word(
        r
          .replace(/^[较前近最过去每第共约]+/, '')
          .replace(/^[秒分时天日周月年万亿元个件人次场条]+/, '')
          .replace(/[秒分时天日周月年万亿元个件人次场条]+$/, ''),
      );
    const names = nameRuns(texts, platformWord);

    it.each(SEEDS)('seed %i', (seed) => {
      const snap = makeSnapshot(loadFixtureDocument(f.html), f.expected.url, adapter, { seed });
      const anonDoc = parseSnapshot(snap.html);
      const copy = extractPage(anonDoc, snap.url, adapter, { now: 0 });
      const anonTexts = pageTexts(anonDoc);

      // no number of the page's own survives, anywhere in its text
      const left = new Set(anonTexts.flatMap(tokens));
      expect(
        [...own].filter((t) => left.has(t)),
        'original numbers still on the page',
      ).toEqual([]);

      // no name or id: not in the text, not in an attribute, not in the URL
      const everything = `${snap.html}\n${snap.url}`;
      expect(
        [...hidden].filter((s) => everything.includes(s)),
        'names / ids still in the snapshot',
      ).toEqual([]);

      // and no Chinese or Latin text that is not a platform word: checked against the page's own
      // text runs (a run kept as part of a longer platform phrase does not count)
      const anonText = anonTexts.join('\n');
      const anonRuns = new Set(nameRuns(anonTexts, () => false));
      expect(
        [...names].filter((n) => anonRuns.has(n) && !dict.mixed.some((w) => w.includes(n) && anonText.includes(w))),
        'names still on the page',
      ).toEqual([]);

      // every label the reader found is still there, and read as the same metric
      const labels = (c: PageCapture) => new Set(c.captures.filter((r) => r.source === 'observed').map((r) => `${r.metric}:${r.label}`));
      expect(
        [...labels(orig)].filter((l) => !labels(copy).has(l)),
        'labels lost',
      ).toEqual([]);
      // the labels the fixture lists as unknown to StageLens (the reader's own unknown list also
      // holds names, which must go) and the labels of values it missed stay too: that is what a
      // snapshot of a misread page is for
      const unknown = new Set(copy.unknown.map((u) => u.label));
      expect(
        (f.expected.unknown ?? []).filter((l) => !unknown.has(l)),
        'unknown labels lost',
      ).toEqual([]);
      const missed = new Set(copy.missed.map((m) => `${m.metric}:${m.label ?? ''}`));
      expect(
        orig.missed.map((m) => `${m.metric}:${m.label ?? ''}`).filter((l) => !missed.has(l)),
        'missed labels lost',
      ).toEqual([]);

      // the address: same host and path kind, same query keys, every value scrubbed unless put
      // back to keep the page kind (and then the notes say which)
      const a = new URL(f.expected.url),
        b = new URL(snap.url);
      expect(b.origin + b.pathname.replace(/\d{7,}/g, '#')).toBe(a.origin + a.pathname.replace(/\d{7,}/g, '#'));
      expect([...b.searchParams.keys()]).toEqual([...a.searchParams.keys()]);
      const restored = /put back to keep the page kind: ([^.]*)\./.exec(snap.notes.join('\n'))?.[1]?.split(', ') ?? [];
      for (const [k, v] of a.searchParams) {
        if (/[\dA-Za-z\u4e00-\u9fff]/.test(v) && !restored.includes(k)) expect(b.searchParams.get(k), `?${k}=`).not.toBe(v);
      }
      expect(copy.page).toBe(orig.page);

      // the copy reads the same way
      expect(copy.page).toBe(orig.page);
      expect(copy.period).toBe(orig.period);
      expect(shapeOf(copy)).toEqual(shapeOf(orig));
      expect(copy.missed.length).toBe(orig.missed.length);
      expect(copy.sessions.length).toBe(orig.sessions.length);
      expect(Boolean(copy.session)).toBe(Boolean(orig.session));
      for (const [a, b] of [[orig.session, copy.session], ...orig.sessions.map((s, i) => [s, copy.sessions[i]] as const)]) {
        if (!a || !b) continue;
        expect(Boolean(b.start), 'session start').toBe(Boolean(a.start));
        expect(Boolean(b.end), 'session end').toBe(Boolean(a.end));
        if (a.start && a.end && b.start && b.end) {
          // shifted, not reshaped: same length, and crossing midnight exactly when it did
          expect(Date.parse(b.end) - Date.parse(b.start)).toBe(Date.parse(a.end) - Date.parse(a.start));
          expect(b.end.slice(0, 10) !== b.start.slice(0, 10)).toBe(a.end.slice(0, 10) !== a.start.slice(0, 10));
          expect(b.start).not.toBe(a.start);
        }
      }
      // the values were in fact changed: no observed non-zero number kept its text
      const origTexts = new Map(orig.captures.filter((r) => r.source === 'observed').map((r) => [`${r.metric}|${scopes(orig).indexOf(r.scope)}`, r.text]));
      for (const r of copy.captures.filter((x) => x.source === 'observed' && x.value)) {
        const before = origTexts.get(`${r.metric}|${scopes(copy).indexOf(r.scope)}`);
        if (before && tokens(before).length) expect(r.text, r.metric).not.toBe(before);
      }

      if (seed === SEEDS[0]) {
        totals.pages++;
        totals.numbers += snap.stats.numbers;
        totals.numberTexts += snap.stats.numberTexts;
        totals.names += snap.stats.names;
        totals.ids += snap.stats.ids;
        totals.clamped += snap.stats.clamped;
        totals.relations += snap.notes.filter((n) => n.startsWith('Relation ')).length;
        totals.runs += names.size;
      }
      totals.broken.push(...snap.notes.filter((n) => n.startsWith('Relation ') && n.includes('does not hold')).map((n) => `${f.name} (seed ${seed}): ${n}`));
      // a formula the page shows both sides of either holds in the copy or the notes say it does not
      for (const n of snap.notes.filter((x) => x.startsWith('Relation '))) expect(n).toMatch(/off by [\d.]+% in the copy/);
      expect(
        snap.notes.filter((n) => n.startsWith('CHECK')),
        'makeSnapshot saw the copy read differently',
      ).toEqual([]);

      // the expected file written with it is StageLens's own reading of the copy, marked to review,
      // and the saved pair passes the fixture test as it stands
      expect(snap.expected.review).toBe('to review');
      expect(snap.expected.url).toBe(snap.url);
      expectFixturePasses(snap.html, JSON.parse(formatExpected(snap.expected)) as Expected);
    });
  });

  afterAll(() => {
    console.log(
      `[snapshot] fixture pages anonymised: ${totals.pages} × ${SEEDS.length} seeds; first seed: ${totals.numbers} numbers replaced (${totals.numberTexts} distinct texts, ${totals.clamped} moved to keep their shape), ${totals.names} names, ${totals.ids} ids (${totals.runs} Chinese/Latin runs of the pages' text checked gone); ${totals.relations} formulas with both sides on the page; over all seeds ${totals.broken.length} noted as not holding${totals.broken.length ? `:\n  ${totals.broken.join('\n  ')}` : ''}`,
    );
  });
});
