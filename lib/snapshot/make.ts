/**
 * A page StageLens misread, turned into a test page: the DOM saved (serializePage, in the page),
 * anonymised (anonymisePage), and read again by StageLens to write the expected values, which a
 * person reviews before committing. Pure apart from reading the given document; nothing is sent.
 */
import type { PageCapture } from '../capture/types';
import { extractPage, pageKindOf } from '../extract/page';
import type { PlatformAdapter } from '../platforms/types';
import { anonymisePage, type AnonymiseStats } from './anonymise';
import { captureDiff, relationNotes } from './diff';
import { expectedFrom, type SnapshotExpected } from './expected';
import { keepLabelsFor, nameLabelsFor } from './keep';
import { defaultParser, parseSnapshot, type ParseHtml } from './parse';
import { serializePage } from './serialize';

export interface Snapshot {
  html: string;
  expected: SnapshotExpected;
  url: string;
  notes: string[];
  stats: AnonymiseStats;
}

export interface SnapshotOptions {
  seed?: number;
  parse?: ParseHtml;
}

const kindId = (adapter: PlatformAdapter, href: string) => {
  try {
    return pageKindOf(adapter, new URL(href))?.id ?? null;
  } catch {
    return null;
  }
};

/** A snapshot of a live document (tests, and anything that holds the page's DOM). */
export function makeSnapshot(doc: Document, url: string, adapter: PlatformAdapter, opts: SnapshotOptions = {}): Snapshot {
  const parse = opts.parse ?? defaultParser(doc);
  const live: PageCapture = extractPage(doc, url, adapter, { now: 0 });
  return snapshotFromSaved(serializePage(doc), url, adapter, live, { ...opts, parse });
}

/**
 * A snapshot from the page as the content script saved it (serializePage) and what the reader
 * read on the live page (`live`; null when unknown: the saved page's own reading stands in).
 * The side panel runs this, so the anonymiser is not carried by the content script on every
 * backend page load.
 */
export function snapshotFromSaved(saved: string, url: string, adapter: PlatformAdapter, live: PageCapture | null, opts: SnapshotOptions = {}): Snapshot {
  const parse = opts.parse ?? defaultParser();
  const savedCap = extractPage(parseSnapshot(saved, parse), url, adapter, { now: 0 });
  const kind = kindId(adapter, url);
  const anon = anonymisePage(saved, url, {
    keepLabels: keepLabelsFor(adapter),
    nameLabels: nameLabelsFor(adapter),
    readings: (live ?? savedCap).captures.filter((r) => r.source === 'observed'),
    parse,
    urlOk: (u) => kindId(adapter, u) === kind,
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  });
  const copy = extractPage(parseSnapshot(anon.html, parse), anon.url, adapter, { now: 0 });
  const notes = [...anon.notes, ...relationNotes(savedCap, copy)];
  const lost = live ? captureDiff(live, savedCap, 'the saved page') : [];
  if (lost.length)
    notes.unshift(
      `The saved page already reads differently from the live one (closed shadow roots, iframes or form values are not saved): ${lost.join('; ')}.`,
    );
  const changed = captureDiff(savedCap, copy, 'the anonymised copy');
  if (changed.length) notes.unshift(`CHECK: the anonymised copy reads differently from the saved page: ${changed.join('; ')}.`);
  notes.push(`Numbers replaced: ${anon.stats.numbers} (${anon.stats.numberTexts} distinct texts).`);
  return { html: anon.html, expected: expectedFrom(copy), url: anon.url, notes, stats: anon.stats };
}

export { snapshotFiles, type SnapshotFile } from './files';
