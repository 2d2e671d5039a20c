/** The inspector's "保存为测试页": asks the open tab, previews as text, downloads through a Blob. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb, liveCapture } from '../store/fixtures';
import { snapshotFileName, previewText } from '../../lib/snapshot/received';
import { unzipFiles } from '../../lib/snapshot/zip';
import { $, $$, click, ingestAll, mount, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
  vi.restoreAllMocks();
});

const button = (root: ParentNode, name: RegExp) => $$<HTMLButtonElement>(root, 'button').find((b) => name.test(b.textContent ?? ''));
const PAGE = '<html><body><div class="card"><span>直播间成交金额</span><b>¥1,234</b></div><img src=x onerror=alert(1)><script>alert(2)</script></body></html>';

describe('save as test page', () => {
  it('sends {type:"snapshot"} to the open tab, anonymises the page, previews it as text, then downloads page + expected file as one zip', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    const mm = await mount(db, { url: liveCapture().url, reply: { ok: true, html: PAGE, url: liveCapture().url } });
    m = mm;
    const root = mm.root;
    await waitFor(() => $(root, 'details.inspector'));
    const ask = await waitFor(() => {
      const b = button(root, /保存为测试页/);
      return b && !b.disabled && b;
    });
    await click(ask);
    expect(mm.sendMessage).toHaveBeenCalledWith(7, { type: 'snapshot' });
    const pre = await waitFor(() => $(root, '.snapshot-preview pre.preview-page'));
    // anonymised in the panel before anything is shown: the label stays, the number keeps its shape only
    expect(pre.textContent).toContain('直播间成交金额');
    expect(pre.textContent).not.toContain('1,234');
    expect(pre.textContent).toMatch(/¥\d,\d{3}/);
    expect(pre.textContent).not.toContain('alert(2)');
    expect(root.querySelector('.snapshot-preview img, .snapshot-preview script, .snapshot-preview b')).toBeNull();
    expect($(root, '.snapshot-preview .preview-expected')?.textContent).toContain('"review": "to review"');
    // the address as it will be saved: keys kept, values scrubbed; the notes say what changed
    const url = $(root, '.snapshot-preview .snapshot-url')!.textContent!;
    expect(url).toMatch(/^https:\/\/compass\.jinritemai\.com\/screen\/live\?live_room_id=\d{19}&_t=\d{13}$/);
    expect(url).not.toContain('7528000000000000001');
    expect($$(root, '.snapshot-notes li').length).toBeGreaterThan(3);
    await click(button(root, /下载/)!);
    await waitFor(() => blobs.length === 1);
    // one zip: the page and its expected file
    const files = unzipFiles(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(files.map((f) => f.name.replace(/^compass-[\w-]+?\./, 'compass-<page>.'))).toEqual(['compass-<page>.html', 'compass-<page>.expected.json']);
    expect(files[0]!.content).toContain('直播间成交金额');
    expect(files[0]!.content).not.toMatch(/1,234|<script|onerror|<img/);
    await waitFor(() => $(root, '[data-snapshot=saved]'));
  });

  it('says so when the page does not answer, and is disabled with no supported tab open', async () => {
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    m = await mount(db, { url: liveCapture().url, reply: undefined });
    await click(
      await waitFor(() => {
        const b = button(m!.root, /保存为测试页/);
        return b && !b.disabled && b;
      }),
    );
    await waitFor(() => $(m!.root, '.snapshot [role=alert]')?.textContent?.includes('没有回应'));
    m.unmount();
    m = await mount(db, { url: null });
    const b = await waitFor(() => button(m!.root, /保存为测试页/));
    expect(b.disabled).toBe(true);
  });

  it('names files safely and previews without running anything', () => {
    expect(snapshotFileName('../../etc/passwd', undefined, 0)).toBe('etc-passwd.html');
    expect(snapshotFileName(undefined, 'https://compass.jinritemai.com/x', Date.parse('2025-07-28T12:00:00Z'))).toBe(
      'stagelens-test-page-compass-202507282000.html',
    );
    expect(previewText('<style>.a{}</style><p>a</p><p>b</p>')).toBe('a\nb');
  });
});
