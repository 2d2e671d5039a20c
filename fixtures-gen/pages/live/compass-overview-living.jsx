// url: https://compass.jinritemai.com/shop?date_type=22
/**
 * 罗盘 2026 /shop 经营概况, living. REAL-DOM §1 "Overview card, 2026" (idx:69034954003,
 * idx:69072378842), "Loading", "Period / URL"; traps 5 and 9.
 *
 * Timeline (real ms, divided by ?speed):
 *   0     shell: tabs (近1天 active, from date_type=22), ecom-spin over the cards, value-main
 *         `—` / `--` / empty, while main-right already shows 昨日 N and 同行基准 N
 *   1500  data arrives: spin off, money and count values count up from 0 (react-countup, 2000)
 *   3500  settled
 *   click another period tab: the tab is active at once, the spin overlays the block while the
 *         OLD numbers stay, 3000 later the new numbers count up from the old ones (2000)
 *   15000 after load, and 15000 after every period click, the router rewrites date_type in the
 *         URL (replaceState) to a value that matches neither the selected tab nor the URL; nothing
 *         visible changes
 * 投放消耗 is `--` in every state (no data).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import ConfigProvider from 'antd/es/config-provider';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import Skeleton from 'antd/es/skeleton';
import { CountUp } from '../parts/live-countup.jsx';
import { after, fixture, fmt, mount, ms } from '../parts/live-timing.jsx';
import { PERIODS, CARDS, DATA, REWRITE, finalText } from '../parts/live-compass-overview-data.mjs';

const LOAD_MS = 1500;
const COUNT_MS = 2000;
const SWITCH_MS = 3000;
const REWRITE_MS = 15000;

const css = `
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#252931}
.compass-layout{min-height:100vh}
.header-Qm2sYz{display:flex;align-items:center;gap:24px;height:56px;padding:0 24px;background:#fff;border-bottom:1px solid #e8e8e8}
.logo-Rt5Kp1{font-weight:600}
.content-Vv9d2K{padding:16px 24px}
.overview-Hk2LmQ{background:#fff;border-radius:8px;padding:16px 20px}
.section-header-Ty7Wd1{display:flex;align-items:center;gap:16px;font-size:16px;font-weight:600}
.tabsBar-Pq4Rt8{display:flex;gap:24px;align-items:center}
.aurora-data-card{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin-top:8px}
.aurora-data-card-card-item{border:1px solid #eef0f3;border-radius:6px;padding:12px 14px}
.aurora-data-card-row-content{display:flex;justify-content:space-between}
.aurora-data-card-title-text{font-size:13px;color:#55585c}
.aurora-data-card-value-core{display:flex;align-items:baseline;gap:2px;min-height:32px}
.aurora-data-card-value-main{font-size:24px;font-weight:600;font-family:Barlow,Arial,sans-serif}
.aurora-data-card-value-unit{font-size:14px}
.aurora-data-card-main-right{font-size:12px;color:#898b8f;text-align:right;display:flex;flex-direction:column;justify-content:flex-end;gap:4px}
.trend-Ls9Kd3{margin-top:16px;background:#fff;border-radius:8px;padding:16px 20px}
`;

function Card({ card, cell, counting }) {
  // cell: { v, y, b } for this period; `counting` false while loading (placeholder)
  const missing = cell.v == null;
  let main;
  if (!counting || missing) {
    main = <div className="aurora-data-card-value-main" style={card.loadingHidden && !counting ? { display: 'none' } : undefined}>{missing && counting ? '--' : card.loading}</div>;
  } else if (card.count) {
    main = (
      <div className="aurora-data-card-value-main">
        <CountUp start={0} end={card.scale ? cell.v / card.scale : cell.v} decimals={card.decimals} separator="," suffix={card.suffix ?? ''} duration={ms(COUNT_MS) / 1000} preserveValue useEasing />
      </div>
    );
  } else {
    main = <div className="aurora-data-card-value-main">{card.show(cell.v)}</div>;
  }
  return (
    <div className="aurora-data-card-card-item">
      <div className="aurora-data-card-row-content">
        <div className="aurora-data-card-main-left">
          <div className="aurora-data-card-title">
            <div className="aurora-data-card-title-left">
              <div className="aurora-data-card-title-text aurora-data-card-title-text-tab">
                <span data-index-uuid={card.uuid} data-index-name="">
                  <div style={{ display: 'inline-block', position: 'relative', cursor: 'pointer' }}>{card.label}</div>
                </span>
              </div>
            </div>
          </div>
          <div className="aurora-data-card-data">
            <div className="aurora-data-card-data-left">
              <div className="aurora-data-card-data-content">
                <div className="aurora-data-card-value">
                  <div className="aurora-data-card-value-core">
                    {card.money && counting && !missing ? <span className="aurora-data-card-value-unit">¥</span> : null}
                    {main}
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div className="aurora-data-card-main-right">
          <div>{cell.yl} {cell.y}</div>
          <div>同行基准 {cell.b}</div>
        </div>
      </div>
    </div>
  );
}

function App() {
  const initial = PERIODS.find((p) => p.dateType === new URLSearchParams(location.search).get('date_type')) ?? PERIODS[1];
  const [tab, setTab] = useState(initial.key); // the selected tab (changes at once on click)
  const [shown, setShown] = useState(initial.key); // whose numbers are on screen
  const [loading, setLoading] = useState(true);
  const [counting, setCounting] = useState(false); // false only before the first data
  const gen = useRef(0);
  const tabRef = useRef(tab);

  const label = (k) => PERIODS.find((p) => p.key === k).label;
  // the phase a test reads, set once React has written the DOM (layout effect)
  useLayoutEffect(() => {
    const phase = loading ? (counting ? 'switching' : 'loading') : 'counting';
    fixture({ phase, period: label(tab), shown: counting ? label(shown) : null });
  }, [loading, counting, tab, shown]);

  // settled = every value on screen is the final text of the period shown (polled from the DOM)
  useEffect(() => {
    if (loading || !counting) return undefined;
    const want = CARDS.map((c) => finalText(c, DATA[shown][c.uuid].v));
    const id = setInterval(() => {
      const got = [...document.querySelectorAll('.aurora-data-card-card-item')].map((el) => el.querySelector('.aurora-data-card-value-core').textContent);
      if (got.join('|') === want.join('|')) {
        clearInterval(id);
        fixture({ phase: 'settled', shown: label(shown) });
      }
    }, 20);
    return () => clearInterval(id);
  }, [loading, counting, shown]);

  useEffect(() => {
    fixture({ urlRewritten: false, timings: { LOAD_MS, COUNT_MS, SWITCH_MS, REWRITE_MS } });
    after(LOAD_MS, () => {
      setLoading(false);
      setCounting(true);
    });
    armRewrite();
  }, []);

  // the real router's quirk: ~15 s after load (and here again 15 s after every period click) it
  // rewrites date_type/date_value so they no longer match the selected tab
  const rewriteTimer = useRef(0);
  const rewrites = useRef(0);
  function armRewrite() {
    clearTimeout(rewriteTimer.current);
    rewriteTimer.current = after(REWRITE_MS, () => {
      const u = new URL(location.href);
      const wrong = REWRITE(tabRef.current, u.searchParams.get('date_type'));
      u.searchParams.set('date_type', wrong.dateType);
      u.searchParams.set('date_value', wrong.dateValue);
      history.replaceState(history.state, '', u.pathname + u.search + u.hash);
      rewrites.current += 1;
      fixture({ urlRewritten: true, urlRewrites: rewrites.current, rewrittenTo: wrong.dateType, rewrittenWhile: label(tabRef.current) });
    });
  }

  const onTab = (k) => {
    if (k === tabRef.current) return;
    tabRef.current = k;
    armRewrite();
    setTab(k);
    setLoading(true);
    const g = ++gen.current;
    after(SWITCH_MS, () => {
      if (g !== gen.current) return; // a later click won
      setShown(k);
      setLoading(false);
    });
  };

  return (
    <div className="compass-layout">
      <style>{css}</style>
      <header className="ecom-layout-header header-Qm2sYz">
        <div className="logo-Rt5Kp1">抖音电商罗盘</div>
        <div className="userName-Kd8Wq1">星河优选旗舰店</div>
      </header>
      <main className="content-Vv9d2K">
        <section className="overview-Hk2LmQ">
          <div className="section-header-Ty7Wd1"><div>经营概况</div><div style={{ fontWeight: 400, fontSize: 13, color: '#326bfb' }}>AI帮我分析退款</div></div>
          <div className="tabsBar-Pq4Rt8">
            <ConfigProvider prefixCls="aurora">
              <Tabs activeKey={tab} onChange={onTab} items={PERIODS.map((p) => ({ key: p.key, label: <span>{p.label}</span> }))} />
              <Tabs activeKey="all" items={[{ key: 'all', label: <span>全店</span> }, { key: 'self', label: <span>自营</span> }, { key: 'coop', label: <span>合作</span> }]} />
            </ConfigProvider>
          </div>
          <Spin spinning={loading}>
            <div className="aurora-data-card">
              {CARDS.map((c) => (
                <Card key={c.uuid} card={c} cell={DATA[shown][c.uuid]} counting={counting} />
              ))}
            </div>
          </Spin>
        </section>
        <section className="trend-Ls9Kd3">
          <div className="section-header-Ty7Wd1"><div>核心指标趋势</div></div>
          {loading ? <Skeleton active paragraph={{ rows: 3 }} /> : <div className="chart-Ww3Rt6" style={{ height: 96 }}><canvas width="600" height="96" /></div>}
        </section>
      </main>
    </div>
  );
}

mount(
  <ConfigProvider prefixCls="ecom" theme={{ hashed: false }}>
    <App />
  </ConfigProvider>,
);
