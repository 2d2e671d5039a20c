/**
 * Numbers of live/kwai-period-colour.jsx and its truth file. 昨日 is the default and mostly 0.
 * Values are shown without ¥ (the label carries (元)); `-` = no value.
 */
export const PERIODS = [
  { key: 'yesterday', label: '昨日', parts: ['昨', '日'] },
  { key: '7d', label: '近7日', parts: ['近', '7', '日'] },
  { key: '30d', label: '近30日', parts: ['近', '30', '日'] },
];

/** group 1 refreshes first, group 2 400 ms later (two requests) */
export const CARDS = [
  { id: 'gmv', label: '成交金额(元)', metric: 'gmv', unit: 'cny', group: 1 },
  { id: 'orders', label: '成交订单数', metric: 'orders', unit: 'count', group: 1 },
  { id: 'buyers', label: '成交人数', metric: 'buyers', unit: 'count', group: 1 },
  { id: 'visitors', label: '商品访客数', metric: null, unit: 'count', group: 2 },
  { id: 'aov', label: '客单价(元)', metric: 'aov', unit: 'cny', group: 2 },
  { id: 'refund', label: '退款金额(退款日)', metric: 'refundAmount', unit: 'cny', group: 2 },
];

export const DATA = {
  yesterday: { gmv: '0.00', orders: '0', buyers: '0', visitors: '3', aov: '-', refund: '0.00' },
  '7d': { gmv: '12,863.40', orders: '96', buyers: '91', visitors: '1,872', aov: '141.36', refund: '356.00' },
  '30d': { gmv: '58,214.90', orders: '431', buyers: '402', visitors: '8,095', aov: '144.81', refund: '2,180.50' },
};

export const value = (text) => (text === '-' ? null : Number(text.replace(/,/g, '')));

/** the delay (real ms) between the n-th effective click (0-based) and its first refresh: 3–5 s,
 *  a fixed cycle instead of a random draw */
export const REFRESH_MS = [3600, 4400, 3000, 5000, 4000];
export const GROUP2_LAG_MS = 400;

export const SELECTED = { color: 'rgb(50, 107, 251)', background: 'rgb(232, 243, 255)' };
export const UNSELECTED = { color: 'rgb(44, 46, 48)', background: 'rgb(245, 246, 249)' };
