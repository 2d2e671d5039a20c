/**
 * Stage 6b, items: the rows of a list of products or ad plans, each as one ItemRow
 * (lib/capture/types.ts) with its own numbers in the item vocabulary (lib/metrics/items.ts).
 * A row's 成交金额 is that item's and never reaches the page's readings (stages 2–6 keep item
 * rows away from cards and session tables).
 *
 * Two shapes:
 *  - goods rows (百应 中控台 `rpa_lc__live-goods__goods-item[data-rbd-draggable-id]`, 淘宝 中控台
 *    `#tcl-unique-virtual-list .list-item[data-id]`, 快手 中控 react-virtuoso `[data-index]`):
 *    each label is paired with the one number in the smallest block around it that holds no
 *    other label, so a value shown before its label (`¥0.00 成交金额`) is its own, never the next
 *    row's; `库存 1,200` in one text is split; an unlabelled price (a `*price*` class) is the price;
 *  - item tables (a 商品 / 商品信息 / 计划名称 column: 罗盘 商品明细, 快手 商品列表, 千川 plans):
 *    columns by header; the title cell's own `售价 ¥39.90` pairs are read like a goods row's.
 *
 * Identity: `id:<platform id>` from the row's attributes (data-rbd-draggable-id, data-id,
 * data-row-key; 快手 中控's element id `inner_c1goods-<id>`), an id column or an `ID:` text; else
 * `title:<title>`. Rows with the same key are
 * one item (a pinned 正在讲解 copy, a table drawn twice for fixed columns): where the copies
 * disagree on a number, that number is dropped, never picked. Hidden rows (a display:none
 * 上一场数据 pane holding the same items with other numbers) and rows under a loader are not read.
 *
 * Honest limits: a virtual or paged list shows only some of its rows, so the result says
 * `partial` and nothing is concluded from an item's absence.
 */
import type { ItemReading, ItemRow } from '../capture/types';
import { ITEM_METRICS, itemMetricsOf, type ItemMetricId } from '../metrics/items';
import { parseText } from '../parse/text';
import type { BusyFacts } from './busy';
import { readCompare } from './card';
import { readsAsNumber } from './index-text';
import { PINNED_ROW } from './item-row';
import { normaliseLabel } from './labels';
import { ITEM_ROW_TEXTS, MAX_ITEMS, PAGER_REACH, PAIR_REACH } from './limits';
import type { Steps } from './slices';
import { bodyTableFor, cellTexts, cellValue, hasBodyRows, ITEM_HEADERS, leafHeaders, namedWidth, rowGrid, tbodyRows, widget } from './table';
import { readValue } from './value';
import { classOf, type DomFacts } from './walk';

export interface ItemsResult {
  items: ItemRow[];
  /** the lists read show only some of their rows (virtual list, pages) */
  partial: boolean;
}

/** Goods-row hooks seen on the real pages (REAL-DOM.md §3, §5, §6); the outermost match is the row. */
const ROW_SELECTOR = [
  '[data-rbd-draggable-id]',
  '.rpa_lc__live-goods__goods-item',
  '[data-virtuoso-scroller] [data-index]',
  '#tcl-unique-virtual-list .list-item',
  PINNED_ROW,
].join(',');
/** Lists that render only the rows in view. */
const VIRTUAL = '[data-virtuoso-scroller],#tcl-unique-virtual-list,.rc-virtual-list';
/** 快手 中控's pinned copy of the item being explained: the same id with this suffix, no index. */
const PINNED_SUFFIX = /-recording$/;
/** 快手 中控 rows carry their goods id only in the element id: `inner_c1goods-<id>`, the pinned
 *  copy `inner_c1goods-<id>-recording` (oba-live-tool kuaishou element-finder.ts). */
const GOODS_ELEMENT_ID = /goods-([A-Za-z0-9]{4,}(?:-recording)?)$/;
const EXPLAINING_TAG = /^(讲解中|正在讲解|讲解中\.\.\.)$/;
const EXPLAINING_BUTTON = /^(取消讲解|结束讲解|停止讲解)$/;
const PLAN_HEADERS = /^(计划名称|计划ID|计划id|计划)$/;
const TITLE_HEADERS = /^(商品|商品名称|商品信息|商品标题|宝贝|宝贝信息|商品名|计划名称|计划)$/;
const ID_HEADERS = /^(商品ID|商品id|计划ID|计划id|ID|宝贝ID)$/;
const ID_TEXT = /^(?:商品)?ID\s*[:：]\s*(\d{4,})$/i;
const SUMMARY_TITLE = /^(合计|总计|汇总)/;
const PLATFORM_ID = /^[A-Za-z0-9_-]{4,}$/;
const PRICE_CLASS = /price/i;
/** `库存 1,200`, `售价 ¥39.90`: a label and its value in one text. */
const INLINE_PAIR = /^(\S{2,12}?)\s*[:：]?\s+(\S.*)$/;

