/**
 * Rows of live/compass-slow-table.jsx and its truth file: 直播复盘 sessions and 热卖商品榜 products.
 */
export const SESSIONS = [
  { key: '7391234567890123456', title: '夏日清凉好物专场', time: '2026/05/18 20:00 ~ 23:10', start: '2026-05-18T20:00:00+08:00', end: '2026-05-18T23:10:00+08:00', gmv: ['¥23.66万', 236600], viewers: ['8,947', 8947], watch: ['1分5秒', 65], orders: ['58', 58] },
  { key: '7391234567890123401', title: '周末宠粉福利夜', time: '2026/05/16 19:30 ~ 2026/05/17 00:12', start: '2026-05-16T19:30:00+08:00', end: '2026-05-17T00:12:00+08:00', gmv: ['¥1,234.50', 1234.5], viewers: ['612', 612], watch: ['48秒', 48], orders: ['3', 3] },
  { key: '7391234567890123399', title: '开学季文具清仓', time: '2026/05/14 08:15 ~ 11:40', start: '2026-05-14T08:15:00+08:00', end: '2026-05-14T11:40:00+08:00', gmv: ['¥8.52万', 85200], viewers: ['1.03万', 10300], watch: ['--', null], orders: ['211', 211] },
];

export const SESSION_COLUMNS = [
  { key: 'gmv', title: '用户支付金额', metric: 'gmv', unit: 'cny' },
  { key: 'viewers', title: '直播间观看人数', metric: 'viewers', unit: 'count' },
  { key: 'watch', title: '人均观看时长', metric: 'avgWatchSeconds', unit: 'seconds' },
  { key: 'orders', title: '直播间成交订单数', metric: 'orders', unit: 'count' },
];

export const PRODUCTS = [
  { id: '3698812345670001', name: '冰丝凉感防晒衣 男女同款', gmv: ['¥4.21万', 42100] },
  { id: '3698812345670002', name: '便携小风扇 三档静音', gmv: ['¥18,236.40', 18236.4] },
  { id: '3698812345670003', name: '竹纤维凉席三件套 1.8m', gmv: ['¥9,870.00', 9870] },
  { id: '3698812345670004', name: '冰袖 2 双装', gmv: ['¥3,402.60', 3402.6] },
];
