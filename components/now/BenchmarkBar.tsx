/** Draws a bar model (lib/view-model/benchmarkBar): stage band, own quartiles, median, peer, target, value. */
import type { Verdict } from '../../lib/growth';
import { refValue } from '../../lib/format/refValue';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import type { BarModel } from '../../lib/view-model/benchmarkBar';
import { pick, short, type Lang } from '../../lib/i18n/lang';
import type { T } from '../../lib/i18n';
import { useLang, useT } from '../state/context';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The primary verdict in a few words; a share of peers beaten is said the platform's way. */
function verdictText(primary: Verdict | null, lang: Lang, t: T): string {
  if (!primary || primary.position === 'unknown') return t('verdict.unknown');
  if (primary.reference.benchmark === 'peerBeatShare') return pick(primary.note, lang);
  return t(`verdict.${primary.position}`, { ref: pick(primary.reference.label, lang) });
}

export function BenchmarkBar({ metric, model, primary }: { metric: MetricId; model: BarModel; primary: Verdict | null }) {
  const t = useT();
  const lang = useLang();
  const unit = METRICS[metric].unit;
  // the legend's values are references: three digits, one unit (¥8.24万–¥11.5万)
  const fmt = (v: number) => refValue(v, unit, short(lang));
  const verdict = verdictText(primary, lang, t);
  return (
    <div class="bench-wrap">
      <div class={`bar tone-${model.tone}`} role="img" aria-label={`${METRICS[metric][short(lang)]}: ${verdict}`}>
        {model.ranges.map((r, i) => (
          <span key={`r${i}`} class={`range range-${r.kind}`} style={{ left: pct(r.x0), width: pct(Math.max(r.x1 - r.x0, 0.01)) }} />
        ))}
        {model.marks.map((m, i) => (
          <span key={`m${i}`} class={`mark mark-${m.kind}`} style={{ left: pct(m.x) }} />
        ))}
        {model.x !== null ? <span class="dot" style={{ left: pct(model.x) }} /> : null}
      </div>
      <p class="legend">
        <span class={`verdict tone-${model.tone}`}>{verdict}</span>
        {model.ranges.map((r, i) => (
          <span key={`lr${i}`} class={`lg lg-${r.kind}`}>
            {pick(r.label, lang)} {fmt(r.from)}–{fmt(r.to)}
          </span>
        ))}
        {model.marks.map((m, i) => (
          <span key={`lm${i}`} class={`lg lg-${m.kind}`}>
            {pick(m.label, lang)} {fmt(m.value)}
          </span>
        ))}
      </p>
      {model.notes.length ? (
        <details class="notes">
          <summary>{t('now.basis')}</summary>
          <ul>
            {model.notes.map((n, i) => (
              <li key={i}>{pick(n, lang)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
