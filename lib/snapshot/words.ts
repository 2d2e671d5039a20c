/**
 * What the anonymiser keeps as the platform's own words. Everything Chinese that is not listed
 * here, not one of the adapter's labels and not a number is taken for a name and replaced: a
 * word missing from this list costs a readable placeholder in a test page, never a leak.
 */
import { looksLikeLabel, normaliseLabel } from '../extract/labels';
import { METRICS, METRIC_IDS } from '../metrics/catalog';
import { MISSING_MARKS, MISSING_WORDS } from '../parse/grammar';

/** Platform UI text seen on the backends (DASHBOARDS.md): tabs, buttons, captions, units. */
export const UI_WORDS = [
  // comparisons and benchmarks (lib/extract/labels.ts COMPARE_RE / BENCHMARK_RE, spelled out)
  '较上一周期', '较上周期', '较上期', '较上一场', '较上场', '昨日全天', '全天', '今日全天', '截至', '截止', '实时更新', '较前一日', '较前一天', '较前一周', '较前一月', '较前日', '较前天', '较前周', '较前月',
  '较昨日', '较昨天', '较上周', '较上月', '环比', '同比', '昨日同时段', '对比上期', '上期', '上一周期',
  '较上一场同时段', '较上场同时段', '同时段', '相比上周期', '相比上一周期', '相比上期', '同行基准',
  '同行同级', '同行同层', '同行顶尖', '账号中位', '账号中位值', '行业均值', '行业平均', '优秀值', '中位值', '中位数', '均值', '平均值',
  '超过同行', '超过同行同级', '超过同行同层', '同行同级优秀值', '同行同级中位值', '同行同层平均', '同行同层优秀', '同行同层均值',
  '的商家', '的达人', '的店铺', '的账号', '商家', '达人', '店铺', '账号',
  // page furniture
  '数据更新于', '数据更新时间', '更新于', '更新时间', '统计时间', '统计周期', '时间范围', '数据说明', '指标说明', '说明', '帮助',
  '直播复盘', '直播详情', '直播大屏', '直播列表', '直播数据', '直播概览', '直播间', '直播', '复盘', '诊断', '详情', '查看', '点击查看', '查看详情',
  '下一页', '上一页', '首页', '末页', '跳至', '条/页', '共', '页', '更多', '收起', '展开', '全部', '返回', '刷新', '导出', '下载', '导出数据',
  '确定', '取消', '搜索', '筛选', '重置', '保存', '编辑', '删除', '新增', '添加', '复制', '分享', '设置', '账号设置', '消息', '通知', '退出登录',
  '请选择', '请输入', '开始日期', '结束日期', '日期', '时间', '至', '到', '操作', '序号', '排名', '名次', '趋势', '分析', '明细', '汇总', '合计',
  '核心数据', '核心指标', '整体看板', '数据概览', '经营概览', '实时数据', '流量分析', '引流短视频', '流量诊断', '主播分析', '违规情况', '综合趋势',
  '流量来源', '渠道分析', '流量转化', '转化漏斗', '流量漏斗', '商品明细', '基本信息', '人群画像', '商品', '人群', '千川', '数据', '流量', '转化',
  '成交', '观看', '曝光', '点击', '互动', '粉丝', '退款', '交易', '服务', '物流', '体验', '评价', '售后', '订单', '商品分析', '用户分析',
  '自然流量', '付费流量', '推荐', '搜索流量', '关注', '其他', '未知', '男', '女', '性别', '年龄', '地域', '城市', '省份',
  '经营', '概览', '首页概览', '短视频', '商品卡', '店铺体验分', '我的体验分', '体验分', '达人榜', '榜单', '排行榜',
  '开播', '开播时间', '下播时间', '直播时间', '直播时段', '开播场次', '场次', '直播中', '已结束', '未开播', '回放', '进行中',
  '实时下播数据', '含回放累计数据', '直播分场次效果', '分场次', '中控台', '大屏',
  '暂无数据', '暂无', '无数据', '加载中', '加载失败', '重试', '无',
  '今日', '今天', '昨日', '昨天', '本周', '本月', '上周', '上月', '实时', '今日实时', '自定义', '近一周', '近七天', '近七日', '近三十天', '近九十天',
  '日', '周', '月', '年', '按日', '按周', '按月', '小时', '分钟', '天',
  '人均', '平均', '累计', '总计', '新增', '新客', '老客', '占比', '人数', '次数', '金额', '件数', '订单数', '客单价', '单价', '成本',
  '上升', '下降', '持平', '提升', '降低', '优秀', '良好', '较差', '一般', '达标', '未达标', '建议', '诊断建议', '优化建议',
  '待发货', '待付款', '待收货', '待处理', '待回复', '售后待处理', '待处理售后', '待回复评价', '退款售后', '待办', '待办事项',
  '客服电话', '客服', '联系电话', '电话', '手机号', '手机', '地址', '收货地址', '订单号', '订单编号', '昵称', '用户', '用户名', '评论', '实时评论', '实时趋势', '在线人数', '进入人数',
  // goods rows, plan tables, to-do lists and pagers of the real-library pages (fixtures-gen)
  '上架', '下架', '已下架', '讲解', '讲解中', '已讲解', '结束讲解', '置顶', '售出', '库存', '售出/库存', '到手价', '运费险', '物流提醒',
  '渠道', '计划', '计划名称', '计划ID', '投放状态', '条记录', '即将超时', '待回复咨询', '资金', '可提现金额', '待结算金额',
  '抖音电商罗盘', '电商罗盘', '罗盘', '抖店', '巨量百应', '百应', '巨量千川', '快手小店', '生意通', '淘宝直播', '生意参谋', '微信小店', '视频号',
];

