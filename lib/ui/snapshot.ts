/**
 * The page snapshot as the panel receives it from the content script (`{type:'snapshot'}` sent
 * with tabs.sendMessage), validated once here, and its text-only preview.
 *
 * lib/snapshot/index.ts (the content-script side, another engineer's) was not in the tree when
 * this was written; the reply shape below is the contract the panel expects: the serialised page
 * (lib/snapshot/serialize `serializePage`, after anonymising) and optionally a file name and the
 * page's address. A bare string is accepted as the HTML too.
 */
import { z } from 'zod';

export const SnapshotReplySchema = z.union([
  z.object({ ok: z.literal(true).optional(), html: z.string().min(1), fileName: z.string().max(200).optional(), url: z.string().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SnapshotReply = z.infer<typeof SnapshotReplySchema>;

export interface SnapshotFile {
  html: string;
  fileName: string;
  bytes: number;
  /** the page's visible words, whitespace collapsed, for the preview (shown as text) */
  text: string;
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
  return {
    html: reply.html,
    fileName: snapshotFileName(reply.fileName, reply.url, now),
    bytes: new TextEncoder().encode(reply.html).length,
    text: previewText(reply.html, parse),
  };
}
