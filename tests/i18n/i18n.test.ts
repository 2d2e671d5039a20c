/** Every interface word exists in zh-CN and en, non-empty, with the same {placeholders}. */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, createT, hasLang, loadLang } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('has every key in both languages, non-empty, with matching placeholders', () => {
    const zk = Object.keys(zhCN).sort();
    const ek = Object.keys(en).sort();
    expect(ek).toEqual(zk);
    for (const k of zk) {
      const z = zhCN[k as keyof typeof zhCN];
      const e = en[k as keyof typeof en];
      expect(z.trim(), `zh-CN ${k}`).not.toBe('');
      expect(e.trim(), `en ${k}`).not.toBe('');
      expect(holes(e), `placeholders of ${k}`).toEqual(holes(z));
    }
  });

  it("English is English: no Han characters left untranslated (except the platforms' own terms)", () => {
    const han = Object.entries(en).filter(([k, v]) => k !== 'lang.zh-CN' && /[\u4e00-\u9fff]/.test(v) && !/[“"「(（]/.test(v));
    expect(han.map(([k]) => k)).toEqual([]);
  });

  it('loads English on demand: zh-CN until then', async () => {
    expect(createT('zh-CN')('tab.now')).toBe('当前');
    await loadLang('en');
    expect(hasLang('en')).toBe(true);
    expect(DICTIONARIES.en).toBe(en);
    expect(createT('en')('tab.now')).toBe(en['tab.now']);
  });

  it('fills parameters as text and defaults to zh-CN', () => {
    const t = createT('en');
    expect(t('error.read', { message: '<b>x</b>' })).toContain('<b>x</b>');
    expect(DICTIONARIES['zh-CN']).toBe(zhCN);
    expect(createT('zh-CN')('tab.now')).toBe('当前');
  });
});

describe("i18n: the Items view's own words", () => {
  it('has every key in both languages, non-empty, with matching placeholders, English in English', async () => {
    const { itemsEn, itemsZh, itemsT } = await import('../../lib/i18n/items');
    expect(Object.keys(itemsEn).sort()).toEqual(Object.keys(itemsZh).sort());
    for (const [k, z] of Object.entries(itemsZh)) {
      const e = itemsEn[k as keyof typeof itemsEn];
      expect(z.trim(), k).not.toBe('');
      expect(e.trim(), k).not.toBe('');
      expect(holes(e), `placeholders of ${k}`).toEqual(holes(z));
      if (/[\u4e00-\u9fff]/.test(e)) expect(e, `en ${k}`).toMatch(/[“"「(（]/);
    }
    expect(itemsT('en')('items.title', { n: 3 })).toBe('Items in this session (3)');
    expect(itemsT('zh-CN')('items.title', { n: 3 })).toBe('本场商品（3 个）');
  });
});

describe("i18n: the live co-pilot's own words", () => {
  it('has every key in both languages, non-empty, with matching placeholders, English in English', async () => {
    const { liveEn, liveZh, liveT } = await import('../../lib/i18n/live');
    expect(Object.keys(liveEn).sort()).toEqual(Object.keys(liveZh).sort());
    for (const [k, z] of Object.entries(liveZh)) {
      const e = liveEn[k as keyof typeof liveEn];
      expect(z.trim(), k).not.toBe('');
      expect(e.trim(), k).not.toBe('');
      expect(holes(e), `placeholders of ${k}`).toEqual(holes(z));
      if (/[\u4e00-\u9fff]/.test(e)) expect(e, `en ${k}`).toMatch(/[“"「(（]/);
    }
    expect(liveT('en')('live.strip.title', { n: 2 })).toBe('Live alerts (2)');
  });
});
