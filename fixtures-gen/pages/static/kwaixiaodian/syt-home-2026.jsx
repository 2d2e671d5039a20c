// url: https://s.kwaixiaodian.com/zone/home?from=syt_entry
/**
 * 快手小店首页 with the 生意通 core-data block (2026 shape).
 * Evidence (REAL-DOM.md §5): `div.kpro-data` cards with hashed inner classes (idx:70929289778),
 * hash-only classes `crd_f4GtCj5DDlHD_Skc` (idx:17591635631), period tab text split into child
 * spans with the selected tab shown ONLY by colour (idx:70947308774, idx:71008753601),
 * 「较上周期-」 on cards (idx:70873854150), 退款金额(退款日) vs 退款金额（支付日）(idx:71008753601,
 * idx:69028269400), 近7日 wording. The shell (menu, badge) is antd as on 快手's pages.
 */
import { createRoot } from 'react-dom/client';
import { Menu, Badge, Avatar, Button, ConfigProvider } from 'antd';
import { hashOnly as h, useSheet } from '../../parts/others-hash.jsx';

const C = (n) => h('kwai-home-' + n);

useSheet(`
body{margin:0;font-family:PingFang SC,Microsoft YaHei,sans-serif;background:#f5f6f9;color:rgb(44,46,48)}
.${C('top')}{height:56px;display:flex;align-items:center;gap:16px;padding:0 24px;background:#fff;border-bottom:1px solid #eee}
.${C('logo')}{font-weight:600;font-size:18px;color:#fe3666}
.${C('shop')}{margin-left:auto;display:flex;gap:10px;align-items:center;font-size:13px}
.${C('body')}{display:flex}
.${C('aside')}{width:200px;background:#fff;min-height:calc(100vh - 56px)}
.${C('main')}{flex:1;padding:16px 24px;display:flex;flex-direction:column;gap:16px}
.${C('panel')}{background:#fff;border-radius:8px;padding:16px 20px}
.${C('phead')}{display:flex;align-items:center;gap:12px;margin-bottom:12px}
.${C('ptitle')}{font-size:16px;font-weight:600}
.${C('tabs')}{display:flex;gap:8px}
.${C('tab')}{padding:4px 12px;border-radius:4px;cursor:pointer;font-size:13px;color:rgb(44,46,48);background:rgb(245,246,249)}
.${C('range')}{font-size:12px;color:#9c9c9c}
.${C('grid')}{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}
.${C('group')}{font-size:13px;color:#666;margin:12px 0 8px}
.kpro-data{border:1px solid #eef0f3;border-radius:6px;padding:12px}
.${C('lbl')}{font-size:12px;color:#666;display:flex;gap:4px;align-items:center}
.${C('val')}{font-size:22px;font-weight:600;margin:6px 0;font-family:Kwai Number,DIN,sans-serif}
.${C('unit')}{font-size:13px;margin-left:2px}
.${C('cmp')}{font-size:12px;color:#9c9c9c;display:flex;gap:2px}
.${C('up')}{color:#fe3666}.${C('down')}{color:#1fb76a}
.${C('todo')}{display:flex;gap:40px}
.${C('todoNum')}{font-size:20px;font-weight:600}
.${C('notice')}{list-style:none;padding:0;margin:0;font-size:13px}
.${C('notice')} li{display:flex;justify-content:space-between;padding:4px 0}
.${C('chan')}{width:100%;border-collapse:collapse;font-size:13px}
.${C('chan')} td,.${C('chan')} th{padding:6px 8px;text-align:left;border-bottom:1px solid #f0f0f0}
`);

const Info = () => (
  <svg className={C('qicon')} width="12" height="12" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" /><path d="M8 7v4M8 5v.5" stroke="currentColor" /></svg>
);
const Arrow = ({ up }) => (
  <svg width="8" height="8" viewBox="0 0 8 8" aria-hidden="true"><path d={up ? 'M4 0l4 6H0z' : 'M4 8L0 2h8z'} fill="currentColor" /></svg>
);

/** the period tabs: text split into spans, selection only in the inline colour */
const PERIODS = [
  [['昨', '日']],
  [['近', '7', '日']],
  [['近', '30', '日']],
];
const SELECTED = 1;
function PeriodTabs() {
  return (
    <div className={C('tabs')}>
      {PERIODS.map(([parts], i) => (
        <div key={i} className={C('tab')} style={i === SELECTED ? { color: 'rgb(50, 107, 251)', background: 'rgb(232, 243, 255)' } : undefined}>
          {parts.map((p, j) => <span key={j} className={C('tabch')}>{p}</span>)}
        </div>
      ))}
    </div>
  );
}

/** one 生意通 card: label (+ⓘ), value with ¥ / 万 in their own spans, 较上周期 line */
function Card({ label, pre, num, unit, cmp }) {
  return (
    <div className="kpro-data">
      <div className={C('lbl')}><span className={C('lbltext')}>{label}</span><Info /></div>
      <div className={C('val')}>
        {pre && <span className={C('pre')}>{pre}</span>}
        <span className={C('num')}>{num}</span>
        {unit && <span className={C('unit')}>{unit}</span>}
      </div>
      <div className={C('cmp')}>
        <span className={C('cmplbl')}>较上周期</span>
        {cmp == null ? <span className={C('cmpnone')}>-</span> : (
          <span className={C(cmp.startsWith('-') ? 'down' : 'up')}><Arrow up={!cmp.startsWith('-')} />{cmp.replace('-', '')}</span>
        )}
      </div>
    </div>
  );
}

