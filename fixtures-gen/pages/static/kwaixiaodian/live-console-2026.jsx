// url: https://zs.kwaixiaodian.com/page/helper
/**
 * 快手 直播中控 (zs.kwaixiaodian.com/page/helper), live, on its first visit.
 * Evidence (REAL-DOM.md §5, DASHBOARDS.md §5; repo:qiutongxue/oba-live-tool f5baa7b
 * electron/main/platforms/kuaishou/constant.ts, element-finder.ts; idx:17510711742):
 *  - goods list: react-virtuoso, scroller `[class^=list-container] [data-virtuoso-scroller]`, rows
 *    `[class^=list-item]` inside Virtuoso's `div[data-index]`; each row's first `input` holds its
 *    序号; the action buttons `[class^=cardBtn] > button:last-child` read 开始讲解 / 结束讲解, the
 *    button `ant-btn btn--JXmnr do-not-drag-me loading-color-fix--TUm9i` [V];
 *  - a pinned 正在讲解 copy of the item being explained: a `[class^=list-item]` whose element id
 *    ends in `-recording` (`inner_c1goods-xxxxxxxxxx-recording`) and that has no 序号 [V]; that
 *    it sits above the scroller inside the list container is [I];
 *  - a driver.js (0.9) tour on the first visit: `#driver-page-overlay`, `#driver-popover-item`
 *    with `div.driver-clearfix.driver-popover-footer > button` [V] (hand-written here: driver.js is
 *    not a dependency of this folder; its 0.9 markup is the library's own ids and classes);
 *  - antd (`ant-btn`, `ant-input-borderless`, `.ant-popover-content`), `name--hash5` classes
 *    (`text-input--pn04f`, `btn--JXmnr`, `reply-all--i7FFC`) and CSS-modules
 *    `.index__actionItem___2Z8YV` [V]; `[class^=nickname] [class^=name]`, `div[class^=live-panel]`,
 *    `[class^=video-container]`, `div[class^=reply-content]` [V].
 * Not known from public code (all [I]): the numbers a goods row shows and their labels. This page
 * shows 库存 / 已售 / 成交金额 / 商品点击 per row and an unlabelled ¥ price, as the other goods
 * panels do; and no page-level number.
 */
import { createRoot } from 'react-dom/client';
import { Virtuoso } from 'react-virtuoso';
import { Button, Tag, ConfigProvider, Input, Popover } from 'antd';
import { moduleClass, useSheet } from '../../parts/others-hash.jsx';

const C = (n) => moduleClass(n, '--', 5);

