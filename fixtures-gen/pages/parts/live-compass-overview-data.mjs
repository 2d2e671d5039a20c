/**
 * Numbers of live/compass-overview-living.jsx, one place for the page and its truth file
 * (tests/fixtures-live/compass-overview-living.truth.json is written from this by
 * fixtures-gen/truth-live.mjs). Every value is the one a person reads once the page settles;
 * 万 values are kept at the shown precision (1.84万 → 18400).
 */
export const PERIODS = [
  { key: '1', dateType: '1', label: '实时' },
  { key: '22', dateType: '22', label: '近1天' },
  { key: '21', dateType: '21', label: '近7天' },
];

/** what the router writes into the URL ~15 s after load: never the selected tab's own date_type,
 *  and not the one already in the URL (REAL-DOM §1 Period / URL, idx:69034954003): the next
 *  period after the selected one (实时 → 近1天 → 近7天 → 实时) that is neither */
export const DATE_VALUES = { 1: '1779033600,1779033600', 22: '1778947200,1778947200', 21: '1778428800,1778947200' };
export function REWRITE(selected, inUrl) {
  const order = PERIODS.map((p) => p.dateType);
  const i = order.indexOf(selected);
  for (let k = 1; k <= order.length; k++) {
    const d = order[(i + k) % order.length];
    if (d !== selected && d !== inUrl) return { dateType: d, dateValue: DATE_VALUES[d] };
  }
  return { dateType: '2', dateValue: DATE_VALUES[22] };
}

const money = (v) => '¥' + v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (v) => v.toLocaleString('en-US');
const wan = (v) => (v / 1e4).toFixed(2) + '万';
const rate = (v) => (v * 100).toFixed(2) + '%';

/**
 * loading: what value-main shows before the first data ('' = empty node);
 * loadingHidden: value-main is display:none while loading (with that text inside);
 * count: counts up with react-countup; money: a `¥` span before value-main.
 */
export const CARDS = [
  { uuid: 'pay_amt', label: '用户支付金额', metric: 'gmv', unit: 'cny', money: true, count: true, decimals: 2, loading: '—', show: money },
  { uuid: 'pay_cnt', label: '成交订单数', metric: 'orders', unit: 'count', count: true, decimals: 0, loading: '—', show: count },
  { uuid: 'pay_ucnt', label: '成交人数', metric: 'buyers', unit: 'count', count: true, decimals: 0, loading: '', show: count },
  { uuid: 'product_click_ucnt', label: '商品访客数', metric: null, unit: 'count', count: true, decimals: 2, scale: 1e4, suffix: '万', loading: '—', show: wan },
  { uuid: 'pay_convert_rate', label: '成交转化率', metric: null, unit: 'ratio', count: false, loading: '--', show: rate },
  { uuid: 'per_customer_price', label: '客单价', metric: 'aov', unit: 'cny', money: true, count: true, decimals: 2, loading: '0.00', loadingHidden: true, show: money },
  { uuid: 'refund_amt', label: '退款金额', metric: 'refundAmount', unit: 'cny', money: true, count: true, decimals: 2, loading: '—', show: money },
  { uuid: 'qianchuan_cost', label: '投放消耗', metric: 'adSpend', unit: 'cny', money: true, count: false, loading: '—', show: money },
];

/** per period key, per card: v = settled value (null = no data, shown `--`), yl/y = the
 *  comparison row (昨日 / 上周期), b = 同行基准 (texts, shown from the first paint) */
export const DATA = {
  1: {
    pay_amt: { v: 36512.4, yl: '昨日', y: '¥35,120.60', b: '¥28,904.00' },
    pay_cnt: { v: 238, yl: '昨日', y: '226', b: '197' },
    pay_ucnt: { v: 221, yl: '昨日', y: '214', b: '181' },
    product_click_ucnt: { v: 12700, yl: '昨日', y: '1.19万', b: '1.02万' },
    pay_convert_rate: { v: 0.0174, yl: '昨日', y: '1.80%', b: '1.77%' },
    per_customer_price: { v: 165.21, yl: '昨日', y: '¥164.11', b: '¥159.69' },
    refund_amt: { v: 320, yl: '昨日', y: '¥415.20', b: '¥388.00' },
    qianchuan_cost: { v: null, yl: '昨日', y: '--', b: '--' },
  },
  22: {
    pay_amt: { v: 201346.8, yl: '昨日', y: '¥187,902.15', b: '¥150,230.00' },
    pay_cnt: { v: 1316, yl: '昨日', y: '1,245', b: '1,140' },
    pay_ucnt: { v: 1208, yl: '昨日', y: '1,150', b: '1,012' },
    product_click_ucnt: { v: 18400, yl: '昨日', y: '1.76万', b: '1.52万' },
    pay_convert_rate: { v: 0.0657, yl: '昨日', y: '6.53%', b: '6.66%' },
    per_customer_price: { v: 166.68, yl: '昨日', y: '¥163.39', b: '¥148.45' },
    refund_amt: { v: 4120, yl: '昨日', y: '¥3,980.50', b: '¥3,210.00' },
    qianchuan_cost: { v: null, yl: '昨日', y: '--', b: '--' },
  },
  21: {
    pay_amt: { v: 1284906.35, yl: '上周期', y: '¥1,190,233.70', b: '¥1,020,480.00' },
    pay_cnt: { v: 8402, yl: '上周期', y: '7,985', b: '7,120' },
    pay_ucnt: { v: 7633, yl: '上周期', y: '7,210', b: '6,433' },
    product_click_ucnt: { v: 121500, yl: '上周期', y: '11.62万', b: '10.08万' },
    pay_convert_rate: { v: 0.0628, yl: '上周期', y: '6.20%', b: '6.38%' },
    per_customer_price: { v: 168.34, yl: '上周期', y: '¥165.08', b: '¥158.63' },
    refund_amt: { v: 27310.5, yl: '上周期', y: '¥25,870.00', b: '¥22,140.00' },
    qianchuan_cost: { v: null, yl: '上周期', y: '--', b: '--' },
  },
};

/** the text of .aurora-data-card-value-core once settled */
export const finalText = (card, v) => (v == null ? '--' : card.show(v));
