import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, STAGE_IDS, channelMix, type ChannelInput } from '../../lib/growth';

const v = (value: number | null) => ({ value });
const FULL: ChannelInput = {
  channelGmvOwnLive: v(45),
  channelGmvVideo: v(5),
  channelGmvCreators: v(40),
  channelGmvProductCard: v(5),
  channelGmvCampaign: v(5),
};
const group = (mix: ReturnType<typeof channelMix>, id: string) => mix.groups.find((g) => g.id === id)!;

describe('channelMix', () => {
  it('FACT: shares of the total, own live + video as Field', () => {
    const mix = channelMix(FULL, { framework: 'fact', stage: 'growth' });
    expect(mix.total).toBe(100);
    expect(mix.complete).toBe(true);
    expect(group(mix, 'field')).toMatchObject({ letter: 'F', value: 50, share: 0.5, position: 'within', suggested: { low: 0.35, high: 0.6 } });
    expect(group(mix, 'campaign')).toMatchObject({ share: 0.05, position: 'within' });
    expect(group(mix, 'outside')).toMatchObject({ share: 0.05, position: 'unknown' });
    expect(mix.channels.find((c) => c.metric === 'channelGmvCreators')?.share).toBe(0.4);
  });

  it('FACT: without a top-creator split, A holds all creators and is compared with A + T', () => {
    const mix = channelMix(FULL, { framework: 'fact', stage: 'growth' });
    expect(group(mix, 'alliance')).toMatchObject({ value: 40, suggested: { low: 0.25, high: 0.65 }, position: 'within' });
    expect(group(mix, 'alliance').note?.en).toMatch(/Includes top creators/);
    expect(group(mix, 'topKol')).toMatchObject({ value: null, share: null, position: 'unknown' });
  });

  it('FACT: a top-creator figure is carved out of the creators', () => {
    const mix = channelMix(FULL, { framework: 'fact', stage: 'mature', topKolGmv: 20 });
    expect(group(mix, 'alliance')).toMatchObject({ value: 20, share: 0.2, suggested: { low: 0.2, high: 0.4 } });
    expect(group(mix, 'topKol')).toMatchObject({ value: 20, share: 0.2, position: 'within' });
    expect(mix.total).toBe(100);
  });

  it('a missing channel is unknown, not 0; shares are of the known part', () => {
    const mix = channelMix({ ...FULL, channelGmvCreators: v(null) }, { framework: 'fact', stage: 'novice' });
    expect(mix.complete).toBe(false);
    expect(mix.total).toBe(60);
    expect(group(mix, 'alliance')).toMatchObject({ value: null, share: null, position: 'unknown' });
    expect(channelMix({}, { framework: 'fact', stage: 'novice' }).total).toBeNull();
  });

  it('STEPS: the parts these numbers cannot show say so', () => {
    const mix = channelMix(FULL, { framework: 'steps', stage: 'novice' });
    expect(group(mix, 'self')).toMatchObject({ letter: 'S', share: 0.5 });
    expect(group(mix, 'elite')).toMatchObject({ share: 0.4, position: 'within' });
    expect(group(mix, 'traffic')).toMatchObject({ value: 10, share: 0.1 });
    for (const id of ['private', 'specialty']) {
      expect(group(mix, id)).toMatchObject({ value: null, share: null, position: 'unknown' });
      expect(group(mix, id).note?.zh).toBeTruthy();
    }
    expect(mix.example.en).toMatch(/Kuaishou/);
  });

  it('suggested ranges are sane for every stage, and marked unverified', () => {
    for (const f of Object.values(FRAMEWORKS)) {
      for (const g of f.groups) {
        for (const s of STAGE_IDS) {
          const r = g.suggested?.[s];
          if (!r) continue;
          expect(r[0]).toBeGreaterThanOrEqual(0);
          expect(r[0]).toBeLessThanOrEqual(r[1]);
          expect(r[1]).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(channelMix(FULL, { framework: 'fact', stage: 'growth' }).note.en).toMatch(/unverified/);
  });
});
