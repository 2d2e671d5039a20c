/**
 * The channel-mix metrics and input types, apart from the mix itself (./channels.ts): the side
 * panel reads these channel figures at start, and loads the mix's tables with the Growth view.
 */
import type { MetricId } from '../metrics/catalog';
import type { MetricValue } from './types';

export const CHANNEL_METRICS = [
  'channelGmvOwnLive',
  'channelGmvCreators',
  'channelGmvVideo',
  'channelGmvProductCard',
  'channelGmvCampaign',
] as const satisfies readonly MetricId[];
export type ChannelMetricId = (typeof CHANNEL_METRICS)[number];
export type ChannelInput = Partial<Record<ChannelMetricId, MetricValue>>;
export type Framework = 'fact' | 'steps';
