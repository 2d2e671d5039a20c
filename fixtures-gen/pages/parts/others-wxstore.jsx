/**
 * 微信小店 store.weixin.qq.com/shop/home (2026 shape): the WHOLE app inside `<micro-app shadowdom>`'s
 * open shadow root (REAL-DOM.md §7, idx:71008753601, idx:69281761151), rendered with TDesign
 * (Tencent) components. Like micro-app does, the shadow root holds `<micro-app-head>` (the app's
 * styles, TDesign's CSS moved in from the document head with `:root` → `:host`) and
 * `<micro-app-body>`; the top document keeps only the host element.
 *
 * Card text follows REAL-DOM §7 (idx:70873854150, idx:70947308774): 今天 `成交金额 ￥0 昨日￥29.7`,
 * 近7天 `成交金额 ￥108.9 较上周期450.00%`; value and comparison in one card. Cards use the
 * full-width ￥ (U+FFE5); the 资金 block uses the half-width ¥ (U+00A5).
 */
import { createRoot } from 'react-dom/client';
import Menu from 'tdesign-react/es/menu';
import Card from 'tdesign-react/es/card';
import Radio from 'tdesign-react/es/radio';
import Tag from 'tdesign-react/es/tag';
import Button from 'tdesign-react/es/button';
import Progress from 'tdesign-react/es/progress';
import Divider from 'tdesign-react/es/divider';
import Badge from 'tdesign-react/es/badge';
import './others-hash.jsx'; // seeded Math.random
import 'tdesign-react/es/style/index.css';

const APP_CSS = `
#app{display:flex;flex-direction:column;min-height:100vh;background:#f2f3f5;font-family:PingFang SC,Microsoft YaHei,sans-serif}
.header__bar_3xQ9w{height:56px;display:flex;align-items:center;gap:16px;padding:0 24px;background:#fff;border-bottom:1px solid #e7e7e7}
.header__logo_2Lm8k{font-weight:600;font-size:17px;color:#07c160}
.header__account_5Tg1p{margin-left:auto;display:flex;gap:12px;align-items:center;font-size:13px}
.layout__body_7Hs2d{display:flex;flex:1}
.layout__main_9Kd1s{flex:1;padding:16px 24px;display:flex;flex-direction:column;gap:16px;min-width:0}
.todo__row_4Lp0z{display:flex;gap:48px}
.todo__num_3De4f{font-size:22px;font-weight:600}
.todo__name_1Ab2c{font-size:12px;color:#777}
.core__head_7Kl8m{display:flex;align-items:center;gap:16px;margin-bottom:16px}
.core__title_9No0p{font-size:16px;font-weight:600}
.core__update_1Qr2s{font-size:12px;color:#999;margin-left:auto}
.core__cards_3Tu4v{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}
.core__card_2Kq9s{border:1px solid #eee;border-radius:6px;padding:12px 14px}
.core__card-title_5Wx6y{font-size:12px;color:#666}
.core__card-value_7Za8b{font-size:24px;font-weight:600;margin:6px 0;font-family:WeChat Sans Std,DIN,sans-serif}
.core__card-compare_9Cd0e{font-size:12px;color:#999}
.trend__up_1Mn2b{color:#fa5151}.trend__down_3Op4q{color:#07c160}
.exp__panel_1Fg2h{display:flex;gap:32px;align-items:center}
.exp__subs_1Uv2w{display:flex;gap:28px}
.exp__sub-value_7De8f{font-size:20px;font-weight:600;display:block}
.exp__sub-name_5Ab6c{font-size:12px;color:#777}
.exp__inds_9Gh0i{display:flex;gap:28px;font-size:12px;color:#777}
.exp__ind-value_5Pq6r{font-size:14px;color:#333;display:block}
.fund__row_2Ws8e{display:flex;gap:48px}
.fund__value_4Ed6r{font-size:18px;font-weight:600}
`;

const CARDS = {
  today: [
    ['成交金额', '￥0', '昨日', '￥29.7'],
    ['成交订单数', '0', '昨日', '2'],
    ['成交人数', '0', '昨日', '2'],
    ['商品访客数', '3', '昨日', '17'],
    ['成交转化率', '0.00%', '昨日', '11.76%'],
    ['成交退款金额', '￥0', '昨日', '￥0'],
  ],
  '7d': [
    ['成交金额', '￥108.9', '较上周期', '450.00%', 'up'],
    ['成交订单数', '6', '较上周期', '200.00%', 'up'],
    ['成交人数', '5', '较上周期', '150.00%', 'up'],
    ['商品访客数', '64', '较上周期', '12.33%', 'down'],
    ['成交转化率', '7.81%', '较上周期', '185.16%', 'up'],
    ['成交退款金额', '￥0', '较上周期', '--'],
  ],
};

const Arrow = ({ dir }) => (
  <svg width="8" height="8" viewBox="0 0 8 8" aria-hidden="true"><path d={dir === 'up' ? 'M4 0l4 6H0z' : 'M4 8L0 2h8z'} fill="currentColor" /></svg>
);

function CoreCard([label, value, basis, cmp, dir]) {
  return (
    <div className="core__card_2Kq9s" key={label}>
      <div className="core__card-title_5Wx6y">{label}</div>
      <div className="core__card-value_7Za8b">{value}</div>
      <div className="core__card-compare_9Cd0e">
        {basis}
        {dir ? <span className={dir === 'up' ? 'trend__up_1Mn2b' : 'trend__down_3Op4q'}><Arrow dir={dir} />{cmp}</span> : <span>{cmp}</span>}
      </div>
    </div>
  );
}

