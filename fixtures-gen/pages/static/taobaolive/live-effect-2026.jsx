// url: https://liveplatform.taobao.com/restful/index/data/live?tab=tla-live-effect
/**
 * 淘宝直播 直播数据 → 分场次效果 (2026 shape). antd (the page's antd v4 pieces, rc-tabs) renders
 * the tabs, checkboxes, buttons and the session table.
 * Evidence (REAL-DOM.md §6): tabs 实时下播数据 / 含回放累计数据 with identical tables, fixed first
 * column, 右滑查看更多, metric chooser repeating header labels (clone, idx:35064859478 [I]);
 * `tui-number-figure` live id, `正在加载`, `查 询` buttons (idx:58678258711); driver.js guide
 * `#driver-highlighted-element-stage-overlay` (idx:3486322928); hidden panes keep their rows
 * (trap 11, idx:71316491343).
 */
import { createRoot } from 'react-dom/client';
import { Tabs, Table, Checkbox, Button, Select, Input, ConfigProvider, Tooltip } from 'antd';
import { useSheet } from '../../parts/others-hash.jsx';
import { TaobaoShell, NumberFigure } from '../../parts/others-taobao.jsx';

useSheet(`
.tla-effect{background:#fff;border-radius:8px;padding:16px 20px}
.tla-effect-title{font-size:16px;font-weight:600;margin-bottom:12px}
.tla-filter{display:flex;gap:8px;align-items:center;margin-bottom:12px;font-size:12px}
.tla-chooser{background:#f7f8fa;padding:8px 12px;border-radius:4px;margin-bottom:12px;font-size:12px}
.tla-chooser-title{color:#666;margin-right:8px}
.tla-scroll-hint{font-size:12px;color:#999;text-align:right;margin:4px 0}
.tla-live-info{display:flex;flex-direction:column;gap:2px;font-size:12px}
.tla-live-title{font-size:13px;color:#333;font-weight:500}
.tla-live-meta{color:#999}
.tla-loading-tip{display:none}
#driver-highlighted-element-stage-overlay{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:100002}
#driver-highlighted-element-stage{position:absolute;top:188px;left:236px;width:1140px;height:56px;background:#fff;border-radius:4px;z-index:100003}
#driver-popover-item{position:absolute;top:256px;left:240px;width:280px;background:#fff;border-radius:6px;padding:12px 14px;z-index:1000000000;font-size:13px}
.driver-popover-title{font-weight:600;margin-bottom:6px}
.driver-popover-footer{display:flex;justify-content:space-between;align-items:center;margin-top:10px}
`);

const METRICS = [
  ['流量', [['views', '观看次数'], ['viewers', '观看人数'], ['cover', '封面点击率']]],
  ['观看', [['watch', '平均观看时长(秒)']]],
  ['转粉', [['fans', '新增粉丝数']]],
  ['引导', [['clickUv', '商品点击人数'], ['clicks', '商品点击次数'], ['clickRate', '商品点击率']]],
  ['成交', [['buyers', '引导成交人数'], ['gmv', '引导成交金额'], ['cvr', '引导成交转化率']]],
];
const FLAT = METRICS.flatMap(([, ms]) => ms);

const SESSIONS = [
  { id: '512367012345', title: '山野茶舍 明前龙井开仓', start: '2026/05/16 19:58', end: '23:46' },
  { id: '512366004321', title: '清晨茶事 冷泡茶教程', start: '2026/05/14 07:30', end: '09:05' },
  { id: '512364998877', title: '周末茶会 深夜福利场', start: '2026/05/10 22:00', end: '2026/05/11 01:30' },
];
// values in FLAT order
const LIVE = [
  ['12.86万', '5.31万', '8.42%', '65', '1,204', '9,876', '2.14万', '18.6%', '812', '96,540.00', '1.53%'],
  ['6,218', '2,407', '5.1%', '48', '96', '301', '455', '12.51%', '17', '1,234.50', '0.71%'],
  ['10万+', '3.2万', '--', '112', '2,036', '--', '--', '--', '0', '0.00', '0.00%'],
];
const REPLAY = [
  ['13.52万', '5.77万', '8.42%', '71', '1,262', '1.03万', '2.25万', '17.9%', '846', '100,318.00', '1.47%'],
  ['7,004', '2,731', '5.1%', '52', '101', '342', '510', '12.52%', '19', '1,388.20', '0.70%'],
  ['10万+', '3.9万', '--', '109', '2,140', '--', '--', '--', '1', '59.00', '0.00%'],
];

