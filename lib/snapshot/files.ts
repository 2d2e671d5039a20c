/**
 * What a snapshot is saved as: `<platform>-<page>.html` and `<platform>-<page>.expected.json`,
 * packed in one `<platform>-<page>.zip` download. `npm run fixture:add -- <the zip>` (or the two
 * files) puts them under tests/fixtures/<platform>/. No DOM or extension API here: the side panel
 * builds the download from the content script's answer.
 */
import { formatExpected, type SnapshotExpected } from './expected';
import { zipFiles } from './zip';

export interface SnapshotFile {
  name: string;
  content: string;
  type: string;
}

const safe = (x: string) => x.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'unknown';

/** `<platform>-<page>`, from the expected file (never from anything the page controls freely). */
export const snapshotBase = (e: Pick<SnapshotExpected, 'platform' | 'page'>): string => `${safe(e.platform)}-${safe(e.page)}`;

/** The two files of a snapshot. */
export function snapshotFiles(s: { html: string; expected: SnapshotExpected }): SnapshotFile[] {
  const base = snapshotBase(s.expected);
  return [
    { name: `${base}.html`, content: s.html, type: 'text/html;charset=utf-8' },
    { name: `${base}.expected.json`, content: formatExpected(s.expected), type: 'application/json' },
  ];
}

/** Both files in one zip: its name and bytes. */
export function snapshotZip(s: { html: string; expected: SnapshotExpected }, at?: Date): { name: string; bytes: Uint8Array } {
  return { name: `${snapshotBase(s.expected)}.zip`, bytes: zipFiles(snapshotFiles(s), at) };
}
