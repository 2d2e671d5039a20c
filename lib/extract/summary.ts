/**
 * The shape `npm run extract` prints: what was read from one page, without the capture time, the
 * shop and the session list (those stay in the PageCapture). Observed readings carry no `source`;
 * derived ones say `source: 'derived'`, so a reader of the JSON can never take one for the other.
 */
import type { Missed, PageCapture, Reading, UnknownLabel } from '../capture/types';

/** A reading as printed: observed ones without `source`, derived ones with `source: 'derived'`. */
export type SummaryReading = Omit<Reading, 'source'> & { source?: 'derived' };

export interface CaptureSummary {
  platform: string;
  page: string;
  url: string;
  period: string | null;
  captures: SummaryReading[];
  missed: Missed[];
  unknown: UnknownLabel[];
}

export function summarise(c: PageCapture): CaptureSummary {
  return {
    platform: c.platform,
    page: c.page,
    url: c.url,
    period: c.period,
    captures: c.captures.map((r) => {
      const out: SummaryReading = { metric: r.metric, label: r.label, text: r.text, value: r.value, unit: r.unit, scope: r.scope };
      if (r.qualifier) out.qualifier = r.qualifier;
      if (r.compare) out.compare = r.compare;
      if (r.benchmarks) out.benchmarks = r.benchmarks;
      if (r.source === 'derived') out.source = 'derived';
      return out;
    }),
    missed: c.missed,
    unknown: c.unknown,
  };
}