const columns = [
  {
    title: '直播信息', dataIndex: 'info', key: 'info', fixed: 'left', width: 260,
    render: (_, r) => (
      <div className="tla-live-info">
        <span className="tla-live-title">{r.title}</span>
        <span className="tla-live-meta">开播时间：{r.start} ~ {r.end}</span>
        <span className="tla-live-meta">直播ID：<NumberFigure value={r.id} /></span>
      </div>
    ),
  },
  ...METRICS.map(([group, ms]) => ({
    title: group, key: group,
    children: ms.map(([k, l]) => ({ title: l, dataIndex: k, key: k, width: 130, align: 'right' })),
  })),
  { title: '操作', key: 'op', width: 90, render: () => <a>详情</a> },
];

const data = (vals) => SESSIONS.map((s, i) => ({ key: s.id, ...s, ...Object.fromEntries(FLAT.map(([k], j) => [k, vals[i][j]])) }));

const pane = (vals) => (
  <>
    <div className="tla-scroll-hint">右滑查看更多 →</div>
    <Table size="middle" bordered columns={columns} dataSource={data(vals)} scroll={{ x: 1900 }} pagination={{ total: 3, pageSize: 10, showTotal: (t) => `共 ${t} 条`, size: 'small' }} />
  </>
);

function App() {
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#ff5000' } }}>
      <TaobaoShell current="直播数据" account="山野茶舍旗舰店">
        <div className="tla-effect" data-tblalog-id="live_effect_panel">
          <div className="tla-effect-title">分场次效果</div>
          <div className="tla-filter">
            <span>开播日期</span>
            <Input size="small" style={{ width: 220 }} value="2026-05-10 ~ 2026-05-17" readOnly />
            <Select size="small" style={{ width: 120 }} value="all" options={[{ value: 'all', label: '全部直播' }, { value: 'normal', label: '普通直播' }]} />
            <Input size="small" style={{ width: 180 }} placeholder="直播标题/直播ID" />
            <Button size="small" type="primary" data-tblalog-id="search_btn">查询</Button>
            <Button size="small">重置</Button>
            <Button size="small" data-tblalog-id="download_btn">下载</Button>
            <div className="tla-loading-tip">正在加载</div>
          </div>
          <div className="tla-chooser">
            <span className="tla-chooser-title">指标选择（已选 11/24）</span>
            <Checkbox.Group value={FLAT.map(([k]) => k)} options={FLAT.map(([k, l]) => ({ value: k, label: l }))} />
            <Tooltip title="最多可选 12 个指标"><a style={{ marginLeft: 8 }}>恢复默认</a></Tooltip>
          </div>
          <Tabs
            defaultActiveKey="live"
            items={[
              { key: 'live', label: '实时下播数据', forceRender: true, children: pane(LIVE) },
              { key: 'replay', label: '含回放累计数据', forceRender: true, children: pane(REPLAY) },
            ]}
          />
        </div>
      </TaobaoShell>
      <div id="driver-highlighted-element-stage-overlay" />
      <div id="driver-highlighted-element-stage" />
      <div id="driver-popover-item">
        <div className="driver-popover-tip" />
        <div className="driver-popover-title">新版分场次效果上线</div>
        <div className="driver-popover-description">支持 24 个指标自定义，下播后 30 分钟内数据持续更新</div>
        <div className="driver-popover-footer">
          <span className="driver-btn-counter">1 / 3</span>
          <span><button className="driver-close-btn">跳过</button><button className="driver-next-btn">下一步</button></span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const el = document.createElement('div');
el.id = 'ice-container';
document.body.appendChild(el);
createRoot(el).render(<App />);
setTimeout(() => { window.__rendered = true; }, 600);
