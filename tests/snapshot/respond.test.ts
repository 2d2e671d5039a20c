/**
 * The two halves as the extension runs them: the content script's answer (respondToSnapshot:
 * the page saved + the live reading, plain data that survives messaging) and the panel's
 * (snapshotFromReply: validated, anonymised, zipped), give exactly the snapshot makeSnapshot
 * makes from the page — on every fixture.
 */
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../lib/platforms/registry';
import { makeSnapshot, respondToSnapshot, unzipFiles } from '../../lib/snapshot';
import { LiveSchema, SnapshotReplySchema, snapshotFromReply } from '../../lib/snapshot/received';
import { loadFixtureDocument } from '../helpers/fixtures';
import { snapshotFixtures } from './fixtures';

describe.each(snapshotFixtures().map((f) => [f.name, f] as const))('%s: content script answer → panel', (_n, f) => {
  it('gives the snapshot makeSnapshot gives, hints included', () => {
    const adapter = adapterForUrl(f.expected.url)!;
    const answer = respondToSnapshot(loadFixtureDocument(f.html), f.expected.url, adapter);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    // what runtime messaging hands over: plain data only
    const wire = JSON.parse(JSON.stringify(answer)) as unknown;
    const reply = SnapshotReplySchema.parse(wire);
    if (!('html' in reply)) throw new Error('not a page');
    expect(reply.html).not.toMatch(/<script/i);
    // the live reading is accepted as the anonymiser's hint (a rejected one would silently drop it)
    expect(LiveSchema.safeParse(reply.live).success).toBe(true);
    const file = snapshotFromReply(reply, Date.UTC(2026, 0, 1), { seed: 5 });
    const direct = makeSnapshot(loadFixtureDocument(f.html), f.expected.url, adapter, { seed: 5 });
    expect(file.html).toBe(direct.html);
    expect(file.url).toBe(direct.url);
    expect(file.notes).toEqual(direct.notes);
    const files = unzipFiles(file.data as Uint8Array);
    expect(files.map((x) => x.name)).toEqual(file.files);
    expect(JSON.parse(files[1]!.content)).toEqual(JSON.parse(JSON.stringify(direct.expected)));
  });
});

describe('a reply the panel cannot use', () => {
  it("fails with the page's error, or when the address is not one StageLens reads", () => {
    expect(SnapshotReplySchema.parse({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(() => snapshotFromReply({ html: '<html><body>x</body></html>', url: 'https://example.com/' }, 0)).toThrow(/not a page StageLens reads/);
    expect(() => snapshotFromReply({ html: '<html><body>x</body></html>' }, 0)).toThrow(/address/);
  });
});
