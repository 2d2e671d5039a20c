/**
 * Every message passed inside the extension, as one typed map: its type, what it carries and
 * what its answer is. Senders use `toBackground` / `toTab`, receivers `isMessage`; no other file
 * writes a message type as a string or casts a message or its reply.
 *
 * `isMessage` checks the type only: what a message carries is checked where it is answered
 * (a capture by its zod schema, lib/capture/schema.ts; a sync request by lib/background/sync.ts),
 * since any page of ours or content script could send anything.
 *
 * Types only, and two tiny functions: the content script carries this file.
 */
import type { ScheduledResult } from './backup/scheduled';
import type { CaptureReply } from './background/handle';
import type { SyncReply, SyncRequest } from './background/sync';
import type { PageCapture } from './capture/types';
import type { MetricId } from './metrics/catalog';
import type { SnapshotResponse } from './snapshot/respond';

/** A label → metric mapping of the user's own (lib/store/labelmaps.ts). */
export type Overrides = Record<string, MetricId>;

/** Answered by the background: lib/background/handle.ts (capture, getOverrides),
 *  lib/background/sync.ts (sync), entrypoints/background.ts (openPanel, runScheduledBackup). */
export interface ToBackground {
  /** a content script: what the page showed, settled (the reply feeds the in-page badge) */
  capture: { body: { capture: PageCapture }; reply: CaptureReply | undefined };
  /** a content script at start: the user's label mappings for its backend */
  getOverrides: { body: { platform: string }; reply: Overrides | undefined };
  /** the in-page badge was clicked: open the side panel beside that tab (Chrome) */
  openPanel: { body: Record<never, never>; reply: undefined };
  /** the Data view switched scheduled backups on: a first one now, if due */
  runScheduledBackup: { body: Record<never, never>; reply: ScheduledResult | undefined };
  /** the Data view's team folder card: sync now, test a configuration, (re)schedule */
  sync: { body: SyncRequest; reply: SyncReply | undefined };
}

/** Answered by the content script in a tab (components/content-script/run.ts). */
export interface ToContent {
  /** the panel's "save as test page": the page serialised where its DOM is */
  snapshot: { body: Record<never, never>; reply: SnapshotResponse };
  /** a label mapping changed in the panel: read with the new ones */
  overridesChanged: { body: { platform: string; overrides: Overrides }; reply: undefined };
}

type All = ToBackground & ToContent;
export type MessageType = keyof All;
export type Message<K extends MessageType> = { type: K } & All[K]['body'];
export type ReplyTo<K extends MessageType> = All[K]['reply'];

/** Is `msg` a message of this type? (The type only: see the file comment.) */
export const isMessage = <K extends MessageType>(msg: unknown, type: K): msg is Message<K> =>
  typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === type;

export interface RuntimeSend {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
}
export interface TabsSend {
  tabs: { sendMessage(tabId: number, msg: unknown): Promise<unknown> };
}

/** Send to the background; the answer typed by the message's type. */
export const toBackground = <K extends keyof ToBackground>(api: RuntimeSend, msg: Message<K>): Promise<ReplyTo<K>> =>
  api.runtime.sendMessage(msg) as Promise<ReplyTo<K>>;

/** Send to the content script of tab `tabId`. */
export const toTab = <K extends keyof ToContent>(api: TabsSend, tabId: number, msg: Message<K>): Promise<ReplyTo<K>> =>
  api.tabs.sendMessage(tabId, msg) as Promise<ReplyTo<K>>;
