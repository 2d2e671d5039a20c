// The real odometer.js (HubSpot) in a React wrapper (gen-a). Auto-init is switched off before the
// library loads; `Odometer` rolls from `from` to `value`, and `odometerSettled` resolves once every
// odometer mounted so far has fired odometerdone (the final render: one .odometer-value per digit,
// spacer "8" digits, formatting marks), so a static page can wait for it.
import './douyin-odometer-opts.js';
import OdometerJs from 'odometer';
import 'odometer/themes/odometer-theme-default.css';
import { useEffect, useRef } from 'react';

const pending = [];
export const odometerSettled = () => Promise.all(pending);

export function Odometer({ value, from = 0, format = '(,ddd).dd', duration = 1200, className = '' }) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current;
    let done;
    pending.push(new Promise((r) => (done = r)));
    const od = new OdometerJs({ el, value: from, format, duration, theme: 'default' });
    el.addEventListener('odometerdone', () => done(), { once: true });
    const t = setTimeout(() => od.update(value), 100);
    return () => clearTimeout(t);
  }, []);
  return <div ref={ref} className={`odometer ${className}`} />;
}