useSheet(`
body{margin:0;font-family:PingFang SC,Microsoft YaHei,sans-serif;background:#f2f3f5;color:#222}
.${C('header')}{height:52px;display:flex;align-items:center;gap:16px;padding:0 20px;background:#fff;border-bottom:1px solid #eee}
.${C('logo')}{font-weight:600;font-size:16px;color:#fe3666}
.${C('nickname')}{margin-left:auto;display:flex;gap:8px;align-items:center;font-size:13px}
.${C('main')}{display:flex;gap:12px;padding:12px}
.${C('goods-panel')}{flex:1;min-width:0;background:#fff;border-radius:8px;padding:12px 16px}
.${C('goods-head')}{display:flex;gap:12px;align-items:center;font-size:14px;font-weight:600;margin-bottom:8px}
.index__actionItem___2Z8YV{font-size:12px;font-weight:400;color:#326bfb;cursor:pointer}
.${C('list-container')}{border-top:1px solid #f0f0f0}
.${C('list-item')}{display:flex;gap:10px;align-items:center;height:88px;box-sizing:border-box;border-bottom:1px solid #f5f5f5;font-size:12px}
.${C('list-item')}.${C('recording')}{background:#fff5f7;border:1px solid #fe3666;border-radius:6px;padding:0 8px}
.${C('index-box')} input{width:40px;text-align:center}
.${C('cover')}{width:64px;height:64px;background:#f0f1f3;border-radius:4px;flex:none}
.${C('info')}{flex:1;min-width:0;display:flex;flex-direction:column;gap:3px}
.${C('title')}{font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C('goods-id')}{color:#999}
.${C('price')}{color:#fe3666;font-weight:600}
.${C('data')}{display:flex;gap:14px;color:#666}
.${C('data-label')}{color:#999;margin-right:4px}
.${C('cardBtn')}{display:flex;gap:6px}
.${C('side')}{width:320px;display:flex;flex-direction:column;gap:12px}
.${C('live-panel')}{background:#fff;border-radius:8px;padding:12px}
.${C('video-container')}{height:180px;background:#111;border-radius:6px;color:#fff;display:flex;align-items:center;justify-content:center}
.${C('btn')}{margin-top:8px;display:flex;gap:8px}
.reply-all--i7FFC{background:#fff;border-radius:8px;padding:12px;font-size:12px}
.${C('comment')}{padding:4px 0;border-bottom:1px dashed #f0f0f0}
.${C('comment-nick')}{color:#999;margin-right:6px}
#driver-page-overlay{position:fixed;inset:0;background:#000;opacity:.75;z-index:100002}
#driver-highlighted-element-stage{position:absolute;background:#fff;border-radius:2px;z-index:100003}
#driver-popover-item{position:absolute;display:block;background:#fff;border-radius:5px;padding:15px;max-width:300px;min-width:250px;z-index:1000000000;font-size:13px}
.driver-popover-title{font-weight:700;margin-bottom:5px}
.driver-popover-footer{margin-top:15px}
`);

// 30 goods in the live room, 序号 1…30 (top first); only the ~10 Virtuoso draws exist in the DOM.
const NAMES = ['加绒卫衣 男女同款 2026新款', '直筒牛仔裤 高腰 显瘦', '羽绒马甲 90白鸭绒', '纯棉短袜 5双装', '针织开衫 V领 3色可选', '摇粒绒外套 XL-4XL', '保暖内衣套装 德绒', '工装裤 束脚 5口袋', '羊毛围巾 180cm', '毛线帽 护耳 2顶装'];
const GOODS = Array.from({ length: 30 }, (_, i) => {
  const n = i + 1;
  const price = [89.9, 129, 199, 19.9, 79, 109, 69.9, 99, 59, 29.9][i % 10];
  const clicks = Math.max(0, 1260 - i * 31 - (i % 4) * 17);
  const units = Math.floor(clicks / (24 + (i % 5)));
  return {
    n, id: String(24586100000000 + n * 7919),
    title: NAMES[i % 10] + (i >= 10 ? ` ${Math.floor(i / 10) + 1}号链接` : ''),
    price: '¥' + price.toFixed(2), stock: (2000 - i * 47 - units).toLocaleString('en-US'), units: String(units),
    gmv: '¥' + (units * price).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    clicks: clicks.toLocaleString('en-US'),
    explaining: n === 3,
  };
});
window.__goods = GOODS;
// The pinned card of the item being explained refreshes on its own timer [I]: its 商品点击 is a
// newer reading than the listed row's (the two copies disagree on that one number).
const PINNED_CLICKS = '1,214';