const strip = (s: string) => s.replace(/\s+/g, '');

/** A value text for the metrics a label names: `38/2,000` for 售出/库存, else one number or `--`. */
function readNumbers(text: string, metrics: readonly ItemMetricId[]): Array<number | null> | null {
  const parts = metrics.length > 1 ? text.split('/') : [text];
  if (parts.length !== metrics.length) return null;
  const out: Array<number | null> = [];
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!.trim();
    const n = readValue(t, parseText(t), ITEM_METRICS[metrics[i]!].unit);
    if (!n.ok) return null;
    out.push(n.value);
  }
  return out;
}

/** Could this text be a value (a number, a missing token, or `a/b` of two numbers)? */
const valueLike = (t: string): boolean => readsAsNumber(t) !== null || (/^[^/]+\/[^/]+$/.test(t) && t.split('/').every((p) => readsAsNumber(p) !== null));

interface Text_ {
  node: Text;
  text: string;
}

/** The row's shown texts, leaving out buttons and inputs (their words are actions, not data). */
function rowTexts(row: Element, facts: DomFacts): Text_[] {
  const out: Text_[] = [];
  const tw = row.ownerDocument.createTreeWalker(row, 4 /* SHOW_TEXT */);
  for (let x = tw.nextNode(); x && out.length < ITEM_ROW_TEXTS; x = tw.nextNode()) {
    const t = (x as Text).data.trim();
    if (!t || facts.isHidden(x)) continue;
    const el = (x as Text).parentElement;
    if (el?.closest('button,[role="button"],input,select,textarea')) continue;
    out.push({ node: x as Text, text: t });
  }
  return out;
}

/** Is this text all its element shows (not a piece of a longer text)? */
const ownText = (t: Text_): boolean => (t.node.parentElement?.textContent ?? '').trim() === t.text;

/** Does the text go on in the next text (`成交金额 ¥3` `,192.00`, a number drawn in pieces)?
 *  Then the number in it is only a piece, and is not read as a whole. */
function continued(texts: Text_[], t: Text_): boolean {
  const next = texts[texts.indexOf(t) + 1];
  return next !== undefined && /^[\d,.，．%万亿wW]/.test(next.text) && /[\d,.，．¥￥]$/.test(t.text);
}

/** Label/value pairs in a block of texts (a goods row, a table's title cell). */
function readPairs(texts: Text_[], scope: Element, into: Map<ItemMetricId, ItemReading | 'conflict'>): Set<Text> {
  const used = new Set<Text>();
  const labels = new Map<Text, readonly ItemMetricId[]>();
  for (const t of texts) {
    const m = itemMetricsOf(normaliseLabel(t.text));
    if (m.length) labels.set(t.node, m);
  }
  const put = (r: ItemReading) => keepAgreeing(into, r);
  for (const t of texts) {
    const metrics = labels.get(t.node);
    if (metrics) {
      // climb to the smallest block around the label that holds a value; another label in it
      // means the value could be that label's: stop, unread
      let el: Element | null = t.node.parentElement;
      for (let d = 0; el && d < PAIR_REACH && el !== scope.parentElement; d++, el = el.parentElement) {
        const inside = texts.filter((x) => x.node !== t.node && el!.contains(x.node));
        if (inside.some((x) => labels.has(x.node))) break;
        if (!inside.some((x) => !used.has(x.node) && valueLike(x.text))) continue;
        // the block's other texts, joined, are the value: a number drawn in pieces (`¥2.` `60`)
        // is one number; anything more in the block (two numbers, a word) makes it unreadable
        const rest = inside.filter((x) => !used.has(x.node));
        const text = rest.map((x) => x.text).join('');
        const nums = valueLike(text) ? readNumbers(text, metrics) : null;
        if (nums) {
          metrics.forEach((metric, i) => put({ metric, label: normaliseLabel(t.text), text, value: nums[i]! }));
          for (const x of rest) used.add(x.node);
          used.add(t.node);
        }
        break;
      }
      continue;
    }
    // `库存 1,200` alone in its element (a piece of a longer text is not a whole value)
    const inline = ownText(t) && !continued(texts, t) ? INLINE_PAIR.exec(t.text) : null;
    if (inline) {
      const label = normaliseLabel(inline[1]!);
      const m = itemMetricsOf(label);
      const nums = m.length ? readNumbers(inline[2]!, m) : null;
      if (nums) {
        m.forEach((metric, i) => put({ metric, label, text: inline[2]!, value: nums[i]! }));
        used.add(t.node);
      }
    }
  }
  // an unlabelled price: the one money text in a `*price*` element
  if (!into.has('price')) {
    const priced = texts.filter(
      (t) => !used.has(t.node) && ownText(t) && !continued(texts, t) && PRICE_CLASS.test(classOf(t.node.parentElement!)) && /^[¥￥]/.test(t.text),
    );
    if (priced.length === 1) {
      const nums = readNumbers(priced[0]!.text, ['price']);
      if (nums) {
        put({ metric: 'price', label: '价格', text: priced[0]!.text, value: nums[0]! });
        used.add(priced[0]!.node);
      }
    }
  }
  return used;
}

