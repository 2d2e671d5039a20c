// url: https://s.kwaixiaodian.com/zone/home
/**
 * 快手小店 home, living: period tabs whose selection shows only by computed colour, values that
 * refresh in place seconds after the click with no spinner. REAL-DOM §5 "Period tabs"
 * (idx:70947308774, idx:71008753601, idx:70873854150); trap 9.
 *
 *   load   昨日 selected (the default), its values (mostly 0) shown at once
 *   click  the clicked tab takes the selected colours at once; nothing else changes
 *   +d     成交金额/成交订单数/成交人数 change in place (d = 3600, 4400, 3000, 5000, 4000 ms for
 *          the 1st…5th effective click, then again from the start)
 *   +d+400 商品访客数/客单价/退款金额 change in place
 * Clicking the selected tab does nothing. A click during a refresh wins: the older refresh is
 * dropped. Every card shows 「较上周期 -」 in every state. Delays are divided by ?speed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import { PERIODS, CARDS, DATA, REFRESH_MS, GROUP2_LAG_MS, SELECTED, UNSELECTED } from '../parts/live-kwai-period-data.mjs';

// hash-only class names, as 快手小店 ships them (REAL-DOM §5 Libraries, idx:17591635631)
const C = {
  page: 'Wq7nRb2KxYt4LmP0sVdc',
  head: 'crd_f4GtCj5DDlHD_Skc',
  title: 'Hn3vTz8QpLw1XkR6yBmE',
  tabs: 'Pq3xTabs7sLmW0vKd2Rn',
  tab: 'JYmB5tXIR_uNCGUkMjen',
  tabOn: 'qT7hVn2sLk0pXe4RuA9d', // extra hash on the selected tab: only its colours differ
  grid: 'Zr4sMb8NcVx2Qw6TyLpK',
  name: 'Fd2gHj5KlZx8Cv1BnMq3',
  val: 'Ty6uIo9PaSd3FgHj1KlQ',
  cmp: 'Xc4vBn7MqWe2RtYu5IoP',
};

const css = `
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f6f9;color:rgb(44,46,48)}
.${C.page}{padding:16px 24px}
.${C.head}{display:flex;align-items:center;justify-content:space-between;background:#fff;padding:12px 16px;border-radius:8px 8px 0 0}
.${C.title}{font-size:16px;font-weight:600}
.${C.tabs}{display:flex;gap:8px}
.${C.tab}{padding:4px 12px;border-radius:4px;cursor:pointer;font-size:13px;color:${UNSELECTED.color};background:${UNSELECTED.background}}
.${C.tab}.${C.tabOn}{color:${SELECTED.color};background:${SELECTED.background}}
.${C.grid}{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;background:#fff;padding:12px 16px 16px;border-radius:0 0 8px 8px}
.kpro-data{border:1px solid #eef0f3;border-radius:6px;padding:12px}
.${C.name}{font-size:13px;color:#6b6e73}
.${C.val}{font-size:24px;font-weight:600;margin:6px 0}
.${C.cmp}{font-size:12px;color:#8d9095;display:flex;gap:4px}
`;

function App() {
  const [selected, setSelected] = useState('yesterday');
  const [shown, setShown] = useState({ 1: 'yesterday', 2: 'yesterday' }); // per refresh group
  const clicks = useRef(0);
  const gen = useRef(0);
  const sel = useRef('yesterday');

  useLayoutEffect(() => {
    const label = (k) => PERIODS.find((p) => p.key === k).label;
    const settled = shown[1] === selected && shown[2] === selected;
    fixture({ phase: settled ? 'settled' : 'refreshing', period: label(selected), shown: { group1: label(shown[1]), group2: label(shown[2]) }, clicks: clicks.current });
  }, [selected, shown]);
  useEffect(() => fixture({ timings: { REFRESH_MS, GROUP2_LAG_MS } }), []);

  const onClick = (k) => {
    if (k === sel.current) return; // the page remembers the period: a second click does nothing
    sel.current = k;
    const d = REFRESH_MS[clicks.current % REFRESH_MS.length];
    clicks.current += 1;
    const g = ++gen.current;
    setSelected(k);
    after(d, () => g === gen.current && setShown((s) => ({ ...s, 1: k })));
    after(d + GROUP2_LAG_MS, () => g === gen.current && setShown((s) => ({ ...s, 2: k })));
  };

  return (
    <div className={C.page}>
      <style>{css}</style>
      <div className="Lk8jHg3FdS1aQw5ErTyU">
        <span className="Mn2bVc7XzL4kJh9GfDsA">店铺名称：朵朵家居小店</span>
      </div>
      <div className={C.head}>
        <div className={C.title}>经营数据</div>
        <div className={C.tabs}>
          {PERIODS.map((p) => (
            <div key={p.key} className={p.key === selected ? `${C.tab} ${C.tabOn}` : C.tab} onClick={() => onClick(p.key)}>
              {p.parts.map((t, i) => <span key={i}>{t}</span>)}
            </div>
          ))}
        </div>
      </div>
      <div className={`kpro-data-list ${C.grid}`}>
        {CARDS.map((c) => (
          <div key={c.id} className="kpro-data">
            <div className={C.name}>{c.label}</div>
            <div className={C.val}>{DATA[shown[c.group]][c.id]}</div>
            <div className={C.cmp}><span>较上周期</span><span>-</span></div>
          </div>
        ))}
      </div>
    </div>
  );
}

mount(<App />);
