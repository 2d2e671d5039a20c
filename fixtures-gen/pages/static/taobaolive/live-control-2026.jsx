// url: https://liveplatform.taobao.com/restful/index/live/control?liveId=512368120456
/**
 * 淘宝直播 直播中控台 (2026 shape), live.
 * Evidence (REAL-DOM.md §6): `tbd-menu-item` / `tbd-select-option` pieces, `tui-number-figure` live
 * id, `tc-comment-*`, `data-tblalog-id` hooks (idx:58678258711, oba taobao/constant.ts); goods
 * virtual list `#tcl-unique-virtual-list`, rows `#livePushed-tcl-unique-scroll-list .list-item`,
 * index in `.list-item-img-index` (oba); risk-control mask `.J_MIDDLEWARE_FRAME_WIDGET` /
 * `#nc_1_wrapper` / `.baxia-dialog`. Trap 12 (only ~10 rows of a longer list rendered).
 * The list is react-virtuoso: only the rows in its 640px viewport exist.
 */
import { createRoot } from 'react-dom/client';
import { Virtuoso } from 'react-virtuoso';
import { Button, Tag, ConfigProvider, Input } from 'antd';
import { useSheet } from '../../parts/others-hash.jsx';
import { TaobaoShell, TbdSelect, NumberFigure } from '../../parts/others-taobao.jsx';

useSheet(`
.tcl-head{background:#fff;border-radius:8px;padding:14px 20px;display:flex;gap:16px;align-items:center;font-size:12px;color:#999;margin-bottom:12px}
.tcl-head-title{font-size:16px;color:#333;font-weight:600}
.tcl-status{color:#fff;background:#ff5000;border-radius:3px;padding:0 6px}
.tcl-data{background:#fff;border-radius:8px;padding:14px 20px;margin-bottom:12px}
.tcl-data-bar{display:flex;gap:12px;align-items:center;font-size:12px;color:#999;margin-bottom:8px}
.tcl-data-strip{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}
.tcl-data-item{padding:8px 0}
.tcl-data-name{font-size:12px;color:#666}
.tcl-data-value{font-size:20px;font-weight:600;font-family:Alibaba Sans,DIN,sans-serif;margin:4px 0}
.tcl-data-trend{font-size:12px;color:#999}
.tcl-up{color:#ff5000}.tcl-down{color:#20b15d}
.tcl-cols{display:flex;gap:12px}
.tcl-goods{flex:1;background:#fff;border-radius:8px;padding:12px 16px;min-width:0}
.tcl-goods-bar{display:flex;gap:10px;align-items:center;margin-bottom:8px;font-size:12px;color:#666}
#tcl-unique-virtual-list{border-top:1px solid #f0f0f0}
.list-item{display:flex;gap:10px;align-items:center;height:64px;border-bottom:1px solid #f5f5f5;font-size:12px}
.list-item-img{position:relative;width:48px;height:48px;background:#f0f1f3;border-radius:4px;flex:none}
.list-item-img-index{position:absolute;left:0;top:0;background:rgba(0,0,0,.6);color:#fff;font-size:11px;padding:0 4px;border-radius:4px 0 4px 0}
.list-item-info{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px}
.list-item-title{color:#333;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.list-item-price{color:#ff5000}
.list-item-stats{display:flex;gap:14px;color:#999}
.list-item-ops{display:flex;gap:6px}
.tc-comment-panel{width:300px;background:#fff;border-radius:8px;padding:12px 16px;font-size:12px}
.tc-comment-item{padding:5px 0;border-bottom:1px dashed #f0f0f0}
.tc-comment-nick{color:#999;margin-right:6px}
.J_MIDDLEWARE_FRAME_WIDGET{display:none;position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:2147483000}
`);

const METRICS = [
  ['累计观看人数', '4.37万', '↑ 9.8%', 'up'],
  ['观看次数', '10.6万', '↓ 2.4%', 'down'],
  ['实时在线人数', '1,912', null],
  ['最高在线人数', '2,875', null],
  ['平均观看时长', '2分41秒', null],
  ['新增粉丝', '608', '↑ 5.0%', 'up'],
  ['商品点击次数', '1.46万', null],
  ['引导成交金额', '¥6.38万', '↑ 14.2%', 'up'],
  ['引导成交笔数', '427', null],
  ['引导成交人数', '398', null],
  ['流量券消耗', '¥500.00', null],
  ['直播时长', '01:42:36', null],
];

