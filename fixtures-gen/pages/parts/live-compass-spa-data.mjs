/**
 * Numbers of live/compass-spa-nav.jsx and its truth file: the /shop overview (近7天) and the
 * live-detail page it navigates to. The same label (用户支付金额, 成交人数) has different values on
 * the two pages.
 */
export const LIVE_ROOM_ID = '7391234567890123457';
export const DETAIL_PATH = `/shop/live-detail?live_room_id=${LIVE_ROOM_ID}`;

export const OVERVIEW = [
  { uuid: 'pay_amt', label: '用户支付金额', metric: 'gmv', unit: 'cny', money: true, text: '1,284,906.35', value: 1284906.35, y: '上周期 ¥1,190,233.70' },
  { uuid: 'pay_cnt', label: '成交订单数', metric: 'orders', unit: 'count', text: '8,402', value: 8402, y: '上周期 7,985' },
  { uuid: 'pay_ucnt', label: '成交人数', metric: 'buyers', unit: 'count', text: '7,633', value: 7633, y: '上周期 7,210' },
  { uuid: 'refund_amt', label: '退款金额', metric: 'refundAmount', unit: 'cny', money: true, text: '27,310.50', value: 27310.5, y: '上周期 ¥25,870.00' },
];

/** live-detail cards, 2025 shape: prefix (¥) in its own span, 万 in a sibling attach div */
export const DETAIL = [
  { label: '直播间用户支付金额', metric: 'gmv', unit: 'cny', prefix: '¥', num: '23.66', attach: '万', value: 236600, ratio: '12.5%' },
  { label: '直播间观看人数', metric: 'viewers', unit: 'count', num: '8,947', value: 8947, ratio: '20.06%' },
  { label: '千次观看用户支付金额', metric: 'gpm', unit: 'cny', prefix: '¥', num: '26,439.25', value: 26439.25, ratio: '3.4%' },
  { label: '人均观看时长', metric: 'avgWatchSeconds', unit: 'seconds', num: '1分5秒', value: 65, ratio: '--' },
  { label: '直播间成交人数', metric: 'buyers', unit: 'count', num: '612', value: 612, ratio: '8.02%' },
  { label: '直播间曝光人数', metric: 'impressionsUv', unit: 'count', num: '8.84', attach: '万', value: 88400, ratio: '--' },
];