const TRADE = [
  { label: '成交金额', pre: '¥', num: '18.42', unit: '万', cmp: '12.36%' },
  { label: '成交订单数', num: '2,316', cmp: '8.10%' },
  { label: '成交件数', num: '2,871', cmp: null },
  { label: '成交人数', num: '2,104', cmp: '-3.02%' },
  { label: '客单价', pre: '¥', num: '87.55', cmp: null },
  { label: '退款金额（支付日）', pre: '¥', num: '9,204.36', cmp: '-1.20%' },
];
const GOODS = [
  { label: '商品访客数', num: '3.12', unit: 'w', cmp: '5.50%' },
  { label: '商品浏览量', num: '8.76', unit: 'w', cmp: null },
  { label: '支付转化率', num: '6.74', unit: '%', cmp: '0.41%' },
  { label: '退款金额(退款日)', pre: '¥', num: '1.06', unit: '万', cmp: null },
  { label: '成交退款订单数', num: '96', cmp: '2.13%' },
];

function App() {
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#326bfb' } }}>
      <div className={C('top')}>
        <span className={C('logo')}>快手小店</span>
        <span>商家后台</span>
        <div className={C('shop')}>
          <Badge count={12} size="small"><span>消息</span></Badge>
          <Avatar size={24}>朵</Avatar>
          <span className={C('shopname')}>朵朵家居小店</span>
          <span className={C('shopid')}>店铺ID：1980234567</span>
        </div>
      </div>
      <div className={C('body')}>
        <div className={C('aside')}>
          <Menu id="kwai-side-menu" mode="inline" selectedKeys={['home']} defaultOpenKeys={['data']} items={[
            { key: 'home', label: '首页' },
            { key: 'goods', label: '商品' },
            { key: 'order', label: '订单' },
            { key: 'after', label: '售后' },
            { key: 'data', label: '生意通', children: [
              { key: 'syt-goods', label: '商品总览' },
              { key: 'syt-deal', label: '交易分析' },
              { key: 'syt-live', label: '直播分析' },
            ] },
            { key: 'mkt', label: '营销中心' },
            { key: 'fin', label: '资金' },
          ]} />
        </div>
        <div className={C('main')}>
          <div className={C('panel')}>
            <div className={C('phead')}><span className={C('ptitle')}>待办事项</span></div>
            <div className={C('todo')}>
              {[['待付款', 4], ['待发货', 18], ['售后待处理', 3], ['待回复评价', 7]].map(([l, n]) => (
                <div key={l}><div className={C('todoNum')}>{n}</div><div>{l}</div></div>
              ))}
            </div>
          </div>

          <div className={C('panel')} data-module="syt-core">
            <div className={C('phead')}>
              <span className={C('ptitle')}>核心数据</span>
              <PeriodTabs />
              <span className={C('range')}>统计时间：2026-05-11 ~ 2026-05-17</span>
              <span className={C('range')}>数据更新于 2026-05-18 09:12</span>
              <Button type="link" size="small">查看更多</Button>
            </div>
            <div className={C('group')}>交易</div>
            <div className={C('grid')}>{TRADE.map((c) => <Card key={c.label} {...c} />)}</div>
            <div className={C('group')}>商品</div>
            <div className={C('grid')}>{GOODS.map((c) => <Card key={c.label} {...c} />)}</div>
          </div>

          <div className={C('panel')}>
            <div className={C('phead')}><span className={C('ptitle')}>成交渠道构成</span><span className={C('range')}>与核心数据同周期</span></div>
            <table className={C('chan')}>
              <thead><tr><th>渠道</th><th>成交金额</th><th>占比</th></tr></thead>
              <tbody>
                <tr><td>自营直播</td><td>¥12.61万</td><td>68.46%</td></tr>
                <tr><td>短视频</td><td>¥2.37万</td><td>12.87%</td></tr>
                <tr><td>商品卡</td><td>¥3.44万</td><td>18.68%</td></tr>
              </tbody>
            </table>
          </div>

          <div className={C('panel')}>
            <div className={C('phead')}><span className={C('ptitle')}>店铺体验分</span><span className={C('range')}>更新时间 2026-05-17</span></div>
            <div className={C('todo')}>
              <div><div className={C('todoNum')}>4.86</div><div>店铺体验分</div></div>
              <div><div className={C('todoNum')}>4.81</div><div>商品体验</div></div>
              <div><div className={C('todoNum')}>4.92</div><div>物流体验</div></div>
              <div><div className={C('todoNum')}>4.85</div><div>服务体验</div></div>
            </div>
          </div>

          <div className={C('panel')}>
            <div className={C('phead')}><span className={C('ptitle')}>平台公告</span></div>
            <ul className={C('notice')}>
              <li><span>关于2026年618大促商家报名的通知</span><span>2026-05-16</span></li>
              <li><span>商品发布规范更新（第3版）</span><span>2026-05-12</span></li>
              <li><span>5月20日 02:00-04:00 系统升级公告</span><span>2026-05-09</span></li>
            </ul>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const el = document.createElement('div');
el.id = 'main_root';
document.body.appendChild(el);
createRoot(el).render(<App />);
setTimeout(() => { window.__rendered = true; }, 300);
