/**
 * One series over time with uPlot, the stage band shaded behind it. Data comes prepared
 * (lib/ui/trend); this component only owns the canvas, and renders nothing without one.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import { formatValue } from '../../lib/format/number';
import type { Unit } from '../../lib/metrics/catalog';
import { clock } from '../../lib/ui/dates';
import type { Short } from '../../lib/ui/lang';
import { dateTick, yRange, type Columns } from '../../lib/ui/trend';
import { canvasAvailable, cssVar } from './canvas';

interface Props {
  data: Columns;
  unit: Unit;
  lang: Short;
  label: string;
  band?: { low: number; high: number };
  /** x ticks as clock times (a minute curve) instead of dates */
  clockAxis?: boolean;
  height?: number;
  /** re-create the chart when the theme changes (colours are read from CSS) */
  theme: string;
}

export function TrendChart({ data, unit, lang, label, band, clockAxis, height = 180, theme }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !canvasAvailable() || data[0].length === 0) return;
    const fg = cssVar(el, '--muted', '#646a73');
    const grid = cssVar(el, '--line', '#e5e6eb');
    const accent = cssVar(el, '--accent', '#fe2c55');
    const bandFill = cssVar(el, '--band', 'rgba(0,160,90,.12)');
    const [lo, hi] = yRange(data[1], band);
    const span = (data[0][data[0].length - 1] ?? 0) - (data[0][0] ?? 0);
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth || 300),
      height,
      legend: { show: false },
      cursor: { y: false },
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Asia/Shanghai'),
      scales: { x: { time: true }, y: { range: () => [lo, hi] } },
      series: [{}, { label, stroke: accent, width: 2, points: { show: true, size: 5, fill: accent }, spanGaps: false }],
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, values: (_u, xs) => xs.map((x) => (clockAxis ? clock(x * 1000) : dateTick(x, span))) },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 64, values: (_u, ys) => ys.map((y) => formatValue(y, unit, lang)) },
      ],
      hooks: {
        drawClear: [(u) => {
          if (!band) return;
          const top = u.valToPos(Math.max(band.low, band.high), 'y', true);
          const bottom = u.valToPos(Math.min(band.low, band.high), 'y', true);
          u.ctx.save();
          u.ctx.fillStyle = bandFill;
          u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
          u.ctx.restore();
        }],
      },
    };
    const plot = new uPlot(opts, data as uPlot.AlignedData, el);
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height })) : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [data, unit, lang, label, band?.low, band?.high, clockAxis, height, theme]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
