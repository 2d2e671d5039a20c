/** Growth: stage with why and confidence, override saved, checklist tick/untick, pre-live, channel mix. */
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings } from '../../lib/store/settings';
import { $, $$, click, liveUrl, mount, seededDb, setValue, tab, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('Growth view', () => {
  it('infers a stage, saves an override, ticks and unticks checklist items per shop', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '成长');
    const stage = await waitFor(() => $<HTMLElement>(root, '.stage-name[data-stage]'));
    const inferred = stage.dataset.stage!;
    expect($(root, 'section.stage')!.textContent!.length).toBeGreaterThan(40);

    // override the stage: saved in settings, shown as the user's
    const sel = $<HTMLSelectElement>(root, '#stage-override')!;
    // a later stage than onboarding, whose checklist spans every pillar (onboarding's is nearly all
    // one pillar); which one the data infers depends on whether its sessions were read at first render
    const other = [...sel.options]
      .map((o) => o.value)
      .reverse()
      .find((v) => v && v !== inferred)!;
    await setValue(sel, other);
    await expect.poll(async () => (await getSettings(db)).stageOverride).toBe(other);
    await waitFor(() => $<HTMLElement>(root, '.stage-name')!.dataset.stage === other);

    // checklist by pillar with progress; tick an item, then untick it
    const pillars = await waitFor(() => {
      const p = $$(root, 'details.pillar[data-pillar]');
      return p.length >= 3 && p;
    });
    expect(root.querySelector('progress, [role=progressbar]')).not.toBeNull();
    const row = $$(pillars[0]!, 'li[data-item]').find((li) => !(li.querySelector('input') as HTMLInputElement).checked)!;
    const itemId = row.dataset.item!;
    await click(row.querySelector('input'));
    await expect
      .poll(async () => (await db.checklist.where('shopId').equals(m!.app.shops.computed.current.value!).toArray()).find((r) => r.itemId === itemId)?.state)
      .toBe('done');
    await waitFor(() => ($(root, `li[data-item="${itemId}"] input`) as HTMLInputElement).checked);
    await click($(root, `li[data-item="${itemId}"] input`));
    await waitFor(() => !($(root, `li[data-item="${itemId}"] input`) as HTMLInputElement).checked);

    // the pre-live list and the channel mix (from the seeded home page)
    expect($(root, 'section.prelive')).not.toBeNull();
    await waitFor(() => root.textContent?.includes('渠道'));
    expect($(root, '.action-list li')).not.toBeNull();
  });
});
