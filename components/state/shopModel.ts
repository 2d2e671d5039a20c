/**
 * Everything the growth engine says about one shop, as computed signals over live store data:
 * its sessions, stage (inferred and effective), checklist progress with evidence, next actions,
 * channel mix and per-metric medians. Two instances run: the current shop's and the page's.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { Benchmark } from '../../lib/capture/types';
// the engine's files one by one (not the barrel), so its larger half (checklist, advice rules)
// stays out of the first paint and loads lazily (./engine.ts)
import type { NextAction } from '../../lib/growth/advice';
import { bandsFor } from '../../lib/growth/bands';
import { CHANNEL_METRICS } from '../../lib/growth/channelIds';
import { evaluateEvidence } from '../../lib/growth/evidence';
import { progress } from '../../lib/growth/progress';
import { effectiveStage, inferStage } from '../../lib/growth/stages';
import type { MetricId } from '../../lib/metrics/catalog';
import { setChecklistItem, shopChecklist } from '../../lib/store/checklist';
import type { StageLensDB } from '../../lib/store/db';
import { sessionsForShop, type ShopSession } from '../../lib/store/queries';
import type { ChecklistRow, SessionRow } from '../../lib/store/rows';
import type { Settings } from '../../lib/store/settings';
import { channelInput, frameworkFor, hasChannels } from '../../lib/view-model/channel-input';
import { shopMedians } from '../../lib/view-model/compare';
import { shopHistory } from '../../lib/view-model/engine-input';
import { isPreLiveId, storeStateFor, toEngineState } from '../data/checklistState';
import { shopFacts, type ShopFacts } from '../../lib/store/shop-facts';
import { engine, loadEngine } from './engine';
import type { Errors } from './errors';
import { liveSignal } from './live';

export type PeerMap = Partial<Record<MetricId, readonly Benchmark[]>>;

const FACT_METRICS: readonly MetricId[] = ['experienceScore', ...CHANNEL_METRICS];

export function createShopModel(
  db: StageLensDB,
  shopId: ReadonlySignal<string | null>,
  settings: ReadonlySignal<Settings>,
  errors: Errors,
  peer: ReadonlySignal<PeerMap> = computed(() => ({})),
) {
  const sessions = liveSignal<string | null, ShopSession[]>(
    () => shopId.value,
    (id) => (id ? sessionsForShop(db, id) : Promise.resolve([])),
    [] as ShopSession[],
  );
  const rows = liveSignal<string | null, ChecklistRow[]>(
    () => shopId.value,
    (id) => (id ? shopChecklist(db, id) : Promise.resolve([])),
    [] as ChecklistRow[],
  );
  const facts = liveSignal<string | null, ShopFacts>(
    () => shopId.value,
    (id) => (id ? shopFacts(db, id, FACT_METRICS) : Promise.resolve({ readings: {} })),
    { readings: {} },
  );

  // the platform whose framework the channel mix follows: the founding account's (its id is the shop's)
  const platform = computed(() => shopId.value?.split(':')[0] ?? '');
  const history = computed(() =>
    shopHistory(sessions.value.value, {
      experienceScore: facts.value.value.readings.experienceScore?.value ?? null,
      category: settings.value.category,
    }),
  );
  const inference = computed(() => inferStage(history.value, Date.now()));
  const stage = computed(() => effectiveStage(inference.value, settings.value.stageOverride));
  const checklist = computed(() => toEngineState(rows.value.value));
  const breakEven = computed(() => settings.value.breakEvenRoi ?? undefined);
  // until the engine's checklist is in: no items, so no evidence and no progress (the Growth view
  // waits for it; the Now view's next actions show a loading line)
  void loadEngine().catch(() => undefined);
  const items = computed(() => engine.value?.CHECKLIST ?? []);
  const evidence = computed(() =>
    evaluateEvidence(items.value, history.value, bandsFor(stage.value.stage, history.value.category), {
      now: Date.now(),
      ...(breakEven.value !== undefined ? { breakEvenRoi: breakEven.value } : {}),
    }),
  );
  const stageProgress = computed(() => progress(items.value, checklist.value, evidence.value, { stage: stage.value.stage }));
  const allProgress = computed(() => progress(items.value, checklist.value, evidence.value));
  const preLive = computed(() => new Set(rows.value.value.filter((r) => isPreLiveId(r.itemId) && r.state === 'done').map((r) => r.itemId)));
  const medians = computed(() => shopMedians(sessions.value.value));
  const actions = computed<NextAction[] | null>(
    () =>
      engine.value &&
      engine.value.nextActions({
        history: history.value,
        stage: stage.value.stage,
        checklist: checklist.value,
        evidence: evidence.value,
        peer: peer.value,
        targets: settings.value.targets,
        now: Date.now(),
        ...(breakEven.value !== undefined ? { breakEvenRoi: breakEven.value } : {}),
      }),
  );
  const channels = computed(() => {
    const channelMix = engine.value?.channelMix;
    if (!channelMix) return null;
    const input = channelInput(Object.values(facts.value.value.readings).filter((r): r is NonNullable<typeof r> => r !== undefined));
    return hasChannels(input) ? channelMix(input, { framework: frameworkFor(platform.value), stage: stage.value.stage }) : null;
  });

  async function setItem(itemId: string, done: boolean): Promise<void> {
    const id = shopId.value;
    if (!id) return;
    const state = storeStateFor(done, evidence.value[itemId]?.evidenced === true);
    await errors.actions.guard('checklist', () => setChecklistItem(db, id, itemId, state));
  }

  async function resetPreLive(): Promise<void> {
    const id = shopId.value;
    if (!id) return;
    const ticked = [...preLive.value];
    await errors.actions.guard('checklist', async () => {
      for (const itemId of ticked) await setChecklistItem(db, id, itemId, 'todo');
    });
  }

  return {
    signals: { sessions: sessions.value, loading: sessions.loading, error: sessions.error, facts: facts.value },
    computed: { platform, history, inference, stage, checklist, evidence, stageProgress, allProgress, preLive, medians, actions, channels },
    actions: { setItem, resetPreLive },
    dispose() {
      sessions.dispose();
      rows.dispose();
      facts.dispose();
    },
  };
}
