/**
 * lib/messages.ts: one typed map of the extension's messages. The guards and senders, and a scan
 * that no other source file sends a message around them or tells a message by its type string.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isMessage, toBackground, toTab, type MessageType, type ToBackground, type ToContent } from '../lib/messages';

/** every message type, once (a `satisfies` keeps the list equal to the map's keys) */
const TYPES = {
  capture: 1,
  getOverrides: 1,
  openPanel: 1,
  runScheduledBackup: 1,
  sync: 1,
  snapshot: 1,
  overridesChanged: 1,
} as const satisfies Record<MessageType, 1>;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keysAreAll: Exactly<keyof typeof TYPES, keyof ToBackground | keyof ToContent> = true;

const ROOT = join(__dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('the message protocol', () => {
  it('tells a message by its type, and nothing else for one', () => {
    expect(keysAreAll).toBe(true);
    expect(isMessage({ type: 'capture', capture: {} }, 'capture')).toBe(true);
    expect(isMessage({ type: 'capture' }, 'getOverrides')).toBe(false);
    for (const junk of [null, undefined, 'capture', 7, [], { kind: 'capture' }]) expect(isMessage(junk, 'capture')).toBe(false);
  });

  it('sends to the background and to a tab as given, and hands back the answer', async () => {
    const runtime = { sendMessage: vi.fn(async () => ({ release: 'gmv' })) };
    expect(await toBackground({ runtime }, { type: 'getOverrides', platform: 'compass' })).toEqual({ release: 'gmv' });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'getOverrides', platform: 'compass' });
    const tabs = { sendMessage: vi.fn(async () => undefined) };
    await toTab({ tabs }, 7, { type: 'overridesChanged', platform: 'compass', overrides: { 新标签: 'views' } });
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'overridesChanged', platform: 'compass', overrides: { 新标签: 'views' } });
  });

  it('no other source file sends around it or tells a message by its type string', () => {
    const types = Object.keys(TYPES).join('|');
    const send = /\.sendMessage\(/;
    const byString = new RegExp(`type\\s*[!=]==\\s*'(${types})'`);
    const offenders = ['entrypoints', 'components', 'lib']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => relative(ROOT, f) !== join('lib', 'messages.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [relative(ROOT, f), i + 1, line] as const),
      )
      .filter(([, , line]) => !/^\s*(\/\/|\*|\/\*)/.test(line) && (send.test(line) || byString.test(line)))
      .map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