function Row({ g, pinned = false }) {
  const clicks = pinned ? PINNED_CLICKS : g.clicks;
  return (
    <div className={C('list-item') + (pinned ? ' ' + C('recording') : '')} id={`inner_c1goods-${g.id}${pinned ? '-recording' : ''}`}>
      {!pinned && <div className={C('index-box')}><Input size="small" defaultValue={String(g.n)} /></div>}
      <div className={C('cover')} />
      <div className={C('info')}>
        <div className={C('title')}>{g.title}</div>
        <div className={C('goods-id')}>ID: {g.id}</div>
        <div className={C('price')}>{g.price}</div>
        <div className={C('data')}>
          <span><span className={C('data-label')}>库存</span><span>{g.stock}</span></span>
          <span><span className={C('data-label')}>已售</span><span>{g.units}</span></span>
          <span><span className={C('data-label')}>成交金额</span><span>{g.gmv}</span></span>
          <span><span className={C('data-label')}>商品点击</span><span>{clicks}</span></span>
        </div>
      </div>
      {pinned && <Tag color="#fe3666">正在讲解</Tag>}
      <div className={C('cardBtn')}>
        <Button size="small">置顶</Button>
        <Button size="small" className="btn--JXmnr do-not-drag-me loading-color-fix--TUm9i" type={g.explaining ? 'primary' : 'default'}>{g.explaining ? '结束讲解' : '开始讲解'}</Button>
      </div>
    </div>
  );
}

const COMMENTS = [
  ['鹿***', '3号链接有S码吗'],
  ['小***7', '拍了2件，什么时候发货'],
  ['a***9', '卫衣能便宜10块吗'],
  ['王***', '主播身高170穿什么码'],
];

function App() {
  const explained = GOODS.find((g) => g.explaining);
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#fe3666' } }}>
      <div className={C('header')}>
        <span className={C('logo')}>快手小店 · 直播中控</span>
        <div className={C('nickname')}><span className={C('avatar')}>鹿</span><span className={C('name')}>小鹿服饰旗舰店</span></div>
      </div>
      <div className={C('main')}>
        <div className={C('goods-panel')}>
          <div className={C('goods-head')}>
            <span>商品(30)</span>
            <span className="index__actionItem___2Z8YV">添加商品</span>
            <span className="index__actionItem___2Z8YV">批量下架</span>
            <Popover open placement="bottom" content="讲解中的商品置顶展示，数据每30秒刷新一次">
              <span className="index__actionItem___2Z8YV">讲解说明</span>
            </Popover>
          </div>
          <div className={C('list-container')}>
            <Row g={explained} pinned />
            <Virtuoso style={{ height: 880 }} totalCount={GOODS.length} fixedItemHeight={88} itemContent={(i) => <Row g={GOODS[i]} />} />
          </div>
        </div>
        <div className={C('side')}>
          <div className={C('live-panel')}>
            <div className={C('video-container')}>直播画面</div>
            <div className={C('btn')}><div>关闭画面</div><div>直播中</div></div>
          </div>
          <div className="reply-all--i7FFC">
            <div>评论</div>
            {COMMENTS.map(([u, c], i) => <div key={i} className={C('comment')}><span className={C('comment-nick')}>{u}</span><span>{c}</span></div>)}
            <div className={C('reply-content')}>
              <div className="text-input--pn04f">
                <Input variant="borderless" placeholder="回复观众，最多50字" />
                <Button type="primary" size="small">发送</Button>
              </div>
              <label><input type="checkbox" /> 置顶</label>
            </div>
          </div>
        </div>
      </div>
      <div id="driver-page-overlay" />
      <div id="driver-highlighted-element-stage" style={{ top: 60, left: 12, width: 900, height: 40 }} />
      <div id="driver-popover-item" style={{ top: 110, left: 40 }}>
        <div className="driver-popover-tip bottom" />
        <div className="driver-popover-title">商品讲解升级啦</div>
        <div className="driver-popover-description">点击「开始讲解」后商品会置顶展示，同一时间仅1个商品可讲解</div>
        <div className="driver-clearfix driver-popover-footer">
          <button className="driver-close-btn">知道了</button>
          <span className="driver-btn-group driver-navigation-btns">
            <button className="driver-prev-btn driver-disabled">上一步</button>
            <button className="driver-next-btn">下一步</button>
          </span>
        </div>
      </div>
    </ConfigProvider>
  );
}

const el = document.createElement('div');
el.id = 'main_root';
document.body.appendChild(el);
createRoot(el).render(<App />);
setTimeout(() => { window.__rendered = true; }, 1200);
