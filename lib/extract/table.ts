/**
 * Read session tables row by row (罗盘 直播复盘, 淘宝 分场次效果, 千川 plan lists …). Columns are
 * matched by their header text through the same aliases as cards; each row becomes a session
 * keyed by `data-row-key`, an id column, or its time range.
 *
 * - Grouped headers (淘宝: 流量 / 观看 / 成交 over their columns, with rowspan/colspan) are laid
 *   out on a grid, so each column gets its own bottom header.
 * - antd / ovui render a fixed header as a separate <table>: a header-only table lends its
 *   headers to the body-only table drawn next to it.
 * - Summary rows (合计), measure rows and placeholder rows are not sessions.
 * - A row is a live session only when its table says so: a session-id column (`rowKeyHeaders`)
 *   or a session time range (a `timeHeaders` column, or a range in the row). A product table
 *   (a 商品 column: 商品明细, 热卖商品榜) is never read as sessions: its rows are items.
 */
import { METRIC_CORE as METRICS, type MetricId } from '../metrics/core';
import type { NormaliseHints } from '../parse/normalise';
import { parseText } from '../parse/text';
import type { Held, Missed, Reading, SessionRef, UnknownLabel } from '../capture/types';
import type { BusyFacts } from './busy';
import { findTimeRange } from '../parse/timerange';
import { normaliseLabel, looksLikeLabel, COMPARE_RE } from './labels';
import { readsAsNumber } from './index-text';
import { readValue } from './value';
import { CHANGE_CLASS } from './card';
import type { Unit } from '../metrics/core';
import { classOf, hiddenSelf, MAY_HIDE, type DomFacts } from './walk';
import { BODY_TABLE_REACH, BODY_TABLE_SIBLINGS, MAX_CELL_TEXTS } from './limits';
import type { Steps } from './slices';

export interface TableOptions {
  aliases: (label: string) => MetricId | undefined;
  labelHints: Record<string, NormaliseHints>;
  rowKeyHeaders: string[];
  titleHeaders: string[];
  timeHeaders: string[];
  facts: DomFacts;
  busy: BusyFacts;
}

export interface TableResult {
  sessions: SessionRef[];
  readings: Reading[];
  missed: Missed[];
  unknown: UnknownLabel[];
  /** text nodes read as values (so the page-level inspector does not list them) */
  used: Set<Text>;
  /** columns of a table under a loader: not read, waited for */
  held: Held[];
}

const SKIP_ROW = /measure|placeholder|summary|expanded-row|empty/i;
/** Headers that make a table a list of products (items), whatever else it shows. */
export const ITEM_HEADERS = /^(商品|商品名称|商品信息|商品标题|商品ID|商品id|宝贝|宝贝信息|商品名)$/;
const SUMMARY_TEXT = /^(合计|总计|汇总|总和|平均)$/;

/** Cells of a row with the grid column each starts at. */
// Plain children, not rows/cells/tBodies: the same in every DOM (happy-dom lacks some of them).
const childrenTagged = (el: Element, tags: string[]): Element[] => {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tags.includes(c.tagName)) out.push(c);
  return out;
};
const rowsOf = (section: Element) => childrenTagged(section, ['TR']);
const cellList = (row: Element): Element[] => {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName;
    if (t === 'TD' || t === 'TH') out.push(c);
  }
  return out;
};
const span = (cell: Element, attr: 'colspan' | 'rowspan') => Math.max(1, Number.parseInt(cell.getAttribute(attr) ?? '1', 10) || 1);

function cellsOf(list: Element[]): Array<{ cell: Element; col: number }> {
  const out: Array<{ cell: Element; col: number }> = [];
  let col = 0;
  for (const cell of list) {
    out.push({ cell, col });
    col += span(cell, 'colspan');
  }
  return out;
}

