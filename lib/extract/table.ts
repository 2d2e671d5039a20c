/**
 * Read session tables row by row (罗盘 直播复盘, 淘宝 分场次效果 …). Columns are matched by their
 * header text through the same aliases as cards; each row becomes a session keyed by
 * `data-row-key`, an id column, or its time range. antd renders a fixed header as a separate
 * <table>: a header-only table lends its headers to the body-only table after it.
 */
import { METRICS, type MetricId } from '../metrics/catalog';
import { normalise, type NormaliseHints } from '../parse/normalise';
import { parseText } from '../parse/text';
import type { Missed, Reading, SessionRef, UnknownLabel } from '../capture/types';
import { findTimeRange } from '../parse/timerange';
import { normaliseLabel, looksLikeLabel, COMPARE_RE } from './labels';

export interface TableOptions {
  aliases: Record<string, MetricId>;
  labelHints: Record<string, NormaliseHints>;
  rowKeyHeaders: string[];
  titleHeaders: string[];
  timeHeaders: string[];
}

export interface TableResult {
  sessions: SessionRef[];
  readings: Reading[];
  missed: Missed[];
  unknown: UnknownLabel[];
}

const headerCells = (t: Element): Element[] => {
  const head = t.querySelector('thead tr:last-child') ?? [...t.querySelectorAll('tr')].find((r) => r.querySelector('th'));
  return head ? [...head.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD') : [];
};
const bodyRows = (t: Element): Element[] =>
  [...t.querySelectorAll('tbody tr, tr')].filter(
    (r, i, all) => all.indexOf(r) === i && !r.querySelector('th') && r.getAttribute('aria-hidden') !== 'true' && !/measure|placeholder/.test(r.className) && r.children.length > 1,
  );

/** The number shown in a cell: its first part that reads as one, before any 较… change. */
function cellValue(cell: Element): string {
  const parts = [...cell.querySelectorAll('*')].filter((e) => e.children.length === 0).map((e) => (e.textContent ?? '').trim()).filter(Boolean);
  const texts = parts.length ? parts : [(cell.textContent ?? '').trim()];
  const own = texts.filter((t, i) => !COMPARE_RE.test(t) && !(i > 0 && COMPARE_RE.test(texts[i - 1]!)));
  return own.length === 1 ? own[0]! : (cell.textContent ?? '').trim();
}

export function readTables(tables: Element[], o: TableOptions): TableResult {
  const out: TableResult = { sessions: [], readings: [], missed: [], unknown: [] };
  const seen = new Map<string, Reading>();
  let lent: string[] | null = null;
  for (const table of tables) {
    let headers = headerCells(table).map((c) => normaliseLabel(c.textContent ?? ''));
    const rows = bodyRows(table);
    if (headers.length && rows.length === 0) { lent = headers; continue; }
    if (!headers.length && lent) headers = lent;
    lent = null;
    const metrics = headers.map((h) => o.aliases[h]);
    if (!metrics.some(Boolean)) continue;
    const col = (names: string[]) => headers.findIndex((h) => names.includes(h));
    const keyCol = col(o.rowKeyHeaders), titleCol = col(o.titleHeaders), timeCol = col(o.timeHeaders);
    headers.forEach((h, i) => {
      if (!metrics[i] && i !== keyCol && i !== titleCol && i !== timeCol && looksLikeLabel(h) && !out.unknown.some((u) => u.label === h)) {
        out.unknown.push({ label: h, text: '', scope: 'table' });
      }
    });

    for (const row of rows) {
      const cells = [...row.children];
      const cellText = (i: number) => (i >= 0 ? (cells[i]?.textContent ?? '').trim() : '');
      const timeText = timeCol >= 0 ? cellText(timeCol) : cells.map((c) => c.textContent ?? '').find((t) => findTimeRange(t)) ?? '';
      const range = timeText ? findTimeRange(timeText) : null;
      const key = row.getAttribute('data-row-key') || cellText(keyCol) || (range ? `t:${range.start}` : '');
      if (!key) continue;
      const session: SessionRef = { key };
      const title = cellText(titleCol);
      if (title) session.title = title.slice(0, 200);
      if (range) {
        session.timeText = timeText.slice(0, 80);
        session.start = range.start;
        if (range.end) session.end = range.end;
      }
      if (!out.sessions.some((s) => s.key === key)) out.sessions.push(session);

      metrics.forEach((metric, i) => {
        if (!metric || !cells[i]) return;
        const label = headers[i]!;
        const text = cellValue(cells[i]!);
        const n = normalise(parseText(text), METRICS[metric].unit, o.labelHints[label] ?? {});
        if (!n.ok) {
          out.missed.push({ metric, scope: key, reason: 'unreadable', label, text: text.slice(0, 80) });
          return;
        }
        const r: Reading = { metric, label, text, value: n.value, unit: METRICS[metric].unit, scope: key, source: 'observed' };
        if (n.qualifier) r.qualifier = n.qualifier;
        const id = `${key}\u0000${metric}`;
        const prior = seen.get(id);
        if (prior) {
          // The same row drawn twice (fixed columns): keep it once; if the copies disagree, keep neither.
          if (prior.value !== r.value) {
            out.readings = out.readings.filter((x) => x !== prior);
            out.missed.push({ metric, scope: key, reason: 'unreadable', label, text: `${prior.text} | ${text}` });
          }
          return;
        }
        seen.set(id, r);
        out.readings.push(r);
      });
    }
  }
  return out;
}
