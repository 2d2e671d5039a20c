// url: https://compass.jinritemai.com/shop?date_type=21
/**
 * 罗盘 SPA navigation, living: /shop overview (近7天) → a menu click → history.pushState to
 * /shop/live-detail?live_room_id=… without a page load. REAL-DOM §1 (shell: "SPA shell …; all data
 * arrives by XHR", idx:65786300783; live-detail card idx:17982936767; overview card
 * idx:69034954003).
 *
 *   0     /shop: ecom-spin over the overview cards (value-main `—`)
 *   1000  overview values
 *   click a#go-live-detail: pushState at once, the overview content is removed in the same
 *         render, an ecom-skeleton shows
 *   +1000 the live-detail cards render
 *   back (popstate): the overview again, 1000 of spin first
 * Delays are divided by ?speed.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import ConfigProvider from 'antd/es/config-provider';
import Spin from 'antd/es/spin';
import Skeleton from 'antd/es/skeleton';
import Tabs from 'antd/es/tabs';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import { OVERVIEW, DETAIL, DETAIL_PATH } from '../parts/live-compass-spa-data.mjs';

const LOAD_MS = 1000;
const NAV_MS = 1000;

const css = `
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#252931}
.layout-Gk2Xs8{display:flex;min-height:100vh}
.sider-Qm7Lw3{width:180px;background:#fff;border-right:1px solid #e8e8e8;padding:12px 0}
.sider-Qm7Lw3 a{display:block;padding:8px 20px;color:#252931;text-decoration:none}
.sider-Qm7Lw3 a.menuActive-Tn4Rb2{color:#326bfb;background:#eef3ff}
.main-Vb8Kd1{flex:1;padding:16px 24px}
.aurora-data-card{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.aurora-data-card-card-item{background:#fff;border-radius:6px;padding:12px 14px}
.aurora-data-card-row-content{display:flex;justify-content:space-between}
.aurora-data-card-value-main{font-size:24px;font-weight:600}
.aurora-data-card-main-right{font-size:12px;color:#898b8f;align-self:flex-end}
.cardGroup-XMhwXm{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.card-DT0mYq{background:#fff;border-radius:6px;padding:14px}
.value-kudyrI{display:flex;align-items:baseline;gap:2px;font-size:24px;font-weight:600;margin:6px 0}
.attach-Bj7xNd{font-size:14px}
.bottomText-Wc3Nq8{font-size:12px;color:#898b8f}
`;

const routeOf = () => (location.pathname.startsWith('/shop/live-detail') ? 'detail' : 'overview');

function Overview({ loading }) {
  return (
    <section className="overview-Hk2LmQ">
      <div className="section-header-Ty7Wd1">经营概况</div>
      <ConfigProvider prefixCls="aurora">
        <Tabs activeKey="21" items={[{ key: '1', label: <span>实时</span> }, { key: '22', label: <span>近1天</span> }, { key: '21', label: <span>近7天</span> }]} />
      </ConfigProvider>
      <Spin spinning={loading}>
        <div className="aurora-data-card">
          {OVERVIEW.map((c) => (
            <div key={c.uuid} className="aurora-data-card-card-item">
              <div className="aurora-data-card-row-content">
                <div className="aurora-data-card-main-left">
                  <div className="aurora-data-card-title"><span data-index-uuid={c.uuid} data-index-name=""><div style={{ display: 'inline-block' }}>{c.label}</div></span></div>
                  <div className="aurora-data-card-value-core">
                    {!loading && c.money ? <span className="aurora-data-card-value-unit">¥</span> : null}
                    <div className="aurora-data-card-value-main">{loading ? '—' : c.text}</div>
                  </div>
                </div>
                <div className="aurora-data-card-main-right"><div>{c.y}</div></div>
              </div>
            </div>
          ))}
        </div>
      </Spin>
    </section>
  );
}

function LiveDetail({ loading }) {
  if (loading) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <section className="liveDetail-Pw9Ea2">
      <div className="liveTitle-Rk3Vd7">夏日清凉好物专场（第二场） · 2026/05/18 20:00 ~ 23:10</div>
      <div className="cardGroup-XMhwXm">
        {DETAIL.map((c, i) => (
          <div key={c.label} className="card-DT0mYq">
            <div data-btm={`d7781_${4120 + i}`}>
              <div className="title-PibzGF cardTitle-K4xIR9">
                {c.label}
                <span data-index-uuid="" data-index-name={c.label} className="questionIconTooltip-Lm2Qx5"><svg width="12" height="12"><use href="#icon-yiwen" /></svg></span>
              </div>
              <div className="value-kudyrI valueText-hKLgqL">
                <span><span elementtiming="pccp_element">{c.prefix ?? ''}</span><span>{c.num}</span></span>
                {c.attach ? <div className="attach-Bj7xNd">{c.attach}</div> : null}
              </div>
              <div className="bottomText-Wc3Nq8"><div className="changeRatioWrap-Xs4Df1"><span>较上一周期</span><i className="cp-change-ratio-trend" /><span className="value-P9UU1b cp-change-ratio-value">{c.ratio}</span></div></div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

function App() {
  const [route, setRoute] = useState(routeOf());
  const [loading, setLoading] = useState(true);

  const load = () => {
    setLoading(true);
    const at = location.pathname + location.search;
    after(route === 'detail' ? NAV_MS : LOAD_MS, () => {
      if (location.pathname + location.search === at) setLoading(false);
    });
  };
  useEffect(() => {
    const onPop = () => {
      setRoute(routeOf());
      setLoading(true);
      const at = location.pathname + location.search;
      after(routeOf() === 'detail' ? NAV_MS : LOAD_MS, () => location.pathname + location.search === at && setLoading(false));
    };
    addEventListener('popstate', onPop);
    fixture({ timings: { LOAD_MS, NAV_MS } });
    load();
    return () => removeEventListener('popstate', onPop);
  }, []);
  useLayoutEffect(() => {
    document.title = route === 'detail' ? '直播详情-抖音电商罗盘' : '核心数据-抖音电商罗盘';
    fixture({ phase: `${route}${loading ? '-loading' : ''}`, route: location.pathname + location.search });
  }, [route, loading]);

  const go = (e) => {
    e.preventDefault();
    if (routeOf() === 'detail') return;
    history.pushState({ route: 'detail' }, '', DETAIL_PATH + location.hash);
    setRoute('detail');
    setLoading(true);
    const at = location.pathname + location.search;
    after(NAV_MS, () => location.pathname + location.search === at && setLoading(false));
  };

  return (
    <div className="layout-Gk2Xs8">
      <style>{css}</style>
      <nav className="sider-Qm7Lw3">
        <a href="/shop" className={route === 'overview' ? 'menuActive-Tn4Rb2' : ''} onClick={(e) => e.preventDefault()}>核心数据</a>
        <a id="go-live-detail" href={DETAIL_PATH} className={route === 'detail' ? 'menuActive-Tn4Rb2' : ''} onClick={go}>直播详情</a>
      </nav>
      <main className="main-Vb8Kd1">
        <header className="userName-Kd8Wq1">星河优选旗舰店</header>
        {route === 'overview' ? <Overview loading={loading} /> : <LiveDetail loading={loading} />}
      </main>
    </div>
  );
}

mount(
  <ConfigProvider prefixCls="ecom" theme={{ hashed: false }}>
    <App />
  </ConfigProvider>,
);