/** One number per metric: a second reading of the same value is the same number; a different
 *  one makes the metric a conflict, and neither is kept (finish). */
function keepAgreeing(into: Map<ItemMetricId, ItemReading | 'conflict'>, r: ItemReading): void {
  const prior = into.get(r.metric);
  into.set(r.metric, prior === undefined ? r : prior !== 'conflict' && prior.value === r.value ? prior : 'conflict');
}

const finish = (into: Map<ItemMetricId, ItemReading | 'conflict'>): ItemReading[] => [...into.values()].filter((r): r is ItemReading => r !== 'conflict');

/** Query parameters of a product link that hold the item's id (商品详情 links in a row). */
const LINK_ID_PARAMS = ['id', 'item_id', 'itemId', 'product_id', 'productId', 'goods_id', 'goodsId', 'commodity_id'];

/** The row's platform id: from its attributes (own, then its first descendant that has one),
 *  else from a 快手 goods element id, else from a product link in it. */
function idOf(row: Element): string | undefined {
  for (const attr of ['data-rbd-draggable-id', 'data-id', 'data-row-key', 'data-item-id', 'data-product-id']) {
    const v = row.getAttribute(attr) ?? row.querySelector(`[${attr}]`)?.getAttribute(attr);
    if (v && PLATFORM_ID.test(v.replace(PINNED_SUFFIX, ''))) return v;
  }
  const el = row.id ? row : row.querySelector('[id*="goods-"]');
  const fromEl = el ? GOODS_ELEMENT_ID.exec(el.id)?.[1] : undefined;
  if (fromEl) return fromEl;
  const ids = new Set<string>();
  for (const a of row.querySelectorAll('a[href]')) {
    // the query alone: a link may be relative, and needs no base to be read
    const query = a.getAttribute('href')!.split('#')[0]!.split('?')[1];
    if (!query) continue;
    const params = new URLSearchParams(query);
    for (const k of LINK_ID_PARAMS) {
      const v = params.get(k);
      if (v && /^\d{6,}$/.test(v)) ids.add(v);
    }
  }
  // two links naming two ids: which is the row's is not said
  return ids.size === 1 ? [...ids][0] : undefined;
}

function titleOf(texts: Text_[], used: Set<Text>): string | undefined {
  const titled = texts.find((t) => /title|name/i.test(classOf(t.node.parentElement!)) && !valueLike(t.text));
  if (titled) return titled.text.slice(0, 200);
  const other = texts.filter(
    (t) => !used.has(t.node) && t.text.length >= 4 && !valueLike(t.text) && !ID_TEXT.test(t.text) && !itemMetricsOf(normaliseLabel(t.text)).length,
  );
  return other.sort((a, b) => b.text.length - a.text.length)[0]?.text.slice(0, 200);
}

function explainingIn(row: Element, texts: Text_[]): boolean {
  if (texts.some((t) => EXPLAINING_TAG.test(t.text))) return true;
  for (const b of row.querySelectorAll('button,[role="button"]')) if (EXPLAINING_BUTTON.test(strip(b.textContent ?? ''))) return true;
  return false;
}

