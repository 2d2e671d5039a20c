/**
 * The page snapshot as the panel receives it from the content script (`{type:'snapshot'}` sent
 * with tabs.sendMessage), validated once here, and what the panel shows before saving: the page's
 * words, its scrubbed address, the anonymiser's notes and the expected file — all as text.
 *
 * The content script answers with lib/snapshot/respond's SnapshotResponse: the anonymised HTML,
 * the expected values StageLens read from that copy (marked "to review"), the scrubbed URL and
 * the notes. Saved as one `<platform>-<page>.zip` holding both files. A reply with HTML only (or
 * a bare string) is saved as that .html file.
 */
import { z } from 'zod';
import { formatExpected, type SnapshotExpected } from '../snapshot/expected';
import { snapshotFiles, snapshotZip } from '../snapshot/files';

const ExpectedSchema = z.looseObject({
  review: z.string(),
  url: z.string(),
  platform: z.string().min(1).max(60),
  page: z.string().min(1).max(60),
  captures: z.array(z.looseObject({ metric: z.string(), scope: z.string() })),
});

export const SnapshotReplySchema = z.union([
  z.object({
    ok: z.literal(true).optional(),
    html: z.string().min(1),
    fileName: z.string().max(200).optional(),
    url: z.string().optional(),
    notes: z.array(z.string()).optional(),
    expected: ExpectedSchema.optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SnapshotReply = z.infer<typeof SnapshotReplySchema>;

export interface SnapshotFile {
  html: string;
  /** the download's name (.zip with the expected file, .html without) */
  fileName: string;
  /** the download's bytes and type */
  data: Uint8Array | string;
  mime: string;
  bytes: number;
  /** the page's visible words, whitespace collapsed, for the preview (shown as text) */
  text: string;
  /** the page's address as saved (query values scrubbed) */
  url: string | null;
  notes: string[];
  /** the expected file's text, as it will be saved */
  expectedText: string | null;
  /** the names of the files inside the download */
  files: string[];
}

const PREVIEW_CHARS = 1200;

/** A safe file name: letters, digits, CJK, dash, underscore; always ending in .html. */
export function snapshotFileName(given: string | undefined, url: string | undefined, now: number): string {
  const stamp = new Date(now + 8 * 3_600_000).toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const base = given ?? `stagelens-test-page-${url ? new URL(url).hostname.split('.')[0] : 'page'}-${stamp}`;
  // no dots but the extension's: a name can never climb out of the downloads folder or hide
  const clean = base.replace(/\.html?$/i, '').replace(/[^\w\-\u4e00-\u9fff]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
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
  return parts.join(' ').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').replace(/\n{2,}/g, '\n').trim().slice(0, PREVIEW_CHARS);
}

export type SnapshotPage = Extract<SnapshotReply, { html: string }>;

export function snapshotFile(reply: SnapshotPage, now: number, parse?: (h: string) => Document): SnapshotFile {
  const text = previewText(reply.html, parse);
  const notes = reply.notes ?? [];
  const url = reply.url ?? null;
  if (reply.expected) {
    const s = { html: reply.html, expected: reply.expected as unknown as SnapshotExpected };
    const zip = snapshotZip(s, new Date(now));
    return {
      html: reply.html, fileName: zip.name, data: zip.bytes, mime: 'application/zip', bytes: zip.bytes.length, text, url, notes,
      expectedText: formatExpected(s.expected), files: snapshotFiles(s).map((f) => f.name),
    };
  }
  const fileName = snapshotFileName(reply.fileName, reply.url, now);
  return {
    html: reply.html, fileName, data: reply.html, mime: 'text/html;charset=utf-8', bytes: new TextEncoder().encode(reply.html).length,
    text, url, notes, expectedText: null, files: [fileName],
  };
}