/** Latin words that are UI, not names. Anything else Latin becomes x/X. */
export const LATIN_UI = new Set([
  'GMV', 'GPM', 'ROI', 'UV', 'PV', 'CTR', 'CVR', 'ID', 'TOP', 'Top', 'top', 'vs', 'VS', 'AI', 'VIP', 'APP', 'App', 'PC', 'H', 'CPM', 'CPC',
  'CPA', 'OCPM', 'SKU', 'SPU', 'KOL', 'KOC', 'PK', 'RMB', 'CNY', 'DSR', 'IP', 'Tab', 'FAQ', 'OK', 'Excel', 'CSV', 'TOP10', 'ml', 'kg', 'g', 'cm', 'mm',
  'w', 'W', 'k', 'K', 'h', 'm', 's', 'min', 'N', 'A', 'n', 'a', 'NaN',
]);

/** Single characters kept only when they stand alone (a unit after a number, a joiner). */
export const UNIT_CHARS = new Set([...'场次人个件单元条页天日周月年时分秒共第约较的和与或及万亿千位名笔']);

/** Values of data-* attributes that are states, not names: kept. */
export const STATE_WORDS = new Set(
  ('true false open closed active inactive selected checked disabled enabled on off up down left right top bottom asc desc none auto ' +
    'hidden visible show hide loading loaded done error success warning info primary default small medium large horizontal ' +
    'vertical light dark row column start end center fixed sticky sorted ascend descend expanded collapsed page cell header body').split(' '),
);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const isHan = (ch: string): boolean => HAN.test(ch);

const METRIC_TAIL = /(率|占比|人数|次数|件数|单数|订单数|金额|时长|单价|客单价|价值|消耗|成本|粉丝数|评论数|点赞数|分享数|数|值|额|量|ROI|GMV|GPM|UV|PV)(\([^)]*\))?$/;
const METRIC_WORD = /(成交|支付|观看|曝光|点击|在线|粉丝|退款|商品|直播|转化|互动|评论|关注|订单|用户|消耗|新客|老客|客单|停留|看播|进入|访客|流量|投放|下单|加购|收藏|分享|点赞|复购|售后|评价|体验|退货|差评|纠纷|物流|服务|销售|销量|收入|佣金|花费|引导|预售|定金|场观|人气|热度|完播|涨粉|转粉|离开|千川|揽收|时效|响应|发货|达成|履约|回复|咨询|签收|评分|投诉)/;

/** Text that reads like a metric label the reader does not know yet (直播间新客成交占比): kept so
 *  a snapshot of a misread page still shows the label that was missed. Names rarely end in a
 *  metric word AND contain a funnel word; the kept ones are listed in the notes for review. */
export function isMetricLike(s: string): boolean {
  return s.length >= 3 && s.length <= 24 && looksLikeLabel(s) && METRIC_TAIL.test(s) && METRIC_WORD.test(s);
}

export interface Dictionary {
  /** normalised whole texts kept as they are */
  whole: Set<string>;
  /** Han-only words (≥ 2 characters) a Han run may be made of */
  han: Set<string>;
  maxHan: number;
  /** kept phrases with other characters in them (GPM(元), 近30天, 直播间曝光-观看率(人数)), longest first */
  mixed: string[];
}

export function buildDictionary(keepLabels: Iterable<string>): Dictionary {
  const whole = new Set<string>();
  const add = (s: string) => {
    const n = normaliseLabel(s);
    if (n) whole.add(n);
  };
  for (const s of keepLabels) add(s);
  for (const s of UI_WORDS) add(s);
  for (const id of METRIC_IDS) add(METRICS[id].zh);
  for (const s of LATIN_UI) whole.add(s);
  // the parser's missing tokens: the marks, and the Latin words (the Han ones are UI words)
  for (const s of MISSING_MARKS) whole.add(s);
  for (const s of MISSING_WORDS) if (/^[A-Za-z/]+$/.test(s) && s !== 'NaN') whole.add(s);
  const han = new Set<string>();
  const mixed: string[] = [];
  for (const w of whole) {
    if ([...w].every(isHan)) {
      if (w.length >= 2) han.add(w);
    } else if ([...w].some(isHan) || /\d/.test(w)) mixed.push(w);
  }
  mixed.sort((a, b) => b.length - a.length);
  let maxHan = 0;
  for (const w of han) maxHan = Math.max(maxHan, w.length);
  return { whole, han, maxHan, mixed };
}

/** A Han run made entirely of dictionary words of two or more characters. */
export function decomposes(run: string, dict: Dictionary): boolean {
  const ok: boolean[] = new Array(run.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < run.length; i++) {
    if (!ok[i]) continue;
    for (let l = 2; l <= dict.maxHan && i + l <= run.length; l++) if (dict.han.has(run.slice(i, i + l))) ok[i + l] = true;
  }
  return ok[run.length]!;
}

/** Period-like words with digits in them (近30天, 较前7日, 近24小时): UI, kept. */
export const PERIOD_RE = /^(?:(?:近|最近|过去)\d{1,3}(?:个自然)?(?:天|日|小时|周|个月|月)|较前\d{1,3}[日天周月])/;