// 48 goods pushed to the live room; index 48 is the newest (top). Titles and numbers are deterministic.
const NAMES = ['明前龙井 特级 250g 罐装', '安吉白茶 2026新茶 125g', '正山小种 红茶 礼盒 2罐', '冷泡茶 组合 12袋', '紫砂壶 西施 200ml', '玻璃公道杯 加厚', '茶盘 实木 小号', '碧螺春 一级 100g', '金骏眉 红茶 50g×2', '白牡丹 饼茶 357g', '茉莉花茶 飘雪 200g', '普洱熟茶 砖 250g'];
const GOODS = Array.from({ length: 48 }, (_, i) => {
  const n = 48 - i;
  const price = [168, 99, 236, 39.9, 288, 45, 129, 88, 158, 199, 59, 139][i % 12];
  const clicks = Math.max(0, 420 - i * 8 - (i % 3) * 9);
  const units = Math.floor(clicks / (22 + (i % 4)));
  return {
    n, id: String(735000120000 + n * 317), title: NAMES[i % 12] + (i >= 12 ? ` ${Math.floor(i / 12) + 1}号链接` : ''),
    price: '¥' + price.toFixed(2), stock: (1200 - i * 13).toLocaleString('en-US'),
    clicks: clicks.toLocaleString('en-US'), units: String(units), gmv: '¥' + (units * price).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    explaining: i === 2,
  };
});
window.__goods = GOODS;

function Row({ g }) {
  return (
    <div className="list-item" data-id={g.id}>
      <div className="list-item-img"><span className="list-item-img-index">{g.n}</span></div>
      <div className="list-item-info">
        <span className="list-item-title">{g.title}{g.explaining && <Tag color="orange" style={{ marginLeft: 6 }}>讲解中</Tag>}</span>
        <span className="list-item-price">{g.price}</span>
        <span className="list-item-stats">
          <span>库存 {g.stock}</span><span>商品点击 {g.clicks}</span><span>成交件数 {g.units}</span><span>成交金额 {g.gmv}</span>
        </span>
      </div>
      <div className="list-item-ops">
        <Button size="small" type={g.explaining ? 'primary' : 'default'}>{g.explaining ? '结束讲解' : '讲解'}</Button>
        <Button size="small">置顶</Button>
        <Button size="small" danger>下架</Button>
      </div>
    </div>
  );
}

const COMMENTS = [
  ['茶***友', '3号链接还有货吗'],
  ['小***鱼', '拍了2件，什么时候发货'],
  ['z***8', '龙井能便宜10块吗'],
  ['阿***梅', '主播喝的是哪一款'],
  ['t***1', '刚进来，有优惠券吗'],
];

function App() {
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#ff5000' } }}>
      <TaobaoShell current="直播中控台" account="山野茶舍旗舰店">
        <div className="tcl-head">
          <span className="tcl-head-title">山野茶舍 春茶上新夜</span>
          <span className="tcl-status">直播中</span>
          <span>直播ID：<NumberFigure value="512368120456" /></span>
          <span>开播时间：2026-05-18 19:30:12</span>
          <Button size="small" data-tblalog-id="end_live">结束直播</Button>
        </div>
        <div className="tcl-data" data-tblalog-id="live_data_panel">
          <div className="tcl-data-bar">
            <span>实时数据</span>
            <TbdSelect value="每30秒刷新" options={['每10秒刷新', '每30秒刷新', '手动刷新']} />
            <span>更新于 21:12:48</span>
          </div>
          <div className="tcl-data-strip">
            {METRICS.map(([l, v, t, dir]) => (
              <div key={l} className="tcl-data-item">
                <div className="tcl-data-name">{l}</div>
                <div className="tcl-data-value">{v}</div>
                {t && <div className="tcl-data-trend">较上场 <span className={'tcl-' + dir}>{t}</span></div>}
              </div>
            ))}
          </div>
        </div>
        <div className="tcl-cols">
          <div className="tcl-goods">
            <div className="tcl-goods-bar">
              <span>直播商品（48）</span>
              <span>已讲解 12</span>
              <Input size="small" style={{ width: 180 }} placeholder="商品标题/ID" />
              <TbdSelect value="按上架顺序" options={['按上架顺序', '按成交金额', '按点击次数']} />
              <Button size="small" type="primary">上架</Button>
            </div>
            <div id="tcl-unique-virtual-list">
              <Virtuoso id="livePushed-tcl-unique-scroll-list" style={{ height: 640 }} totalCount={GOODS.length} fixedItemHeight={64} itemContent={(i) => <Row g={GOODS[i]} />} />
            </div>
          </div>
          <div className="tc-comment-panel">
            <div className="tc-comment-title">评论（1,206）</div>
            {COMMENTS.map(([u, c], i) => <div key={i} className="tc-comment-item"><span className="tc-comment-nick">{u}</span><span className="tc-comment-content">{c}</span></div>)}
          </div>
        </div>
      </TaobaoShell>
      <div className="J_MIDDLEWARE_FRAME_WIDGET" aria-hidden="true">
        <div className="baxia-dialog">
          <div className="baxia-dialog-title">安全验证</div>
          <div id="nc_1_wrapper"><span className="nc-lang-cnt">请按住滑块，拖动到最右边</span><span className="nc_iconfont">1/2</span></div>
        </div>
      </div>
    </ConfigProvider>
  );
}

const el = document.createElement('div');
el.id = 'ice-container';
document.body.appendChild(el);
createRoot(el).render(<App />);
setTimeout(() => { window.__rendered = true; }, 1200);
