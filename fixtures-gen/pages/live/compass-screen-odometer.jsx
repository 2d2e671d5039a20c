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
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Indicator, ScreenShell, screenCss, useScreenOdometer } from '../parts/live-compass-screen-shell.jsx';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import { STEPS, money, count, duration } from '../parts/live-compass-screen-data.mjs';

const LOAD_MS = 800;
const STEP_MS = 6000;
const ROLL_MS = 2000;

const css = screenCss({ columns: 5, rollMs: ROLL_MS, extra: '.zh-cn{font-size:.6em}' });

function App() {
  const [step, setStep] = useState(-1); // -1 = loading

  const odometerRef = useScreenOdometer(ROLL_MS, (odometer) => {
    fixture({ steps: STEPS, step: -1, phase: 'loading', timings: { LOAD_MS, STEP_MS, ROLL_MS } });
    STEPS.forEach((s, i) =>
      after(LOAD_MS + STEP_MS * i, () => {
        flushSync(() => setStep(i)); // the indicators change in the same task as the roll starts
        odometer.update(s.gmv);
        fixture({ step: i, phase: 'rolling' });
      }),
    );
  });

  const s = STEPS[step];
  const dash = '-';
  const [m, sec] = s ? duration(s.avgWatchSeconds) : [];
  return (
    <ScreenShell css={css} roomName="星河优选旗舰店 · 夏日清凉好物专场" odometerRef={odometerRef}>
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
    </ScreenShell>
  );
}

mount(<App />);
