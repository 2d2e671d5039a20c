/**
 * `npx tsx scripts/fixture-diff.ts [filter…] [--write]`: for each fixture page (those whose path
 * contains a filter), what the reader reads against what the expected file says, one line per
 * difference: a number read differently, read but not expected, expected but not read, a missed
 * label, the period. With --write the expected file's captures, derived, missed, unknown, held and
 * period are replaced by what the reader reads (other keys, such as notes and items, are kept),
 * so the change shows in `git diff` for a person to review. A review tool, never run by tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { listFixtures } from '../tests/helpers/fixtures';
import { attachDeclarativeShadowRoots } from '../lib/extract/dsd';
import { extractPage } from '../lib/extract/page';
import { adapterForUrl } from '../lib/platforms/registry';
import { expectedFrom, formatExpected } from '../lib/snapshot/expected';

const args = process.argv.slice(2);
const write = args.includes('--write');
const filters = args.filter((a) => !a.startsWith('--'));

for (const f of listFixtures().filter((x) => !filters.length || filters.some((q) => x.name.includes(q)))) {
  const adapter = adapterForUrl(f.expected.url)!;
  const window = new Window({
    url: f.expected.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(f.html, 'text/html') as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  const read = extractPage(doc, f.expected.url, adapter, { now: 0 });
  const got = expectedFrom(read, '');
  const lines: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
  const key = (x: { scope: string; metric: string }) => `${x.scope}|${x.metric}`;
  const want = new Map(f.expected.captures.map((c) => [key(c), c]));
  const have = new Map(got.captures.map((c) => [key(c), c]));
  for (const [k, c] of have) {
    const w = want.get(k);
    if (!w) lines.push(`  + ${k} = ${c.value} (${c.text})`);
    else if (!same(w, c)) lines.push(`  ~ ${k}: want ${JSON.stringify(w)}\n           got  ${JSON.stringify(c)}`);
  }
  for (const [k, w] of want) if (!have.has(k)) lines.push(`  - ${k} = ${w.value} (${w.text})`);
  const ms = (xs: Array<{ scope: string; metric: string; reason: string }> = []) => new Set(xs.map((m) => `${m.scope}|${m.metric}|${m.reason}`));
  const wm = ms(f.expected.missed),
    gm = ms(got.missed);
  for (const m of gm)
    if (!wm.has(m)) lines.push(`  missed+ ${m} ${JSON.stringify(got.missed.find((x) => `${x.scope}|${x.metric}|${x.reason}` === m)?.text ?? '')}`);
  for (const m of wm) if (!gm.has(m)) lines.push(`  missed- ${m}`);
  if (!same(f.expected.sessions ?? [], got.sessions ?? []))
    lines.push(`  sessions: want ${(f.expected.sessions ?? []).map((x) => x.key).join(',')} got ${(got.sessions ?? []).map((x) => x.key).join(',')}`);
  if (!same(f.expected.derived ?? [], got.derived))
    lines.push(
      `  derived: want ${(f.expected.derived ?? []).map((d) => `${d.metric}=${d.value}`).join(' ')} got ${got.derived.map((d) => `${d.metric}=${d.value}`).join(' ')}`,
    );
  if (!same(f.expected.shop ?? null, got.shop ?? null)) lines.push(`  shop: want ${JSON.stringify(f.expected.shop)} got ${JSON.stringify(got.shop)}`);
  if (!same(f.expected.session ?? null, got.session ?? null))
    lines.push(`  session: want ${JSON.stringify(f.expected.session)} got ${JSON.stringify(got.session)}`);
  if ((f.expected.period ?? null) !== got.period) lines.push(`  period: want ${f.expected.period} got ${got.period}`);
  if (read.held.length) lines.push(`  held: ${read.held.map((h) => `${h.scope}|${h.metric}|${h.why}`).join(', ')}`);
  console.log(`${f.name}: ${lines.length ? '' : 'same'}`);
  for (const l of lines) console.log(l);
  if (write && lines.length) {
    const old = JSON.parse(readFileSync(f.htmlPath.replace(/\.html$/, '.expected.json'), 'utf8')) as Record<string, unknown>;
    const { review: _r, ...fresh } = got;
    const merged: Record<string, unknown> = { ...old, ...fresh };
    for (const k of ['shop', 'session', 'sessions'] as const) if (!(k in fresh)) delete merged[k];
    if (read.held.length) merged.held = read.held.map((h) => `${h.scope}|${h.metric}|${h.why}`);
    else delete merged.held;
    writeFileSync(f.htmlPath.replace(/\.html$/, '.expected.json'), formatExpected(merged as never));
  }
  await window.happyDOM.close();
}

function sorted(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sorted);
  if (x && typeof x === 'object')
    return Object.fromEntries(
      Object.entries(x)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return x;
}
