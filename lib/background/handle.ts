/**
 * The background's message handling, as a plain function of (db, message, sender) so it is
 * tested without a browser. Only our own content scripts on the hosts we read, and our own
 * extension pages, are heard; web pages cannot reach us (no externally_connectable).
 */
import type { StageLensDB } from '../store/db';
import { isMessage } from '../messages';
import { parseCaptureMessage } from '../capture/schema';
import { ingestCapture, sessionIdOf } from '../store/ingest';
import { refreshAlerts, sessionAlerts } from '../store/alerts';
import type { AlertRow } from '../store/rows';
import { StoreError, classifyStoreError } from '../store/errors';
import { aliasOverrides } from '../store/labelmaps';
import { HOSTS } from '../platforms/hosts';
import { recordRead } from '../store/page-health';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** The answer to a capture (the in-page badge shows it). */
export type CaptureReply =
  | {
      ok: true;
      stored: number;
      unchanged: number /** lib/health/page-changed.ts */;
      pageChanged: boolean;
      /** a live page's session: its alerts so far, and how many still hold (the badge shows them) */
      alerts?: AlertSummary;
    }
  | { ok: false; error: string; kind?: string };

export type Reply = CaptureReply | Record<string, string> | undefined;

const fromOurHosts = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (HOSTS as readonly string[]).includes(u.hostname);
  } catch {
    return false;
  }
};

export interface AlertSummary {
  count: number;
  open: number;
}

export interface HandleHooks {
  /** alerts a live capture made fire (the background notifies, when switched on) */
  onFreshAlerts?(rows: AlertRow[]): void;
}

/**
 * A live page's session after its capture was stored: its alerts computed again when the capture
 * added points (nothing else changes them), else read. Null for a page that is not a live session.
 */
async function liveAlertsAfter(
  db: StageLensDB,
  capture: { session?: { key: string; live?: boolean } },
  shopId: string,
  points: number,
  hooks: HandleHooks,
): Promise<AlertSummary | null> {
  if (!capture.session?.live) return null;
  const id = sessionIdOf(shopId, capture.session.key);
  let rows: AlertRow[];
  if (points > 0) {
    const r = await refreshAlerts(db, id);
    if (r.fresh.length) hooks.onFreshAlerts?.(r.fresh);
    rows = r.alerts;
  } else rows = await sessionAlerts(db, id);
  return { count: rows.length, open: rows.filter((a) => a.end === null).length };
}

export function isTrustedSender(sender: Sender, extensionId: string): boolean {
  if (sender.id !== extensionId) return false;
  // a content script: the frame it runs in must be one of the hosts we read
  if (sender.tab) return fromOurHosts(sender.url ?? sender.tab.url);
  return true; // our own extension pages
}

export async function handleMessage(db: StageLensDB, msg: unknown, sender: Sender, extensionId: string, hooks: HandleHooks = {}): Promise<Reply> {
  if (!isTrustedSender(sender, extensionId)) return { ok: false, error: 'untrusted sender' };
  if (isMessage(msg, 'capture')) {
    const parsed = parseCaptureMessage(msg);
    if (!parsed.ok) return { ok: false, error: parsed.error, kind: 'invalid' };
    if (sender.tab && new URL(parsed.capture.url).hostname !== new URL(sender.url ?? sender.tab.url ?? 'about:blank').hostname) {
      return { ok: false, error: 'capture url does not match the sending page', kind: 'invalid' };
    }
    try {
      const res = await ingestCapture(db, parsed.capture);
      // the page kind's health counts only reads that were stored, i.e. valid ones; its failure
      // must not turn a stored capture into a reported failure
      const health = await recordRead(db, parsed.capture).catch(() => null);
      // likewise the alerts: a failure to compute them is logged, the capture stays stored
      const alerts = await liveAlertsAfter(db, parsed.capture, res.shopId, res.points, hooks).catch((e: unknown) => {
        console.warn('[StageLens] live alerts', e);
        return null;
      });
      return { ok: true, stored: res.stored, unchanged: res.unchanged, pageChanged: health?.changed ?? false, ...(alerts ? { alerts } : {}) };
    } catch (e) {
      // the store classifies its failures (StoreError.kind); "storage full" is the one the page says apart
      const kind = (e instanceof StoreError ? e.kind : classifyStoreError(e)) === 'quota' ? 'quota' : 'write';
      return { ok: false, error: String((e as Error)?.message ?? e), kind };
    }
  }
  if (isMessage(msg, 'getOverrides')) {
    // the type says string; a sender could send anything
    const platform: unknown = msg.platform;
    if (typeof platform !== 'string') return undefined;
    return aliasOverrides(db, platform);
  }
  return undefined;
}
