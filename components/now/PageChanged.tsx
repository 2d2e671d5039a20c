/**
 * "这个页面可能改版了": shown above the numbers when the page kind beside the panel used to read
 * well and its latest read missed most of its labels (lib/health/page-changed.ts, kept by the
 * background), with the save-test-page button. Updates live as the background records reads.
 */
import { getHealth } from '../../lib/store/page-health';
import { kindKey, usualFound, type KindHealth } from '../../lib/health/page-changed';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useApp, useT } from '../state/context';
import { SnapshotButton } from './SnapshotButton';

export function usePageHealth(platform: string, page: string): KindHealth | undefined {
  const { db } = useApp();
  const key = kindKey(platform, page);
  return useLiveQuery(() => getHealth(db).then((m) => m[key]), [key], undefined).value;
}

export function PageChanged({ health }: { health: KindHealth }) {
  const t = useT();
  return (
    <section class="card page-changed" role="alert" aria-labelledby="changed-h">
      <h2 id="changed-h">{t('changed.title')}</h2>
      <p>{t('changed.body', { usual: usualFound(health) ?? '—', found: health.found, missed: health.missed })}</p>
      <SnapshotButton />
    </section>
  );
}