/** The bottom header text of every grid column, honouring rowspan and colspan. */
export function leafHeaders(table: Element): string[] {
  const head = childrenTagged(table, ['THEAD'])[0];
  let rows: Element[] = head ? rowsOf(head) : [];
  if (!rows.length) {
    const all = [table, ...childrenTagged(table, ['TBODY'])].flatMap(rowsOf);
    for (const r of all) {
      const cells = cellList(r);
      if (cells.length && cells.every((c) => c.tagName === 'TH')) rows.push(r);
      else break;
    }
  }
  if (!rows.length) return [];
  const grid: Array<Array<Element | undefined>> = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of cellList(row)) {
      while (grid[r]![col]) col++;
      const across = span(cell, 'colspan');
      const down = Math.min(rows.length - r, span(cell, 'rowspan'));
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr]![col + dc] = cell;
      col += across;
    }
  });
  const last = grid[grid.length - 1]!;
  const out: string[] = [];
  for (let c = 0; c < last.length; c++) {
    const cell = last[c];
    // a header whose group spans several columns names none of them on its own
    out.push(cell && span(cell, 'colspan') === 1 ? normaliseLabel(cell.textContent ?? '') : '');
  }
  return out;
}

/** Every row of the table's bodies; which of them are body rows is asked row by row
 *  (bodyRowCells), so a long table is looked at in steps. */
export function tbodyRows(table: Element): Element[] {
  return childrenTagged(table, ['TBODY']).flatMap(rowsOf);
}

/** A body row's cells, or null for a row that is not one (hidden, a measure or summary row,
 *  fewer than two cells, no data cell). */
function bodyRowCells(r: Element): Element[] | null {
  if (r.getAttribute('aria-hidden') === 'true' || SKIP_ROW.test(classOf(r))) return null;
  const cells = cellList(r);
  if (cells.length < 2 || !cells.some((c) => c.tagName === 'TD')) return null;
  if (SUMMARY_TEXT.test((cells[0]!.textContent ?? '').trim())) return null;
  return cells;
}

export const hasBodyRows = (table: Element): boolean => tbodyRows(table).some((r) => bodyRowCells(r) !== null);

/** The body table drawn next to a header-only table (antd `ant-table-header` / `-body`). */
export function bodyTableFor(header: Element): Element | null {
  let a: Element | null = header;
  for (let d = 0; a && d < BODY_TABLE_REACH; a = a.parentElement, d++) {
    let sib = a.nextElementSibling;
    for (let s = 0; sib && s < BODY_TABLE_SIBLINGS; sib = sib.nextElementSibling, s++) {
      const t = sib.tagName === 'TABLE' ? sib : sib.querySelector('table');
      if (t && hasBodyRows(t)) return t;
    }
  }
  return null;
}

/** The visible texts of a cell, in order. `hidden`: the hidden elements inside this row. */
export function cellTexts(cell: Element, hidden: Element[]): Array<{ node: Text; text: string }> {
  // the common cell: a chain of single children down to one text node
  // (only elements have children here; an only child has no next sibling: two DOM reads a level)
  let n: Node = cell;
  for (let f = n.firstChild; f !== null && f.nextSibling === null; f = n.firstChild) n = f;
  if (n.nodeType === 3) {
    const t = (n as Text).data.trim();
    return t && (hidden.length === 0 || !hidden.some((h) => h.contains(n))) ? [{ node: n as Text, text: t }] : [];
  }
  const out: Array<{ node: Text; text: string }> = [];
  const tw = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  for (let x = tw.nextNode(); x && out.length < MAX_CELL_TEXTS; x = tw.nextNode()) {
    const t = (x as Text).data.trim();
    if (t && (hidden.length === 0 || !hidden.some((h) => h.contains(x)))) out.push({ node: x as Text, text: t });
  }
  return out;
}

/** Hidden elements inside a row: one native query per row, not a check per cell (and not one
 *  query over the whole table, which on a long list is one long block of the read). */
function hiddenIn(row: Element): Element[] {
  const out: Element[] = [];
  for (const el of row.querySelectorAll(MAY_HIDE)) if (hiddenSelf(el)) out.push(el);
  return out;
}

