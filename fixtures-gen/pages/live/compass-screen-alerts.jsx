// url: https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123999
/**
 * 罗盘 live big screen /screen/live/shop whose numbers move so that live alerts must fire — and
 * must not. The same markup as compass-screen-odometer (REAL-DOM §1; a real odometer.js for the
 * GMV), with the timeline of ../parts/live-compass-alerts-data.mjs:
 *   0            loading: odometer 0, indicators `-`
 *   LOAD + 6 s·i step i: indicators switch, the GMV odometer rolls 2 s when GMV changed
 *   step 2       a reconnect: the indicators show 0 under an antd spin (ecom-spin-blur) for 6 s
 *   step 4       online viewers fall by half and stay (the viewers alert)
 *   step 6       the last sale: GMV flat from here while the room keeps moving (the GMV-flat alert)
 *   step 9 + 3 s online shows 240 for 1.5 s, once (one odd read: no alert)
 * window.__fixture = { step, phase: loading | reconnecting | rolling | settled | dip | done }.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Odometer from '../parts/live-odometer.jsx';
import { after, fixture, mount, ms } from '../parts/live-timing.jsx';
import {
  STEPS, LOAD_MS, STEP_MS, ROLL_MS, RECONNECT, RECONNECT_MS, DIP_STEP, DIP_VALUE, DIP_MS, END_MS, stepAt, money, count,
} from '../parts/live-compass-alerts-data.mjs';

const css = `
body{margin:0;background:#0b0f1e;color:#e6e8f0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
#root{min-height:100vh}
.container--A3kIS{padding:16px 32px;display:grid;grid-template-rows:auto auto;gap:16px}
.header--Zp4Ld{display:flex;justify-content:space-between;font-size:14px;color:#9aa0b4}
.gmv--Ws8Rk{text-align:center}
.name--95sRH{font-size:16px;color:#9aa0b4}
.hugeNumberContainer--x3Fk2{display:flex;justify-content:center;align-items:baseline;gap:6px;font-size:64px;font-weight:700;font-family:Barlow,Arial,sans-serif;color:#fff}
.hugeNumberContainer--x3Fk2 .unit--Lq0Ts{font-size:32px}
.indicators--hGVpR{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
.container--wSBB3{background:#141a2e;border-radius:6px;padding:12px}
.name--15gWK span{font-size:13px;color:#9aa0b4}
.value--Rt5Yp{font-size:24px;font-weight:600;margin-top:6px}
.ecom-spin-nested-loading{position:relative}
.ecom-spin-spinning{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;z-index:2}
.ecom-spin-blur{opacity:.5;filter:blur(.5px);pointer-events:none}
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
  const [reconnecting, setReconnecting] = useState(false);
  const [dip, setDip] = useState(false);

  useEffect(() => {
    odo.current = new Odometer({ el: odoEl.current, value: 0, format: '(,ddd).dd', duration: ms(ROLL_MS), theme: 'default' });
    fixture({ steps: STEPS, step: -1, phase: 'loading', timings: { LOAD_MS, STEP_MS, ROLL_MS, RECONNECT_MS, DIP_MS } });
    odoEl.current.addEventListener('odometerdone', () => fixture({ phase: 'settled' }));
    STEPS.forEach((s, i) =>
      after(stepAt(i), () => {
        if (i === RECONNECT) {
          flushSync(() => setReconnecting(true));
          fixture({ step: i, phase: 'reconnecting' });
          after(RECONNECT_MS, () => {
            flushSync(() => { setReconnecting(false); setStep(i); });
            odo.current.update(s.gmv);
            fixture({ step: i, phase: 'rolling' });
          });
          return;
        }
        const rolls = i === 0 || STEPS[i - 1].gmv !== s.gmv;
        flushSync(() => setStep(i)); // the indicators change in the same task as the roll starts
        if (rolls) odo.current.update(s.gmv);
        fixture({ step: i, phase: rolls ? 'rolling' : 'settled' });
        if (i === DIP_STEP) {
          after(STEP_MS / 2, () => { flushSync(() => setDip(true)); fixture({ phase: 'dip' }); });
          after(STEP_MS / 2 + DIP_MS, () => { flushSync(() => setDip(false)); fixture({ phase: 'settled' }); });
        }
      }),
    );
    after(END_MS, () => fixture({ phase: 'done' }));
  }, []);

  const s = STEPS[step];
  const dash = '-';
  const online = dip ? DIP_VALUE : s?.currentOnline;
  const indicators = (
    <div className="indicators--hGVpR">
      <Indicator name="实时在线人数">{reconnecting ? '0' : s ? count(online) : dash}</Indicator>
      <Indicator name="累计观看人数">{reconnecting ? '0' : s ? count(s.viewers) : dash}</Indicator>
      <Indicator name="成交人数">{reconnecting ? '0' : s ? count(s.buyers) : dash}</Indicator>
      <Indicator name="千次观看成交金额">{reconnecting ? '¥0.00' : s ? '¥' + money(Math.round((s.gmv / s.viewers) * 1000 * 100) / 100) : dash}</Indicator>
    </div>
  );
  return (
    <div className="container--A3kIS">
      <style>{css}</style>
      <div className="header--Zp4Ld">
        <span className="roomName--Pl2Vx">星河优选旗舰店 · 冬季暖心好物专场</span>
        <span className="status--Kc9Qa">直播中</span>
      </div>
      <div className="gmv--Ws8Rk">
        <div className="name--95sRH">直播间成交金额</div>
        <div className="hugeNumberContainer--x3Fk2">
          <span className="unit--Lq0Ts">¥</span>
          <div className="odometer" ref={odoEl} />
        </div>
      </div>
      {reconnecting ? (
        <div className="ecom-spin-nested-loading">
          <div className="ecom-spin ecom-spin-spinning"><span className="ecom-spin-dot" /></div>
          <div className="ecom-spin-container ecom-spin-blur">{indicators}</div>
        </div>
      ) : indicators}
    </div>
  );
}

mount(<App />);
