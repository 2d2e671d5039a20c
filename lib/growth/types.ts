/**
 * The input the growth engine works on. It is deliberately independent of the store: the store
 * (or a test) builds a ShopHistory, and everything in lib/growth is a pure function of it.
 */
import type { Qualifier } from '../capture/types';
import type { MetricId } from '../metrics/catalog';

/** Every user-facing string in this folder comes in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const CATEGORY_IDS = ['apparel', 'food', 'beauty', 'home', 'daily', 'general'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_NAMES: Record<CategoryId, Bilingual> = {
  apparel: { zh: '服饰', en: 'Apparel' },
  food: { zh: '食品', en: 'Food' },
  beauty: { zh: '美妆', en: 'Beauty' },
  home: { zh: '家居', en: 'Home' },
  daily: { zh: '日用', en: 'Daily goods' },
  general: { zh: '通用', en: 'General' },
};

export const STAGE_IDS = ['onboarding', 'novice', 'growth', 'mature'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const PILLAR_IDS = ['base', 'traffic', 'conversion', 'retention'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

/** Stage and category are closed sets: settings, imports and the UI's <select>s take these ids only. */
export const isStageId = (x: unknown): x is StageId => typeof x === 'string' && (STAGE_IDS as readonly string[]).includes(x);
export const isCategoryId = (x: unknown): x is CategoryId => typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x);

/** One number of one session. `value: null` means the page showed "--": unknown, never 0. */
export interface MetricValue {
  value: number | null;
  qualifier?: Qualifier;
  source?: 'observed' | 'derived';
}

export interface SessionSummary {
  key: string;
  /** ISO 8601; sessions without it sort before dated ones (we cannot call them recent) */
  start?: string;
  metrics: Partial<Record<MetricId, MetricValue>>;
}

export interface ShopHistory {
  /** any order; the engine sorts by start */
  sessions: SessionSummary[];
  fans?: number;
  /** as shown: the old 5-point or the new 100-point scale (see score100 in history.ts) */
  experienceScore?: number;
  category?: CategoryId;
}

/** Where a reference number came from, and how far to trust it. */
export type BandConfidence = 'unverified default' | 'practitioner' | 'platform';
