/**
 * The page snapshot as the panel receives it from the content script (`{type:'snapshot'}` sent
 * with tabs.sendMessage), validated once here, anonymised here (lib/snapshot/finish.ts), and what
 * the panel shows before saving: the page's words, its scrubbed address, the anonymiser's notes
 * and the expected file — all as text.
 *
 * The content script answers with lib/snapshot/respond's SnapshotResponse: the page as saved
 * (not yet anonymised), its address and the live reading. Nothing of it is shown or saved before
 * it is anonymised. Saved as one `<platform>-<page>.zip` holding the page and its expected file.
 * This module is loaded on first use (components/state/snapshot.ts), not with the panel.
 */
import { z } from 'zod';
import type { PageCapture } from '../capture/types';
import { formatExpected, type SnapshotExpected } from './expected';
import { snapshotFiles, snapshotZip } from './files';
import { finishSnapshot } from './finish';
import type { SnapshotOptions } from './make';

/** The live reading, checked only as far as the anonymiser uses it (hints, the "saved page reads
 *  differently" note): anything else makes it null, never a failure. */
export const LiveSchema = z.looseObject({
  platform: z.string(),
  page: z.string(),
  url: z.string(),
  period: z.string().nullable(),
  captures: z.array(
    z.looseObject({ metric: z.string(), scope: z.string(), source: z.string(), text: z.string(), unit: z.string(), value: z.number().nullable() }),
  ),
  missed: z.array(z.looseObject({ metric: z.string(), scope: z.string(), reason: z.string() })),
  sessions: z.array(z.looseObject({ key: z.string() })),
  unknown: z.array(z.unknown()),
});

export const SnapshotReplySchema = z.union([
  z.object({
    ok: z.literal(true).optional(),
    html: z.string().min(1),
    url: z.string().optional(),
    live: z.unknown().optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SnapshotReply = z.infer<typeof SnapshotReplySchema>;
export type SnapshotPage = Extract<SnapshotReply, { html: string }>;

export interface SnapshotDownload {
  html: string;
  /** the download's name: `<platform>-<page>.zip` */
  fileName: string;
  /** the download's bytes and type */
  data: Uint8Array | string;
  mime: string;
  bytes: number;
  /** the page's visible words, whitespace collapsed, for the preview (shown as text) */
  text: string;
  /** the page's address as saved (query values scrubbed) */
  url: string;
  notes: string[];
  /** the expected file's text, as it will be saved */
  expectedText: string;
  /** the names of the files inside the download */
  files: string[];
}

/** The preview scrolls: all of a dashboard's words fit; a longer page is cut, and says so. */
const PREVIEW_CHARS = 20_000;

/** A safe file name: letters, digits, CJK, dash, underscore; always ending in .html. */
export function snapshotFileName(given: string | undefined, url: string | undefined, now: number): string {
  const stamp = new Date(now + 8 * 3_600_000).toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const base = given ?? `stagelens-test-page-${url ? new URL(url).hostname.split('.')[0] : 'page'}-${stamp}`;
  // no dots but the extension's: a name can never climb out of the downloads folder or hide
  const clean = base
    .replace(/\.html?$/i, '')
    .replace(/[^\w\-\u4e00-\u9fff]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${clean || 'stagelens-test-page'}.html`;
}

/**
 * The text of the HTML, read with an inert parser (DOMParser: nothing runs, nothing loads), with
 * <style>/<template> content left out, so the preview shows the words a reader test would see.
 */
export function previewText(html: string, parse: (h: string) => Document = (h) => new DOMParser().parseFromString(h, 'text/html')): string {
  const doc = parse(html);
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'style' || tag === 'script' || tag === 'noscript') return;
    const kids = tag === 'template' ? (el as HTMLTemplateElement).content?.childNodes : n.childNodes;
    kids?.forEach(walk);
    if (n.nodeType === 1 && /^(div|p|li|tr|h\d|section|br)$/.test(tag)) parts.push('\n');
  };
  walk(doc.body ?? doc);
  const all = parts
    .join(' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return all.length > PREVIEW_CHARS ? `${all.slice(0, PREVIEW_CHARS)}\n… (${all.length - PREVIEW_CHARS} more characters)` : all;
}

/** The download and its preview, from an anonymised snapshot. */
export function snapshotFile(
  s: { html: string; url: string; notes: string[]; expected: SnapshotExpected },
  now: number,
  parse?: (h: string) => Document,
): SnapshotDownload {
  const zip = snapshotZip(s, new Date(now));
  return {
    html: s.html,
    fileName: zip.name,
    data: zip.bytes,
    mime: 'application/zip',
    bytes: zip.bytes.length,
    text: previewText(s.html, parse),
    url: s.url,
    notes: s.notes,
    expectedText: formatExpected(s.expected),
    files: snapshotFiles(s).map((f) => f.name),
  };
}

/** The content script's reply, anonymised and ready to preview. `url` stands in when the reply
 *  has none (a bare string). Throws when the page is not one StageLens reads. */
export function snapshotFromReply(reply: SnapshotPage, now: number, opts: SnapshotOptions & { url?: string } = {}): SnapshotDownload {
  const url = reply.url ?? opts.url;
  if (!url) throw new Error('the page did not say its address');
  const live = LiveSchema.safeParse(reply.live);
  const s = finishSnapshot({ html: reply.html, url, live: live.success ? (live.data as unknown as PageCapture) : null }, opts);
  return snapshotFile(s, now, opts.parse);
}
