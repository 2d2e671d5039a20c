// url: https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456
/**
 * 罗盘 live big screen /screen/live/shop, living. REAL-DOM §1 "Big screen /screen/live/shop"
 * (idx:40046038004, idx:20190977039, idx:21049649494); trap 2.
 *
 * Timeline (real ms, divided by ?speed):
 *   0     loading: the odometer shows 0, the indicators `-`
 *   800   step 0: the GMV odometer rolls 0 → steps[0] (2000), the indicators switch at once
 *   800 + 6000·i  step i (i = 1..4): the odometer rolls steps[i-1] → steps[i] (2000) and the
 *         indicators switch to steps[i] at the same moment
 *   26800 last roll over; the page stays at steps[4]
 * window.__fixture = { steps, step, phase: loading | rolling | settled } (step = the index being
 * rolled to or shown).
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Odometer from '../parts/live-odometer.jsx';
import { after, fixture, mount, ms } from '../parts/live-timing.jsx';
import { STEPS, money, count, duration } from '../parts/live-compass-screen-data.mjs';

const LOAD_MS = 800;
const STEP_MS = 6000;
const ROLL_MS = 2000;

const css = `
body{margin:0;background:#0b0f1e;color:#e6e8f0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
#root{min-height:100vh}
.container--A3kIS{padding:16px 32px;display:grid;grid-template-rows:auto auto;gap:16px}
.header--Zp4Ld{display:flex;justify-content:space-between;font-size:14px;color:#9aa0b4}
.gmv--Ws8Rk{text-align:center}
.name--95sRH{font-size:16px;color:#9aa0b4}
.hugeNumberContainer--x3Fk2{display:flex;justify-content:center;align-items:baseline;gap:6px;font-size:64px;font-weight:700;font-family:Barlow,Arial,sans-serif;color:#fff}
.hugeNumberContainer--x3Fk2 .unit--Lq0Ts{font-size:32px}
.indicators--hGVpR{display:grid;grid-template-columns:repeat(5,1fr);gap:8px}
.container--wSBB3{background:#141a2e;border-radius:6px;padding:12px}
.name--15gWK span{font-size:13px;color:#9aa0b4}
.value--Rt5Yp{font-size:24px;font-weight:600;margin-top:6px}
.zh-cn{font-size:.6em}
.hugeNumberContainer--x3Fk2 .odometer.odometer-animating-up .odometer-ribbon-inner,
.hugeNumberContainer--x3Fk2 .odometer.odometer-animating-down .odometer-ribbon-inner{transition-duration:${ms(ROLL_MS) / 1000}s}
`;

function Indicator({ name, children }) {
  return (
    <div className="container--wSBB3">
      <div className="name--15gWK"><span>{name}</span></div>
      <div className="value--Rt5Yp">{children}</div>
    </div>
  );
}

function App() {
  const odoEl = useRef(null);
  const odo = useRef(null);
  const [step, setStep] = useState(-1); // -1 = loading

  useEffect(() => {
    odo.current = new Odometer({ el: odoEl.current, value: 0, format: '(,ddd).dd', duration: ms(ROLL_MS), theme: 'default' });
    fixture({ steps: STEPS, step: -1, phase: 'loading', timings: { LOAD_MS, STEP_MS, ROLL_MS } });
    // odometer.js fires `odometerdone` on its element when a roll has been cleaned up
    odoEl.current.addEventListener('odometerdone', () => fixture({ phase: 'settled' }));
    STEPS.forEach((s, i) =>
      after(LOAD_MS + STEP_MS * i, () => {
        flushSync(() => setStep(i)); // the indicators change in the same task as the roll starts
        odo.current.update(s.gmv);
        fixture({ step: i, phase: 'rolling' });
      }),
    );
  }, []);

  const s = STEPS[step];
  const dash = '-';
  const [m, sec] = s ? duration(s.avgWatchSeconds) : [];
  return (
    <div className="container--A3kIS">
      <style>{css}</style>
      <div className="header--Zp4Ld">
        <span className="roomName--Pl2Vx">星河优选旗舰店 · 夏日清凉好物专场</span>
        <span className="status--Kc9Qa">直播中</span>
      </div>
      <div className="gmv--Ws8Rk">
        <div className="name--95sRH">直播间成交金额</div>
        <div className="hugeNumberContainer--x3Fk2">
          <span className="unit--Lq0Ts">¥</span>
          <div className="odometer" ref={odoEl} />
        </div>
      </div>
      <div className="indicators--hGVpR">
        <Indicator name="实时在线人数">{s ? count(s.currentOnline) : dash}</Indicator>
        <Indicator name="累计观看人数">{s ? count(s.viewers) : dash}</Indicator>
        <Indicator name="成交人数">{s ? count(s.buyers) : dash}</Indicator>
        <Indicator name="千次观看成交金额">{s ? '¥' + money(s.gpm) : dash}</Indicator>
        <Indicator name="人均观看时长">
          {s ? (
            <>
              {m}
              <span className="zh-cn">分钟</span>
              {sec}
              <span className="zh-cn">秒</span>
            </>
          ) : dash}
        </Indicator>
      </div>
    </div>
  );
}

mount(<App />);