/** Columns a row must fill: up to the last named header (antd adds an empty scrollbar column). */
export function namedWidth(headers: string[]): number {
  let named = headers.length;
  while (named > 0 && !headers[named - 1]) named--;
  return named;
}

/** A body row's cells by the grid column each starts at, and the hidden elements inside it; null
 *  for a row that is not a body row (bodyRowCells), or one short of cells: laid under the
 *  headers, its values would shift columns. */
export function rowGrid(row: Element, named: number): { cells: Map<number, Element>; hidden: Element[] } | null {
  const list = bodyRowCells(row);
  if (!list) return null;
  const cells = new Map<number, Element>();
  let width = 0;
  for (const { cell, col } of cellsOf(list)) {
    cells.set(col, cell);
    width = col + span(cell, 'colspan');
  }
  return width < named ? null : { cells, hidden: hiddenIn(row) };
}

/** The number shown in a cell: its own text, leaving out a 较… change and what follows it. */
export function cellValue(texts: Array<{ node: Text; text: string }>, unit: Unit, cell: Element): { text: string; nodes: Text[] } {
  const own = texts.filter((t, i) => !COMPARE_RE.test(t.text) && !(i > 0 && COMPARE_RE.test(texts[i - 1]!.text)));
  if (own.length === 1) return { text: own[0]!.text, nodes: [own[0]!.node] };
  // value and change in one cell (罗盘 product list: `¥8.90` + `171.34%`): the second is the
  // change when it is a percent under a column that is not a rate, or when it is signed or its
  // element is a change widget; two plain percents under a rate column stay unreadable
  if (own.length === 2 && readsAsNumber(own[0]!.text)) {
    const second = readsAsNumber(own[1]!.text);
    if (
      second?.parsed.kind === 'number' &&
      second.parsed.as === 'percent' &&
      (unit !== 'ratio' || second.glyph || /^[+-]/.test(own[1]!.text) || widget(own[1]!.node, cell))
    )
      return { text: own[0]!.text, nodes: [own[0]!.node] };
  }
  const joined = own.map((t) => t.text).join('');
  if (own.length > 1 && readsAsNumber(joined)) return { text: joined, nodes: own.map((t) => t.node) };
  return { text: texts.map((t) => t.text).join(' '), nodes: [] };
}

/** Is the node inside a change widget (classes up to the cell)? */
export function widget(n: Node, cell: Element): boolean {
  for (let e = n.parentElement; e && e !== cell; e = e.parentElement) if (CHANGE_CLASS.test(classOf(e))) return true;
  return false;
}

/** Pauses after each body row (./slices.ts): a row's work is bounded by its cells, the number of
 *  rows is the page's (a session list may show hundreds). */
