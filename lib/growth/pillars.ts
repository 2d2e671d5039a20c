/**
 * The four pillars of the merchant capability model and the capabilities under each (after the
 * Douyin e-commerce capability guide, seed 002). Wording is ours.
 */
import type { Bilingual, PillarId } from './types';

export interface PillarDef {
  name: Bilingual;
  about: Bilingual;
}

export const PILLARS: Record<PillarId, PillarDef> = {
  base: {
    name: { zh: '强阵地', en: 'Strong base' },
    about: {
      zh: '懂平台规则，把店铺和账号搭扎实：后面所有动作都建在这上面。',
      en: 'Know the platform rules and set up the shop and account properly; everything else builds on it.',
    },
  },
  traffic: {
    name: { zh: '广聚流', en: 'Gather traffic' },
    about: {
      zh: '用短视频、直播间和付费投放把合适的人带进来，让自然流量和付费流量互相带动。',
      en: 'Bring the right people in through short video, the live room and paid traffic, each feeding the other.',
    },
  },
  conversion: {
    name: { zh: '促转化', en: 'Drive conversion' },
    about: {
      zh: '人、货、场和内容一起发力，把进来的人变成买家。',
      en: 'People, goods, venue and content working together to turn visitors into buyers.',
    },
  },
  retention: {
    name: { zh: '长沉淀', en: 'Long-term accumulation' },
    about: {
      zh: '留住粉丝、用好数据、做好服务、积累品牌，让生意不只靠单场爆发。',
      en: 'Keep fans, use the data, serve customers well and build a brand, so the business does not live on single sessions.',
    },
  },
};

export const CAPABILITY_IDS = [
  'platformThinking',
  'shopAccount',
  'organicVideo',
  'organicLive',
  'paidTraffic',
  'goods',
  'team',
  'creators',
  'scene',
  'content',
  'fans',
  'data',
  'service',
  'brand',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

export interface CapabilityDef {
  pillar: PillarId;
  name: Bilingual;
}

export const CAPABILITIES: Record<CapabilityId, CapabilityDef> = {
  platformThinking: { pillar: 'base', name: { zh: '平台认知', en: 'Platform know-how' } },
  shopAccount: { pillar: 'base', name: { zh: '店铺与账号管理', en: 'Shop and account set-up' } },
  organicVideo: { pillar: 'traffic', name: { zh: '短视频自然流量', en: 'Organic short video' } },
  organicLive: { pillar: 'traffic', name: { zh: '直播间自然流量', en: 'Organic live-room traffic' } },
  paidTraffic: { pillar: 'traffic', name: { zh: '付费流量', en: 'Paid traffic' } },
  goods: { pillar: 'conversion', name: { zh: '货品运营', en: 'Goods' } },
  team: { pillar: 'conversion', name: { zh: '团队', en: 'Team' } },
  creators: { pillar: 'conversion', name: { zh: '达人合作', en: 'Creator collaboration' } },
  scene: { pillar: 'conversion', name: { zh: '场景搭建', en: 'Venue and picture' } },
  content: { pillar: 'conversion', name: { zh: '直播内容', en: 'Live content' } },
  fans: { pillar: 'retention', name: { zh: '粉丝运营', en: 'Fans' } },
  data: { pillar: 'retention', name: { zh: '数据运营', en: 'Data' } },
  service: { pillar: 'retention', name: { zh: '客户服务', en: 'Customer service' } },
  brand: { pillar: 'retention', name: { zh: '品牌建设', en: 'Brand' } },
};