function indexOf(row: Element): number | undefined {
  const input = row.querySelector('[class*="indexWrapper"] input, input[data-tblalog-id="sort_input"]') as HTMLInputElement | null;
  const text = input ? (input.getAttribute('value') ?? '') : (row.querySelector('[class*="img-index"],[class*="goodsIndex"]')?.textContent ?? '').trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

/** One goods row, or null when it shows neither an id nor a title. */
function readGoodsRow(row: Element, facts: DomFacts): ItemRow | null {
  const texts = rowTexts(row, facts);
  const into = new Map<ItemMetricId, ItemReading | 'conflict'>();
  const used = readPairs(texts, row, into);
  let id = idOf(row);
  if (!id)
    for (const t of texts) {
      const m = ID_TEXT.exec(t.text);
      if (m) {
        id = m[1];
        break;
      }
    }
  const pinned = id !== undefined && PINNED_SUFFIX.test(id);
  if (pinned) id = id!.replace(PINNED_SUFFIX, '');
  const title = titleOf(texts, used);
  return makeRow({
    id,
    title,
    kind: 'product',
    index: pinned ? undefined : indexOf(row),
    explaining: pinned || explainingIn(row, texts),
    readings: finish(into),
  });
}

function makeRow(r: { id?: string; title?: string; kind: ItemRow['kind']; index?: number; explaining?: boolean; readings: ItemReading[] }): ItemRow | null {
  const key = r.id ? `id:${r.id}` : r.title ? `title:${r.title}` : null;
  if (!key) return null;
  const row: ItemRow = { key, kind: r.kind, readings: r.readings };
  if (r.id) row.id = r.id;
  if (r.title) row.title = r.title;
  if (r.index !== undefined) row.index = r.index;
  if (r.explaining) row.explaining = true;
  return row;
}

/** Two rows of one item: keep what they agree on (a number they disagree on is dropped). */
function merge(a: ItemRow, b: ItemRow): ItemRow {
  const byMetric = new Map<ItemMetricId, ItemReading | 'conflict'>();
  for (const r of [...a.readings, ...b.readings]) keepAgreeing(byMetric, r);
  const out: ItemRow = { ...a, readings: finish(byMetric) };
  if (out.title === undefined && b.title !== undefined) out.title = b.title;
  if (out.index === undefined && b.index !== undefined) out.index = b.index;
  if (b.explaining) out.explaining = true;
  return out;
}

const sameNumbers = (a: ItemRow, b: ItemRow): boolean => {
  const key = (r: ItemRow) => JSON.stringify(r.readings.map((x) => [x.metric, x.value]).sort());
  return key(a) === key(b);
};

/** Tables whose columns say they list items: a 商品 column (products) or a 计划 column (plans). */
function itemTableKind(headers: string[]): ItemRow['kind'] | null {
  if (headers.some((h) => ITEM_HEADERS.test(h))) return 'product';
  if (headers.some((h) => PLAN_HEADERS.test(h))) return 'plan';
  return null;
}

function* readItemTable(table: Element, headers: string[], kind: ItemRow['kind'], facts: DomFacts, out: ItemRow[]): Steps<void> {
  const metrics = headers.map((h) => {
    const m = itemMetricsOf(h);
    return m.length === 1 ? m[0] : undefined;
  });
  const named = namedWidth(headers);
  const idCol = headers.findIndex((h) => ID_HEADERS.test(h));
  const titleCol = headers.findIndex((h) => TITLE_HEADERS.test(h));
  for (const row of tbodyRows(table)) {
    yield;
    const grid = rowGrid(row, named);
    if (!grid) continue;
    const { cells, hidden } = grid;
    const titleTexts = titleCol >= 0 && cells.get(titleCol) ? cellTexts(cells.get(titleCol)!, hidden) : [];
    const into = new Map<ItemMetricId, ItemReading | 'conflict'>();
    const used = titleCol >= 0 ? readPairs(titleTexts, cells.get(titleCol)!, into) : new Set<Text>();
    const title = titleTexts.find((t) => !used.has(t.node) && t.text.length >= 2 && !valueLike(t.text) && !ID_TEXT.test(t.text))?.text.slice(0, 200);
    if (title && SUMMARY_TITLE.test(title)) continue;
    const idText =
      idCol >= 0 && cells.get(idCol)
        ? cellTexts(cells.get(idCol)!, hidden)
            .map((t) => t.text)
            .join('')
        : '';
    const rowKey = row.getAttribute('data-row-key');
    const id = PLATFORM_ID.test(idText) ? idText : rowKey && PLATFORM_ID.test(rowKey) && /\d/.test(rowKey) ? rowKey : undefined;
    metrics.forEach((metric, i) => {
      const cell = cells.get(i);
      if (!metric || !cell || i === titleCol) return;
      const texts = cellTexts(cell, hidden);
      // value + change in one cell (罗盘 商品明细 `¥32.15万` + `↑18.20%`, or `—` for no change)
      const change = texts.length === 2 && widget(texts[1]!.node, cell) ? texts[1]! : null;
      const text = change ? texts[0]!.text : cellValue(texts, ITEM_METRICS[metric].unit, cell).text;
      const nums = readNumbers(text, [metric]);
      if (!nums) return;
      const r: ItemReading = { metric, label: headers[i]!, text, value: nums[0]! };
      if (change ?? (texts.length === 2 && texts[0]!.text === text)) {
        const c = change ?? texts[1]!;
        r.compare = readCompare('', c.text, undefined, c.node, cell);
      }
      into.set(metric, r);
    });
    const item = makeRow({ id, title, kind, readings: finish(into) });
    if (item) out.push(item);
  }
}

/** Is a pager drawn near the table (a paged list shows one page of its rows)? */
function paged(table: Element): boolean {
  let a: Element | null = table.parentElement;
  for (let d = 0; a && d < PAGER_REACH; d++, a = a.parentElement) if (a.querySelector('[class*="pagination"]')) return true;
  return false;
}

/** Is this table a copy drawn for fixed columns (Fusion `next-table-lock-*`, aria-hidden)? */
const lockedCopy = (table: Element): boolean =>
  table.closest('[aria-hidden="true"],[class*="table-lock-left"],[class*="table-lock-right"],[class*="table-fixed-left"],[class*="table-fixed-right"]') !==
  null;

export function* readItems(root: Document | Element, facts: DomFacts, busy: BusyFacts): Steps<ItemsResult> {
  const rows: ItemRow[] = [];
  let partial = false;

  // goods rows: the outermost element matching a row hook
  const matches = [...root.querySelectorAll(ROW_SELECTOR)];
  const set = new Set(matches);
  for (const row of matches) {
    let inner = false;
    for (let p = row.parentElement; p; p = p.parentElement)
      if (set.has(p)) {
        inner = true;
        break;
      }
    if (inner || facts.isHidden(row)) continue;
    if (row.closest(VIRTUAL)) partial = true;
    yield;
    if (busy.of(row)) continue;
    const item = readGoodsRow(row, facts);
    if (item) rows.push(item);
    if (rows.length >= MAX_ITEMS) break;
  }

  // item tables
  const done = new Set<Element>();
  for (const table of root.querySelectorAll('table')) {
    if (done.has(table) || lockedCopy(table)) continue;
    done.add(table);
    const headers = leafHeaders(table);
    const kind = headers.length ? itemTableKind(headers) : null;
    if (!kind) continue;
    let body: Element | null = table;
    if (!hasBodyRows(table)) {
      body = bodyTableFor(table);
      if (!body || done.has(body)) continue;
      done.add(body);
    }
    if (facts.isHidden(body) || busy.of(body)) continue;
    if (paged(body)) partial = true;
    yield* readItemTable(body, headers, kind, facts, rows);
  }

  // one row per item. Two rows with one platform id are one item (a pinned copy, a table drawn
  // twice). Two rows known only by the same title may be two items (one name, two specs): kept
  // as one only when they show the same numbers, else neither is kept.
  const byKey = new Map<string, ItemRow>();
  const refused = new Set<string>();
  for (const r of rows) {
    const prior = byKey.get(r.key);
    if (!prior) byKey.set(r.key, r);
    else if (r.id !== undefined) byKey.set(r.key, merge(prior, r));
    else if (!sameNumbers(prior, r)) refused.add(r.key);
  }
  for (const k of refused) byKey.delete(k);
  return { items: [...byKey.values()].slice(0, MAX_ITEMS), partial };
}
