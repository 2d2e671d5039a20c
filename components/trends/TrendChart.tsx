/**
 * One series over time with uPlot, the stage band shaded behind it. Data comes prepared
 * (lib/view-model/trend); this component only owns the canvas, and renders nothing without one.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import { formatValue } from '../../lib/format/number';
import type { Unit } from '../../lib/metrics/catalog';
import { clock } from '../../lib/format/time';
import type { Short } from '../../lib/i18n/lang';
import { dateTick, yRange, type Columns } from '../../lib/view-model/trend';
import type { CurveNote } from '../../lib/view-model/curve-notes';
import { canvasAvailable, cssVar } from './canvas';

/** Colours of the curve's notes (lib/view-model/curve-notes.ts), by kind. */
const NOTE_COLOURS: Record<CurveNote['kind'], string> = {
  segment: 'rgba(100,106,115,.18)',
  mark: '#1f6feb',
  alert: '#d83931',
  rise: '#0f8a4f',
  fall: '#d83931',
};
/** A label drawn on the canvas is cut to this many characters (the full text is in the list under the chart). */
const NOTE_LABEL_CHARS = 8;

function drawNotes(u: uPlot, notes: readonly CurveNote[]): void {
  const { ctx, bbox } = u;
  const x = (t: number) => u.valToPos(t / 1000, 'x', true);
  const right = bbox.left + bbox.width;
  ctx.save();
  ctx.font = `${Math.round(10 * devicePixelRatio)}px system-ui, sans-serif`;
  for (const n of notes) {
    const x0 = Math.max(bbox.left, Math.min(right, x(n.t)));
    ctx.fillStyle = NOTE_COLOURS[n.kind];
    ctx.strokeStyle = NOTE_COLOURS[n.kind];
    if (n.kind === 'segment') {
      const x1 = n.end == null ? right : Math.max(bbox.left, Math.min(right, x(n.end)));
      // shaded only: segments follow each other closely, their names are in the list under the chart
      ctx.fillRect(x0 + devicePixelRatio, bbox.top, Math.max(1, x1 - x0 - 2 * devicePixelRatio), bbox.height);
    } else if (n.kind === 'mark' || n.kind === 'alert') {
      ctx.lineWidth = devicePixelRatio;
      ctx.setLineDash(n.kind === 'mark' ? [4 * devicePixelRatio, 3 * devicePixelRatio] : []);
      ctx.beginPath();
      ctx.moveTo(x0, bbox.top);
      ctx.lineTo(x0, bbox.top + bbox.height);
      ctx.stroke();
      ctx.fillText(n.label.slice(0, NOTE_LABEL_CHARS), x0 + 2, bbox.top + (n.kind === 'mark' ? 12 : 24) * devicePixelRatio);
    } else {
      // a rise or fall: a small triangle at the top
      const s = 5 * devicePixelRatio;
      ctx.beginPath();
      if (n.kind === 'rise') {
        ctx.moveTo(x0, bbox.top);
        ctx.lineTo(x0 - s, bbox.top + s * 1.6);
        ctx.lineTo(x0 + s, bbox.top + s * 1.6);
      } else {
        ctx.moveTo(x0, bbox.top + s * 1.6);
        ctx.lineTo(x0 - s, bbox.top);
        ctx.lineTo(x0 + s, bbox.top);
      }
      ctx.fill();
    }
  }
  ctx.restore();
}

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
  /** marks, segments, alerts, sharp moves (a minute curve) */
  notes?: readonly CurveNote[];
}

export function TrendChart({ data, unit, lang, label, band, clockAxis, height = 180, theme, notes }: Props) {
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
        {
          stroke: fg,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid },
          values: (_u, xs) => xs.map((x) => (clockAxis ? clock(x * 1000) : dateTick(x, span))),
        },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 64, values: (_u, ys) => ys.map((y) => formatValue(y, unit, lang)) },
      ],
      hooks: {
        drawClear: [
          (u) => {
            if (!band) return;
            const top = u.valToPos(Math.max(band.low, band.high), 'y', true);
            const bottom = u.valToPos(Math.min(band.low, band.high), 'y', true);
            u.ctx.save();
            u.ctx.fillStyle = bandFill;
            u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
            u.ctx.restore();
          },
        ],
        draw: [
          (u) => {
            if (notes?.length) drawNotes(u, notes);
          },
        ],
      },
    };
    const plot = new uPlot(opts, data as uPlot.AlignedData, el);
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height })) : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [data, unit, lang, label, band?.low, band?.high, clockAxis, height, theme, notes]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
