/**
 * Figure 7: the live alerts' cost per live capture, in real Chromium (a plain https page;
 * IndexedDB on the profile's disk, as the background's). After a live capture that adds points,
 * the background runs refreshAlerts (lib/store/alerts.ts), which needs the GMV points of up to
 * PAST_SESSIONS of the shop's past sessions (kept between captures: lib/store/past-history.ts).
 * Measured: its time against the ingest of the capture itself, the two timed apart on the same
 * capture, sample by sample — with the past sessions' points kept (refreshVsIngest) and with
 * them dropped before each capture (refreshColdVsIngest: every capture before they were kept);
 * and on a shop with no past sessions, to show what is not theirs. */
import type { Harness } from '../../scripts/chromium';
import { PAST_SESSIONS } from '../../lib/store/alerts';
import type { AlertsShape } from '../browser/alerts-entry';
import { entryPage } from '../lib/page-api';
import { fig, median, round, type Results } from '../lib/stats';

/** A shop that has been live a while: PAST_SESSIONS past sessions of 2 h 10 min, one GMV and one
 *  online point a minute (a screen read every 5 s adds far more when GMV moves), and a current
 *  session 30 min in (360 captures 5 s apart). */
export const ALERTS_SHAPE: AlertsShape = { pastSessions: PAST_SESSIONS, pastMinutes: 130, currentCaptures: 360 };

/** Goal: refreshAlerts costs no more than storing the capture it follows. The capture's reply
 *  (the in-page badge) waits for both, and a big screen sends one every 5 s for hours. */
const GOAL = 1;

type Sample = Record<'past' | 'none', { ingestMs: number; refreshMs: number; points: number }>;

export async function alertsFigure(h: Harness, pages: Map<string, string>, log: (s: string) => void, samples = 61): Promise<Results> {
  const { page, call } = await entryPage(h.context, pages, 'alerts', '__slAlertsBench');
  try {
    const seed = await call<{ pastPoints: number; currentPoints: number; accounts: number; pastRows: number }>('seed', ALERTS_SHAPE);
    log(
      `  alerts: ${seed.pastRows} past sessions over ${seed.accounts} accounts, ${seed.pastPoints} past points; current session ${seed.currentPoints} points`,
    );
    if (seed.accounts !== 2 || seed.pastRows !== ALERTS_SHAPE.pastSessions) throw new Error(`seed: ${seed.accounts} accounts, ${seed.pastRows} past sessions`);
    for (let i = 0; i < 5; i++) await call('sample', i % 2 === 1); // warm-up (JIT, first reads, the cache filled)
    // warm (the cache holds the past sessions: every capture of a running live) and cold (the
    // cache emptied first: what every capture cost before there was a cache), alternating
    const warm: Sample[] = [],
      cold: Sample[] = [];
    for (let i = 0; i < samples; i++) {
      warm.push(await call<Sample>('sample', false));
      cold.push(await call<Sample>('sample', true));
    }
    if ([...warm, ...cold].some((x) => x.past.points === 0 || x.none.points === 0))
      throw new Error('a sample capture added no points: refreshAlerts would not run');
    await call('cleanup');
    const m = (s: Sample[], w: 'past' | 'none', k: 'ingestMs' | 'refreshMs') => median(s.map((x) => x[w][k]));
    const ingest = m(warm, 'past', 'ingestMs'),
      refresh = m(warm, 'past', 'refreshMs'),
      ingestCold = m(cold, 'past', 'ingestMs'),
      refreshCold = m(cold, 'past', 'refreshMs'),
      ingest0 = m(warm, 'none', 'ingestMs'),
      refresh0 = m(warm, 'none', 'refreshMs');
    const shape = `${ALERTS_SHAPE.pastSessions} past sessions of ${ALERTS_SHAPE.pastMinutes} minute points over 2 linked accounts, the current session ${seed.currentPoints}+ points`;
    log(
      `  alerts: ingest ${round(ingest, 2)} ms, refreshAlerts ${round(refresh, 2)} ms; cold ${round(ingestCold, 2)} / ${round(refreshCold, 2)} ms; no past sessions ${round(ingest0, 2)} / ${round(refresh0, 2)} ms`,
    );
    return {
      'alerts.refreshVsIngest': fig(
        refresh / ingest,
        GOAL,
        '×',
        `refreshAlerts after one live capture vs that capture's ingestCapture, ${shape}: ${round(refresh, 2)} ms vs ${round(ingest, 2)} ms (medians of ${samples}, the past sessions' points cached); a shop with no past sessions: ${round(refresh0, 2)} ms vs ${round(ingest0, 2)} ms = ${round(refresh0 / ingest0, 2)}× — what is left is the current session's own points, read again at every capture, and the alerts' write`,
        {
          ingestMedianMs: round(ingest, 3),
          refreshMedianMs: round(refresh, 3),
          noPastIngestMedianMs: round(ingest0, 3),
          noPastRefreshMedianMs: round(refresh0, 3),
          noPastRatio: round(refresh0 / ingest0, 3),
          pastSessions: seed.pastRows,
          pastPoints: seed.pastPoints,
          currentPoints: seed.currentPoints,
          samples,
        },
      ),
      'alerts.refreshColdVsIngest': fig(
        refreshCold / ingestCold,
        null,
        '×',
        `the same with the cache of past sessions emptied before each capture (every past session's points read again: every capture before the cache, now the first after a change to a past session's points): ${round(refreshCold, 2)} ms vs ${round(ingestCold, 2)} ms (medians of ${samples}, interleaved with the cached samples)`,
        { ingestMedianMs: round(ingestCold, 3), refreshMedianMs: round(refreshCold, 3), samples },
      ),
    };
  } finally {
    await page.close();
  }
}
