/**
 * The living 罗盘 big screen /screen/live/shop (REAL-DOM §1 "Big screen /screen/live/shop"), shared
 * by pages/live/compass-screen-odometer.jsx and compass-screen-alerts.jsx: the page's css, its
 * shell (room name, 直播中, the GMV as a real odometer.js) and its indicator cards. A page brings
 * its own timeline and indicators.
 */
import { useEffect, useRef } from 'react';
import Odometer from './live-odometer.jsx';
import { fixture, ms } from './live-timing.jsx';

/** The page css: `columns` indicator cards a row, then the page's `extra` rules; the odometer's
 *  roll lasts `rollMs` (real ms, scaled by ?speed). */
export const screenCss = ({ columns, rollMs, extra }) => `
body{margin:0;background:#0b0f1e;color:#e6e8f0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
#root{min-height:100vh}
.container--A3kIS{padding:16px 32px;display:grid;grid-template-rows:auto auto;gap:16px}
.header--Zp4Ld{display:flex;justify-content:space-between;font-size:14px;color:#9aa0b4}
.gmv--Ws8Rk{text-align:center}
.name--95sRH{font-size:16px;color:#9aa0b4}
.hugeNumberContainer--x3Fk2{display:flex;justify-content:center;align-items:baseline;gap:6px;font-size:64px;font-weight:700;font-family:Barlow,Arial,sans-serif;color:#fff}
.hugeNumberContainer--x3Fk2 .unit--Lq0Ts{font-size:32px}
.indicators--hGVpR{display:grid;grid-template-columns:repeat(${columns},1fr);gap:8px}
.container--wSBB3{background:#141a2e;border-radius:6px;padding:12px}
.name--15gWK span{font-size:13px;color:#9aa0b4}
.value--Rt5Yp{font-size:24px;font-weight:600;margin-top:6px}
${extra}
.hugeNumberContainer--x3Fk2 .odometer.odometer-animating-up .odometer-ribbon-inner,
.hugeNumberContainer--x3Fk2 .odometer.odometer-animating-down .odometer-ribbon-inner{transition-duration:${ms(rollMs) / 1000}s}
`;

export function Indicator({ name, children }) {
  return (
    <div className="container--wSBB3">
      <div className="name--15gWK"><span>{name}</span></div>
      <div className="value--Rt5Yp">{children}</div>
    </div>
  );
}

/**
 * Mount the GMV odometer (at 0, rolls lasting `rollMs`) on the returned ref's element once, mark
 * the phase `settled` whenever a roll is over, and hand the odometer to `start` (the page's
 * timeline). Returns the ref for ScreenShell's `odometerRef`.
 */
export function useScreenOdometer(rollMs, start) {
  const el = useRef(null);
  useEffect(() => {
    const odometer = new Odometer({ el: el.current, value: 0, format: '(,ddd).dd', duration: ms(rollMs), theme: 'default' });
    // odometer.js fires `odometerdone` on its element when a roll has been cleaned up
    el.current.addEventListener('odometerdone', () => fixture({ phase: 'settled' }));
    start(odometer);
  }, []);
  return el;
}

/** The screen: header with the room's name, the GMV odometer, then `children` (the indicators). */
export function ScreenShell({ css, roomName, odometerRef, children }) {
  return (
    <div className="container--A3kIS">
      <style>{css}</style>
      <div className="header--Zp4Ld">
        <span className="roomName--Pl2Vx">{roomName}</span>
        <span className="status--Kc9Qa">直播中</span>
      </div>
      <div className="gmv--Ws8Rk">
        <div className="name--95sRH">直播间成交金额</div>
        <div className="hugeNumberContainer--x3Fk2">
          <span className="unit--Lq0Ts">¥</span>
          <div className="odometer" ref={odometerRef} />
        </div>
      </div>
      {children}
    </div>
  );
}
