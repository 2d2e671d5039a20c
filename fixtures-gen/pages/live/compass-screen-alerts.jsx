// url: https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123999
/**
 * 罗盘 live big screen /screen/live/shop whose numbers move so that live alerts must fire — and
 * must not. The same screen as compass-screen-odometer (../parts/live-compass-screen-shell.jsx:
 * REAL-DOM §1, a real odometer.js for the GMV), with the timeline of
 * ../parts/live-compass-alerts-data.mjs:
 *   0            loading: odometer 0, indicators `-`
 *   LOAD + 6 s·i step i: indicators switch, the GMV odometer rolls 2 s when GMV changed
 *   step 2       a reconnect: the indicators show 0 under an antd spin (ecom-spin-blur) for 6 s
 *   step 4       online viewers fall by half and stay (the viewers alert)
 *   step 6       the last sale: GMV flat from here while the room keeps moving (the GMV-flat alert)
 *   step 9 + 3 s online shows 240 for 1.5 s, once (one odd read: no alert)
 * window.__fixture = { step, phase: loading | reconnecting | rolling | settled | dip | done }.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Indicator, ScreenShell, screenCss, useScreenOdometer } from '../parts/live-compass-screen-shell.jsx';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import {
  STEPS, LOAD_MS, STEP_MS, ROLL_MS, RECONNECT, RECONNECT_MS, DIP_STEP, DIP_VALUE, DIP_MS, END_MS, stepAt, money, count,
} from '../parts/live-compass-alerts-data.mjs';

// the reconnect: an antd spin (ecom-) over the indicators
const css = screenCss({
  columns: 4,
  rollMs: ROLL_MS,
  extra: `.ecom-spin-nested-loading{position:relative}
.ecom-spin-spinning{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;z-index:2}
.ecom-spin-blur{opacity:.5;filter:blur(.5px);pointer-events:none}`,
});

function App() {
  const [step, setStep] = useState(-1); // -1 = loading
  const [reconnecting, setReconnecting] = useState(false);
  const [dip, setDip] = useState(false);

  const odometerRef = useScreenOdometer(ROLL_MS, (odometer) => {
    fixture({ steps: STEPS, step: -1, phase: 'loading', timings: { LOAD_MS, STEP_MS, ROLL_MS, RECONNECT_MS, DIP_MS } });
    STEPS.forEach((s, i) =>
      after(stepAt(i), () => {
        if (i === RECONNECT) {
          flushSync(() => setReconnecting(true));
          fixture({ step: i, phase: 'reconnecting' });
          after(RECONNECT_MS, () => {
            flushSync(() => { setReconnecting(false); setStep(i); });
            odometer.update(s.gmv);
            fixture({ step: i, phase: 'rolling' });
          });
          return;
        }
        const rolls = i === 0 || STEPS[i - 1].gmv !== s.gmv;
        flushSync(() => setStep(i)); // the indicators change in the same task as the roll starts
        if (rolls) odometer.update(s.gmv);
        fixture({ step: i, phase: rolls ? 'rolling' : 'settled' });
        if (i === DIP_STEP) {
          after(STEP_MS / 2, () => { flushSync(() => setDip(true)); fixture({ phase: 'dip' }); });
          after(STEP_MS / 2 + DIP_MS, () => { flushSync(() => setDip(false)); fixture({ phase: 'settled' }); });
        }
      }),
    );
    after(END_MS, () => fixture({ phase: 'done' }));
  });

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
    <ScreenShell css={css} roomName="星河优选旗舰店 · 冬季暖心好物专场" odometerRef={odometerRef}>
      {reconnecting ? (
        <div className="ecom-spin-nested-loading">
          <div className="ecom-spin ecom-spin-spinning"><span className="ecom-spin-dot" /></div>
          <div className="ecom-spin-container ecom-spin-blur">{indicators}</div>
        </div>
      ) : indicators}
    </ScreenShell>
  );
}

mount(<App />);
