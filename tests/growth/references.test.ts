/**
 * Meta-test: every metric id and checklist id that the growth data mentions must exist, so a
 * renamed metric or item fails here rather than silently never matching.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, isMetricId } from '../../lib/metrics/catalog';
import { ADVICE_RULES, BANDS, CHANNEL_METRICS, CHECKLIST, FRAMEWORKS, PRE_LIVE, REVIEW, STAGE_THRESHOLDS, checklistItem } from '../../lib/growth';

/** Collect every string found under a key in `keys`, at any depth (arrays of strings included). */
function collect(data: unknown, keys: readonly string[], out: string[] = []): string[] {
  if (Array.isArray(data)) for (const x of data) collect(x, keys, out);
  else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (keys.includes(k)) for (const s of [v].flat()) if (typeof s === 'string') out.push(s);
      collect(v, keys, out);
    }
  }
  return out;
}

const DATA = { ADVICE_RULES, BANDS, CHECKLIST, FRAMEWORKS, PRE_LIVE, REVIEW, STAGE_THRESHOLDS };

describe('references in the growth data', () => {
  const metricRefs = [...collect(DATA, ['metric', 'metrics']), ...CHANNEL_METRICS];

  it('finds plenty of metric references (the walk is not vacuous)', () => {
    expect(metricRefs.length).toBeGreaterThan(60);
  });

  it.each([...new Set(metricRefs)])('metric %s exists in METRICS', (id) => {
    expect(isMetricId(id)).toBe(true);
    expect(METRICS[id as keyof typeof METRICS]).toBeDefined();
  });

  it.each([...new Set(collect(ADVICE_RULES, ['advances', 'item']))])('checklist item %s exists', (id) => {
    expect(checklistItem(id)).toBeDefined();
  });

  it('advice rules have unique ids and both languages', () => {
    expect(new Set(ADVICE_RULES.map((r) => r.id)).size).toBe(ADVICE_RULES.length);
    for (const r of ADVICE_RULES) expect(r.action.zh && r.action.en && r.why.zh && r.why.en).toBeTruthy();
  });

  it('evidence rules only use metrics whose direction can be judged', () => {
    for (const i of CHECKLIST) {
      const e = i.evidence;
      if (e && 'metric' in e && e.kind === 'bandStreak') expect(METRICS[e.metric].better).not.toBe('neutral');
    }
  });
});
