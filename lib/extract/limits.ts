/**
 * Every depth, width and cap the reader uses, named once with its reason. The reader walks up
 * from a label or a number to find what it belongs to; each walk stops at one of these, so a
 * page-wide container is never taken for a card, and no page makes the reader do unbounded work.
 */

/** Levels above a label whose text is still just the label (`<span><b>成交</b>金额</span>`). */
export const LABEL_WRAPPER_DEPTH = 3;
/** An element with more children than this is a container, not a label's or a number's own
 *  wrapper. */
export const MAX_WRAPPER_CHILDREN = 6;
/** Levels above a label searched for its card: cards nest 4–8 levels deep on the real pages
 *  (罗盘 2025: cardGroup > card > div[data-btm] > value > span > span); 10 leaves room and
 *  stops well below a page's layout containers. */
export const CARD_DEPTH = 10;
/** Number candidates scanned around a label before giving up on finding its card. */
export const SCAN_LIMIT = 400;
/** Levels above its card a label's block is checked for a second candidate value. */
export const TERRITORY = 2;
/** Rows after a title row that may hold its value: the value row and a compare row. */
export const VALUE_ROWS = 2;
/** Visible texts in one card; a card with more is a whole section, not a card. */
export const MAX_CARD_TEXTS = 200;
/** How far above a card the heading of a scoped label (微信小店 体验分 → 商品) may sit. */
export const HEADING_REACH = 3;
/** How far above a period word its tab element may sit (the text is often split into spans). */
export const TAB_REACH = 4;
/** Label-like texts with an unread number listed for the inspector; more is noise. */
export const MAX_UNKNOWN = 50;

/** Levels above a card item's node walked for the classes of a change widget (`up-*`, `trend`). */
export const WIDGET_CLASS_REACH = 3;
/** Elements of a change widget's surroundings whose classes are looked at for an arrow. */
export const WIDGET_SUBTREE = 40;
/** Levels two items may be apart and still sit in one title row. */
export const TITLE_ROW_REACH = 3;
/** Levels above a header-only table searched for the body table drawn next to it (antd fixed
 *  headers), and siblings looked at on each level. */
export const BODY_TABLE_REACH = 4;
export const BODY_TABLE_SIBLINGS = 3;
/** Texts of one table cell; a cell with more is not a number's cell. */
export const MAX_CELL_TEXTS = 40;

/** A text longer than this is not a label (labels are short; a paragraph is not one). */
export const MAX_LABEL = 48;
/** A key/value field's value (shop name, session title) longer than this is not one. */
export const MAX_FIELD = 120;
/** A text longer than this is never a number (the parser's own limit, on the shown text). */
export const MAX_NUMBER_TEXT = 40;
/** Longest piece of a number drawn in pieces: a value is never longer (19 digits with
 *  separators). */
export const MAX_PIECE = 24;

/** Levels above a number searched for a loader (a block's spin container around its cards). */
export const BUSY_REACH = 24;
/** Item rows sit a few levels above their labels; a page-wide container is never one. */
export const ROW_REACH = 8;
/** A goods row's label and its value share a small block (`dataItem > value + label`); three
 *  levels reach it, and a wider block would hold the next pair. */
export const PAIR_REACH = 3;
/** Texts looked at in one goods row: a row shows a title, tags, a dozen pairs and buttons. */
export const ITEM_ROW_TEXTS = 200;
/** Levels above an item table searched for its pager (antd puts it beside the table's wrapper). */
export const PAGER_REACH = 6;
/** Item rows kept from one page: the background's schema refuses more (lib/capture/schema.ts). */
export const MAX_ITEMS = 1000;
/** A choice's text (a checkbox's 「观看人数」) sits close inside it. */
export const CHOICE_REACH = 4;
/** Levels above a node searched for its table cell. */
export const CELL_REACH = 10;

/** Text nodes the page pass visits between two chances to pause (./slices.ts), and number
 *  candidates the unknown-label stage looks at: a step costs about 0.5 ms on a fast machine and
 *  a few ms on a slow or busy one, small against the slice budget, while the clock is read only
 *  once per step. */
export const TEXTS_PER_STEP = 500;
/** Longest run of a sliced read before it gives the page its main thread back (ms). A browser
 *  calls a task of 50 ms long (input waits behind it); a slice is this budget plus at most one
 *  step (a few ms), and the loop's settle-and-send after the last slice is a few ms more, so
 *  10 ms leaves room for a machine 2–3× slower than the bench's before a task nears 50 ms,
 *  and lets the page draw a frame between most slices. */
export const SLICE_BUDGET_MS = 10;
