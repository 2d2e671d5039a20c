/** A new label mapping is sent to the open backend tabs; a tab without our script is no error. */
import { describe, expect, it } from 'vitest';
import { addLabelMap } from '../../../lib/store/labelmaps';
import { MATCH_PATTERNS } from '../../../lib/platforms/hosts';
import { broadcastOverrides } from '../../../components/data/overrides';
import { freshDb } from '../../store/fixtures';

describe('broadcastOverrides', () => {
  it('queries our hosts only and sends the platform’s overrides to each tab', async () => {
    const db = freshDb();
    await addLabelMap(db, 'compass', '神秘指标', 'avgOnline');
    const queries: unknown[] = [];
    const sent: Array<[number, unknown]> = [];
    const told = await broadcastOverrides(db, 'compass', {
      tabs: {
        query: async (q) => (queries.push(q), [{ id: 1 }, { id: 2 }, {}]),
        sendMessage: async (id, msg) => {
          if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push([id, msg]);
        },
      },
    });
    expect(queries).toEqual([{ url: MATCH_PATTERNS }]);
    expect(told).toBe(1);
    expect(sent).toEqual([[1, { type: 'overridesChanged', platform: 'compass', overrides: { 神秘指标: 'avgOnline' } }]]);
    await db.delete();
  });

  it('without a tabs API (a plain page) it tells nobody', async () => {
    const db = freshDb();
    expect(await broadcastOverrides(db, 'compass', {})).toBe(0);
    await db.delete();
  });
});
