/** Channel mix input from store rows, and which platform framework (FACT / STEPS) applies. */
import { CHANNEL_METRICS, type ChannelInput, type Framework } from '../growth/channelIds';
import { adapterById } from '../platforms/registry';
import type { StoredReading } from '../store/rows';

/** The backend's selling framework (its adapter's `framework`); FACT for an unknown one. */
export const frameworkFor = (platform: string): Framework => adapterById(platform)?.framework ?? 'fact';

export function channelInput(readings: readonly StoredReading[]): ChannelInput {
  const out: ChannelInput = {};
  for (const r of readings) {
    if ((CHANNEL_METRICS as readonly string[]).includes(r.metric)) {
      out[r.metric as (typeof CHANNEL_METRICS)[number]] = { value: r.value, source: r.source, ...(r.qualifier ? { qualifier: r.qualifier } : {}) };
    }
  }
  return out;
}

export const hasChannels = (input: ChannelInput): boolean => Object.values(input).some((v) => v && v.value !== null);
