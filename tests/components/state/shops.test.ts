import { effect } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { createShops } from '../../../components/state/shops';
import { ingestCapture } from '../../../lib/store/ingest';
import { T0, freshDb, liveCapture, tableCapture } from '../../store/fixtures';

const settle = <T>(read: () => T, ok: (v: T) => boolean): Promise<T> =>
  new Promise((res) => {
    const stop = effect(() => {
      const v = read();
      if (ok(v))
        queueMicrotask(() => {
          stop();
          res(v);
        });
    });
  });

let shops: ReturnType<typeof createShops> | null = null;
afterEach(() => shops?.dispose());

describe("the panel's shops", () => {
  it("follows the page's account to its shop, and a picked shop merged into another to where it went", async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture()); // compass:S1 小蜜蜂旗舰店
    await ingestCapture(db, { ...liveCapture(), shop: { id: 'S9', name: '另一家店' }, capturedAt: T0 + 5000 });
    await ingestCapture(db, {
      ...liveCapture(),
      platform: 'doudian',
      page: 'home',
      url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
      shop: { id: 'S1' },
      capturedAt: T0 + 9000,
    });
    shops = createShops(db);
    const s = shops;
    await settle(
      () => s.signals.list.value,
      (l) => l.length === 2,
    );
    // the 抖店 page shows 店铺ID S1: its shop is 罗盘's S1
    s.actions.follow('doudian:S1');
    expect(s.computed.current.value).toBe('compass:S1');
    expect(s.computed.currentRow.value?.platforms).toEqual(['compass', 'doudian']);
    s.actions.select('compass:S9');
    expect(s.computed.current.value).toBe('compass:S9');
    expect(await s.actions.merge('compass:S1', 'compass:S9')).toBe(true);
    await settle(
      () => s.signals.list.value,
      (l) => l.length === 1,
    );
    expect(s.computed.current.value).toBe('compass:S1');
    await settle(
      () => s.signals.log.value,
      (l) => l.length === 1,
    );
    expect(await s.actions.undo(s.signals.log.value[0]!.id)).toBe(true);
    await settle(
      () => s.signals.list.value,
      (l) => l.length === 2,
    );
  });
});
