/**
 * The only thing StageLens puts on a dashboard: a small badge, fixed in a corner (no layout
 * shift), inside a closed shadow root so the page's CSS cannot reach it and ours cannot leak.
 * Text only (textContent), never HTML from the page. Clicking it asks for the side panel.
 */
import type { PageCapture } from '../../lib/capture/types';
import { badgeText, badgeTone, type BadgeAlerts } from './text';

/** The badge's colours by its alerts' tone (./text.ts badgeTone). */
const TONES = {
  alert: { background: '#d83931', color: '#fff' },
  recovered: { background: '#fff7e6', color: '#874d00' },
  quiet: { background: '#fff', color: '#1f2329' },
} as const;

interface Ctx {
  onInvalidated(cb: () => void): void;
}

export function mountBadge(ctx: Ctx, onOpen: () => void, doc: Document = document) {
  const host = doc.createElement('stagelens-badge');
  host.setAttribute('style', 'all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'closed' });
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute(
    'style',
    [
      'font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif',
      'padding: 4px 10px',
      'border-radius: 999px',
      'border: 1px solid rgba(0,0,0,.15)',
      'background: #fff',
      'color: #1f2329',
      'box-shadow: 0 2px 8px rgba(0,0,0,.12)',
      'cursor: pointer',
      'opacity: .92',
    ].join(';'),
  );
  button.textContent = 'StageLens';
  button.addEventListener('click', onOpen);
  root.append(button);
  let attached = false;
  ctx.onInvalidated(() => host.remove());
  let last: PageCapture | null = null;
  let changed = false;
  let alerts: BadgeAlerts | null = null;
  const show = () => {
    if (!last) return;
    const t = badgeText(last, changed, alerts);
    const tone = badgeTone(alerts);
    button.style.background = TONES[tone].background;
    button.style.color = TONES[tone].color;
    host.dataset.alerts = String(alerts?.count ?? 0);
    host.dataset.alertOpen = String(alerts?.open ?? 0);
    host.dataset.alertTone = tone;
    button.textContent = t.text;
    button.title = t.title;
    button.setAttribute('aria-label', t.title);
    // on the host too (the shadow root is closed): what a test or the page's own tools can see
    host.dataset.pageChanged = String(changed);
    button.style.borderColor = changed ? '#d4380d' : 'rgba(0,0,0,.15)';
    if (!attached) {
      doc.documentElement.append(host);
      attached = true;
    }
  };
  return {
    update(capture: PageCapture): void {
      last = capture;
      show();
    },
    /** the background's verdict on the page kind, from its reply to the capture */
    setChanged(value: boolean): void {
      if (value === changed) return;
      changed = value;
      show();
    },
    /** a live page's alerts, from the background's reply to the capture */
    setAlerts(value: BadgeAlerts | undefined): void {
      const next = value ?? null;
      if (next?.count === alerts?.count && next?.open === alerts?.open) return;
      alerts = next;
      show();
    },
    owns(node: Node): boolean {
      return node === host || host.contains(node);
    },
  };
}
