/**
 * The growth engine's larger half, as one module the side panel loads lazily (just after start,
 * beside its first reads): the 62-item checklist with its texts, the advice rules and the channel mix's tables. Stages, bands,
 * benchmarks, evidence and progress stay eager (the Now view's stage and bars need them).
 * Same functions and data as the barrel (./index.ts) exports; only the module split is new.
 */
export { CHECKLIST, checklistItem } from './checklist';
export { nextActions } from './advice';
export { channelMix } from './channels';
