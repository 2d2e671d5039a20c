/**
 * The growth engine: stages, pillars, benchmarks, checklists, advice and channel mix, as data and
 * pure functions. No Preact, no browser APIs, no Dexie: plain data in, plain data out.
 */
export * from './types';
export { STAGES, STAGE_THRESHOLDS, inferStage, effectiveStage } from './stages';
export type { StageDef, LevelSignal, StageReason, StageInference, EffectiveStage } from './stages';
export { PILLARS, CAPABILITIES, CAPABILITY_IDS } from './pillars';
export type { PillarDef, CapabilityDef, CapabilityId } from './pillars';
export { BANDS, bandFor, bandsFor } from './bands';
export type { Band, BandSet } from './bands';
export { ownBaseline, OWN_MIN_SESSIONS } from './baseline';
export type { OwnBaseline } from './baseline';
export { compareToBenchmarks } from './benchmarks';
export type { Comparison, CompareContext, Verdict, VerdictKind, Reference, ReferenceTrust } from './benchmarks';
export type { Position } from './position';
export { CHECKLIST, checklistItem } from './checklist';
export type { ChecklistItem, ChecklistEntry, ChecklistState, EvidenceRule } from './checklist';
export { evaluateEvidence } from './evidence';
export type { EvidenceMap, EvidenceResult, EvidenceNumbers, EvidenceOptions } from './evidence';
export { progress, itemStatus, tick, untick, recordEvidence } from './progress';
export type { Progress, ItemStatus } from './progress';
export {
  PRE_LIVE,
  PRE_LIVE_GROUPS,
  PRE_LIVE_GROUP_NAMES,
  REVIEW,
  REVIEW_GROUPS,
} from './sessionChecklists';
export type { PreLiveGroup, ReviewGroup, SessionCheckItem } from './sessionChecklists';
export { ADVICE_RULES, SCORE_SAFE_LINE } from './adviceRules';
export type { AdviceRule, Condition, Against } from './adviceRules';
export { nextActions } from './advice';
export type { AdviceContext, NextAction, TriggerNumber } from './advice';
export { channelMix, CHANNEL_METRICS, FRAMEWORKS, STAGE_MIX_ADVICE, MIX_EXAMPLES } from './channels';
export type { ChannelInput, ChannelMetricId, ChannelMix, Framework, GroupShare, ChannelGroupDef } from './channels';
export { sortSessions, recentValue, score100, median, quantile } from './history';
export { explainValue } from './format';
