import { describe, expect, it } from 'vitest';
import { parseCaptureMessage, PageCaptureSchema, LIMITS } from '../../lib/capture/schema';
import type { PageCapture } from '../../lib/capture/types';
import { liveCapture, reading, tableCapture } from './fixtures';

const msg = (capture: unknown) => ({ type: 'capture', capture });
const bad = (c: unknown): string => {
  const r = parseCaptureMessage(msg(c));
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
};
const patch = (over: Partial<PageCapture>): PageCapture => liveCapture(over);
const withReading = (r: object): PageCapture => patch({ captures: [r as never] });

describe('parseCaptureMessage', () => {
  it('accepts a good live capture and a good table capture', () => {
    for (const c of [liveCapture(), tableCapture()]) {
      const r = parseCaptureMessage(msg(c));
      expect(r).toEqual({ ok: true, capture: c });
    }
  });

  it('rejects what is not a capture message', () => {
    expect(parseCaptureMessage(null).ok).toBe(false);
    expect(parseCaptureMessage({ type: 'other', capture: liveCapture() }).ok).toBe(false);
    expect(parseCaptureMessage({ ...msg(liveCapture()), extra: 1 }).ok).toBe(false);
  });

  it.each<[string, unknown, RegExp]>([
    ['unknown key (strict)', { ...liveCapture(), evil: true }, /evil/],
    ['unknown metric id', withReading({ ...reading('viewers', 1, '1'), metric: 'hackers' }), /captures\.0\.metric/],
    ['NaN', withReading(reading('viewers', NaN, '1')), /captures\.0\.value/],
    ['Infinity', withReading(reading('gmv', Infinity, '1')), /captures\.0\.value/],
    ['negative count', withReading(reading('viewers', -1, '-1')), /count cannot be negative/],
    ['fractional count', withReading(reading('viewers', 1.5, '1.5')), /whole number/],
    ['ratio above 100 (10,000 %)', withReading(reading('clickToPayRate', 101, '10100%')), /captures\.0\.value/],
    ['negative ratio', withReading(reading('clickToPayRate', -0.1, '-10%')), /rate cannot be negative/],
    ['money beyond ¥10 trillion', withReading(reading('gmv', 1e14, '1e14')), /out of range/],
    ['unit not the catalogue unit', withReading({ ...reading('viewers', 1, '1'), unit: 'ratio' }), /measured in count/],
    [
      'benchmark share above 1',
      withReading({ ...reading('gmv', 1, '1'), benchmarks: [{ kind: 'peerBeatShare', text: '超过120%', value: 1.2 }] }),
      /benchmarks\.0\.value/,
    ],
    ['scope not a listed row', withReading({ ...reading('viewers', 1, '1'), scope: 'Z' }), /captures\.0\.scope/],
    ['same metric twice in a scope', patch({ captures: [reading('viewers', 1, '1'), reading('viewers', 2, '2')] }), /appears twice/],
    ['http url', patch({ url: 'http://compass.jinritemai.com/x' }), /capture\.url:/],
    ['host StageLens does not read', patch({ url: 'https://evil.example.com/compass.jinritemai.com' }), /capture\.url:/],
    ['look-alike host', patch({ url: 'https://compass.jinritemai.com.evil.cn/' }), /capture\.url:/],
    ['javascript url', patch({ url: 'javascript:alert(1)' }), /capture\.url:/],
    ['capturedAt a day ahead', patch({ capturedAt: Date.now() + 86_400_000 }), /capturedAt is in the future/],
    ['capturedAt before 2020', patch({ capturedAt: 0 }), /capturedAt/],
    ['capturedAt not an integer', patch({ capturedAt: 1.5e12 + 0.5 }), /capturedAt/],
    ['start not ISO with offset', patch({ session: { key: 'x', start: '2025/07/28 22:15' } }), /session\.start/],
    ['platform not an identifier', patch({ platform: '<img src=x>' }), /platform/],
    ['empty session key', patch({ sessions: [{ key: '' }] }), /sessions\.0\.key/],
    ['label too long', withReading({ ...reading('viewers', 1, '1'), label: 'x'.repeat(LIMITS.label + 1) }), /captures\.0\.label/],
    ['too many readings', patch({ captures: Array.from({ length: LIMITS.readings + 1 }, () => reading('viewers', 1, '1')) }), /captures/],
    ['null instead of array', { ...liveCapture(), missed: null }, /missed/],
  ])('rejects %s', (_name, capture, where) => {
    expect(bad(capture)).toMatch(where);
  });

  it('keeps missing values as null and derived readings as derived', () => {
    const r = PageCaptureSchema.parse(liveCapture());
    expect(r.captures.find((x) => x.metric === 'peakOnline')?.value).toBeNull();
    expect(r.captures.find((x) => x.metric === 'uvValue')?.source).toBe('derived');
  });

  it('allows a capture a few minutes ahead (clock skew) and negative money', () => {
    expect(parseCaptureMessage(msg(patch({ capturedAt: Date.now() + 60_000 }))).ok).toBe(true);
    expect(parseCaptureMessage(msg(withReading(reading('netGmv', -120.5, '-¥120.50')))).ok).toBe(true);
  });
});