export function* readTables(tables: Element[], o: TableOptions): Steps<TableResult> {
  const out: TableResult = { sessions: [], readings: [], missed: [], unknown: [], used: new Set(), held: [] };
  /** readings by row key, then metric (no per-cell key string to build and hash) */
  const seen = new Map<string, Map<MetricId, Reading>>();
  const done = new Set<Element>();
  const keys = new Set<string>();

  for (const table of tables) {
    if (done.has(table)) continue;
    done.add(table);
    yield;
    const headers = leafHeaders(table);
    if (!headers.length) continue;
    let body: Element = table;
    if (!hasBodyRows(table)) {
      const next = bodyTableFor(table);
      if (!next || done.has(next)) continue;
      body = next;
      done.add(body);
    }
    const metrics = headers.map((h) => (h ? o.aliases(h) : undefined));
    // columns a row must fill: up to the last named header (antd adds an empty scrollbar column)
    const named = namedWidth(headers);
    if (!metrics.some(Boolean)) continue;
    const col = (names: string[]) => headers.findIndex((h) => names.includes(h));
    if (headers.some((h) => ITEM_HEADERS.test(h))) continue; // items, not sessions
    const keyCol = col(o.rowKeyHeaders),
      titleCol = col(o.titleHeaders),
      timeCol = col(o.timeHeaders);
    headers.forEach((h, i) => {
      if (!metrics[i] && i !== keyCol && i !== titleCol && i !== timeCol && looksLikeLabel(h) && !out.unknown.some((u) => u.label === h)) {
        out.unknown.push({ label: h, text: '', scope: 'page' });
      }
    });

    if (o.facts.isHidden(body)) continue;
    // A table under a loader shows the old rows or skeleton rows: wait for it.
    const busy = o.busy.of(body);
    if (busy) {
      headers.forEach((h, i) => metrics[i] && out.held.push({ metric: metrics[i]!, scope: 'table', label: h, why: busy }));
      continue;
    }
    for (const row of tbodyRows(body)) {
      yield;
      const grid = rowGrid(row, named);
      if (!grid) continue;
      const { cells, hidden } = grid;
      const textsAt = (i: number) => {
        const c = i >= 0 ? cells.get(i) : undefined;
        return c ? cellTexts(c, hidden) : [];
      };

      // the row's time range: its time column, else the first cell text that holds one
      let timeText = '';
      let range: ReturnType<typeof findTimeRange> = null;
      const timeCandidates = timeCol >= 0 ? textsAt(timeCol) : [...cells.keys()].filter((i) => !metrics[i]).flatMap((i) => textsAt(i));
      for (const t of timeCandidates) {
        range = t.text.length <= 80 && t.text.indexOf(':') > 0 ? findTimeRange(t.text) : null;
        if (range) {
          timeText = t.text;
          break;
        }
      }
      // an id drawn in pieces (<span>512345</span><span>678901</span>) is one id, not its first piece
      const keyTexts = textsAt(keyCol).map((t) => t.text);
      const keyJoined = keyTexts.join('');
      const keyText = (/^[A-Za-z0-9_-]+$/.test(keyJoined) ? keyJoined : keyTexts.find((t) => /\d/.test(t)))?.replace(/^.*?[:：]\s*/, '') ?? '';
      // a session needs its id column or its time range
      if (keyCol < 0 && !range) continue;
      const key = row.getAttribute('data-row-key') || keyText || (range ? `t:${range.start}` : '');
      if (!key) continue;
      const session: SessionRef = { key };
      const title = textsAt(titleCol).find((t) => t.text.length >= 2 && !findTimeRange(t.text) && !readsAsNumber(t.text) && !/^[^：:]{1,8}[:：]/.test(t.text));
      if (title) session.title = title.text.slice(0, 200);
      if (range) {
        session.timeText = timeText.slice(0, 80);
        session.start = range.start;
        if (range.end) session.end = range.end;
      }
      if (!keys.has(key)) {
        keys.add(key);
        out.sessions.push(session);
      }

      const seenRow = seen.get(key) ?? new Map<MetricId, Reading>();
      seen.set(key, seenRow);
      metrics.forEach((metric, i) => {
        const cell = cells.get(i);
        if (!metric || !cell) return;
        const label = headers[i]!;
        const { text, nodes } = cellValue(cellTexts(cell, hidden), METRICS[metric].unit, cell);
        const n = readValue(text, parseText(text), METRICS[metric].unit, o.labelHints[label] ?? {}, metric);
        if (!n.ok) {
          out.missed.push({ metric, scope: key, reason: 'unreadable', label, text: text.slice(0, 80) });
          return;
        }
        for (const node of nodes) out.used.add(node);
        const r: Reading = { metric, label, text, value: n.value, unit: METRICS[metric].unit, scope: key, source: 'observed' };
        if (n.qualifier) r.qualifier = n.qualifier;
        const prior = seenRow.get(metric);
        if (prior) {
          // The same row drawn twice (fixed columns): keep it once; if the copies disagree, keep neither.
          if (prior.value !== r.value) {
            out.readings = out.readings.filter((x) => x !== prior);
            out.missed.push({ metric, scope: key, reason: 'unreadable', label, text: `${prior.text} | ${text}` });
          }
          return;
        }
        seenRow.set(metric, r);
        out.readings.push(r);
      });
    }
  }
  return out;
}