function App({ view }) {
  const period = view === 'today' ? 'today' : '7d';
  return (
    <div id="app">
      <div className="header__bar_3xQ9w">
        <span className="header__logo_2Lm8k">微信小店</span>
        <span>商家后台</span>
        <div className="header__account_5Tg1p">
          <Badge count={3} size="small"><span>通知</span></Badge>
          <span>青禾手作小铺</span>
          <Button size="small" variant="text">切换店铺</Button>
        </div>
      </div>
      <div className="layout__body_7Hs2d">
        <Menu value="home" width="208px" defaultExpanded={['data']}>
          <Menu.MenuItem value="home">首页</Menu.MenuItem>
          <Menu.MenuItem value="goods">商品</Menu.MenuItem>
          <Menu.MenuItem value="order">订单</Menu.MenuItem>
          <Menu.MenuItem value="logistics">物流</Menu.MenuItem>
          <Menu.MenuItem value="service">服务</Menu.MenuItem>
          <Menu.SubMenu value="data" title="数据">
            <Menu.MenuItem value="data-overview">经营概况</Menu.MenuItem>
            <Menu.MenuItem value="data-goods">商品分析</Menu.MenuItem>
          </Menu.SubMenu>
          <Menu.MenuItem value="fund">资金</Menu.MenuItem>
        </Menu>
        <div className="layout__main_9Kd1s">
          <Card title="待办事项" bordered={false}>
            <div className="todo__row_4Lp0z">
              {[['待发货', 1], ['待处理售后', 0], ['待回复咨询', 2], ['违规待处理', 0]].map(([l, n]) => (
                <div key={l}><div className="todo__num_3De4f">{n}</div><div className="todo__name_1Ab2c">{l}</div></div>
              ))}
            </div>
          </Card>

          <Card bordered={false}>
            <div className="core__head_7Kl8m">
              <span className="core__title_9No0p">经营数据</span>
              <Radio.Group variant="default-filled" size="small" value={period}>
                <Radio.Button value="today">今天</Radio.Button>
                <Radio.Button value="yesterday">昨天</Radio.Button>
                <Radio.Button value="7d">近7天</Radio.Button>
                <Radio.Button value="30d">近30天</Radio.Button>
              </Radio.Group>
              <span className="core__update_1Qr2s">{view === 'today' ? '数据更新于 2026-05-18 14:05' : '统计时间 2026-05-11 至 2026-05-17'}</span>
            </div>
            <div className="core__cards_3Tu4v">{CARDS[period].map(CoreCard)}</div>
          </Card>

          <Card title="我的体验分" bordered={false} actions={<Button size="small" variant="text" theme="primary">查看详情</Button>}>
            <div className="exp__panel_1Fg2h">
              <Progress theme="circle" size="small" percentage={86} label={<span className="exp__total_3Rs4t">86</span>} />
              <Tag theme="success" variant="light">良好</Tag>
              <div className="exp__subs_1Uv2w">
                {[['商品', '88'], ['物流', '83'], ['服务', '87']].map(([n, v]) => (
                  <div key={n} className="exp__sub_3Xy4z"><span className="exp__sub-value_7De8f">{v}</span><span className="exp__sub-name_5Ab6c">{n}</span></div>
                ))}
              </div>
              <Divider layout="vertical" />
              <div className="exp__inds_9Gh0i">
                {[['品质退货率', '0.12%'], ['差评率', '--'], ['纠纷发起率', '0.05%']].map(([n, v]) => (
                  <div key={n}><span className="exp__ind-value_5Pq6r">{v}</span>{n}</div>
                ))}
              </div>
              <span className="core__update_1Qr2s">更新时间 2026-05-18 06:00</span>
            </div>
          </Card>

          <Card title="资金" bordered={false}>
            <div className="fund__row_2Ws8e">
              <div><div className="todo__name_1Ab2c">可提现金额</div><div className="fund__value_4Ed6r">¥1,024.50</div></div>
              <div><div className="todo__name_1Ab2c">待结算金额</div><div className="fund__value_4Ed6r">¥86.30</div></div>
              <Button size="small" theme="primary">提现</Button>
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}

/** micro-app: host in the document, the app in its open shadow root */
export function mountWxstore(view) {
  if (!customElements.get('micro-app')) customElements.define('micro-app', class extends HTMLElement {});
  const outer = document.createElement('div');
  outer.id = 'root';
  const host = document.createElement('micro-app');
  host.setAttribute('name', 'shop-home');
  host.setAttribute('url', 'https://store.weixin.qq.com/shop/home');
  host.setAttribute('shadowdom', '');
  outer.appendChild(host);
  document.body.appendChild(outer);
  const shadow = host.attachShadow({ mode: 'open' });
  const head = document.createElement('micro-app-head');
  const body = document.createElement('micro-app-body');
  shadow.append(head, body);
  // the bundle's CSS (TDesign) sits in the document head: move it into the shadow root
  const lib = document.head.querySelector('style');
  const style = document.createElement('style');
  style.textContent = (lib ? lib.textContent : '')
    .replace(/:root\[theme-mode=(['"]?)(\w+)\1\]/g, ":host([theme-mode='$2'])")
    .replace(/:root/g, ':host') + APP_CSS;
  if (lib) lib.remove();
  head.appendChild(style);
  const mount = document.createElement('div');
  body.appendChild(mount);
  createRoot(mount).render(<App view={view} />);
  setTimeout(() => { window.__rendered = true; }, 600);
}
