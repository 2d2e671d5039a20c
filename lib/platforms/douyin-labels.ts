/**
 * Labels the Douyin-family backends (罗盘, 百应, 千川, 抖店) share. Both the 2024–25 wording
 * (用户支付金额) and the older/app wording (成交金额) are accepted: the platform renamed them.
 * Checked against tests/fixtures/{compass,buyin,qianchuan,doudian}.
 *
 * An alias must mean one thing on every Douyin page: 成交金额 is GMV on 罗盘, 抖店, 百应 and 千川
 * alike. A label whose meaning depends on the backend lives in that backend's file.
 */
import type { MetricId } from '../metrics/catalog';

export const DOUYIN_LIVE_LABELS: Record<string, MetricId> = {
  直播间用户支付金额: 'gmv', 直播间成交金额: 'gmv', 用户支付金额: 'gmv', 成交金额: 'gmv', GMV: 'gmv',
  千次观看用户支付金额: 'gpm', 千次观看成交金额: 'gpm', GPM: 'gpm',
  直播间观看人数: 'viewers', 累计观看人数: 'viewers', 观看人数: 'viewers', 进入直播间人数: 'viewers',
  直播间观看次数: 'views', 观看次数: 'views',
  直播间曝光人数: 'impressionsUv', 曝光人数: 'impressionsUv',
  直播间曝光次数: 'impressionsPv', 曝光次数: 'impressionsPv',
  '直播间曝光-观看率(人数)': 'impressionToViewRate', '曝光-观看率(人数)': 'impressionToViewRate', '曝光-观看率': 'impressionToViewRate', '曝光-进入率': 'impressionToViewRate',
  '直播间曝光-观看率(次数)': 'impressionToViewRatePv', '曝光-观看率(次数)': 'impressionToViewRatePv',
  商品曝光人数: 'productImpressionsUv', 商品点击人数: 'productClicksUv', 商品点击次数: 'productClicks',
  '直播间观看-商品曝光率(人数)': 'viewToProductImpressionRate', '观看-商品曝光率(人数)': 'viewToProductImpressionRate', '观看-商品曝光率': 'viewToProductImpressionRate',
  '直播间商品曝光-点击率(人数)': 'productImpressionToClickRate', '商品曝光-点击率(人数)': 'productImpressionToClickRate', '商品曝光-点击率': 'productImpressionToClickRate',
  '直播间商品点击-成交转化率(人数)': 'clickToPayRate', '商品点击-成交转化率(人数)': 'clickToPayRate', '商品点击-成交率(人数)': 'clickToPayRate', '商品点击-成交转化率': 'clickToPayRate', '商品点击-成交率': 'clickToPayRate',
  '直播间观看-成交率(人数)': 'viewToPayRate', '观看-成交转化率': 'viewToPayRate', '观看-成交率(人数)': 'viewToPayRate', '观看-成交率': 'viewToPayRate',
  '直播间曝光-成交转化率(人数)': 'impressionToPayRate',
  商品点击率: 'productClickRate',
  成交人数: 'buyers', 直播间成交人数: 'buyers',
  成交件数: 'units', 直播间成交件数: 'units',
  成交订单数: 'orders', 直播间成交订单数: 'orders',
  平均在线人数: 'avgOnline', 最高在线人数: 'peakOnline', 实时在线人数: 'currentOnline',
  人均观看时长: 'avgWatchSeconds', 人均看播时长: 'avgWatchSeconds',
  新增粉丝数: 'newFans', 新加直播团人数: 'fanClubJoins', 新加团人数: 'fanClubJoins',
  关注率: 'followRate', 互动率: 'interactionRate', 负反馈率: 'negativeFeedbackRate', 新增评论数: 'comments',
  UV价值: 'uvValue', 客单价: 'aov',
  千川消耗: 'adSpend', 投放消耗: 'adSpend',
  退款金额: 'refundAmount',
  成交粉丝占比: 'fanBuyerShare',
  // 罗盘 2026 overview (REAL-DOM.md §1, label variants) and the 抖店 homepage's shop block
  商品访客数: 'productVisitors', 件单价: 'unitPrice', 商品千次曝光成交金额: 'productImpressionGpm', '商品千次曝光用户支付金额': 'productImpressionGpm',
  '商品点击率(PV)': 'productClickRatePv', '商品曝光点击率(次数)': 'productClickRatePv',
  '用户支付金额(含异常交易)': 'gmvInclAbnormal',
  好评率: 'goodReviewRate', 揽收时效达成率: 'pickupOnTimeRate', 售后处理时长达成率: 'afterSaleOnTimeRate', 飞鸽平均响应时长: 'imAvgResponseSeconds',
  开播场次: 'liveSessions', 开播天数: 'liveDays', 累计直播时长: 'liveDurationSeconds', 直播时长: 'liveDurationSeconds',
};


export const DOUYIN_PERIODS = ['今日实时', '实时', '近1天', '近7天', '近7日', '近30天', '近30日', '近90天', '自定义', '昨日', '今日', '本周', '本月'];
