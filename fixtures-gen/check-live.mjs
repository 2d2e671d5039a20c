/**
 * Drive each living page (tests/fixtures-live/<name>.html) through its states in Chromium at
 * ?speed=4 and print the visible text per state, to check every phase happens as its truth file
 * says. Exits non-zero when a check fails.
 *   node check-live.mjs                 every page
 *   node check-live.mjs odometer kwai   pages whose name contains an argument
 * The page is answered at its real URL (page.route), as render.mjs and scripts/chromium.ts do.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'tests', 'fixtures-live');
const SPEED = Number(process.env.SPEED ?? 4);
const filters = process.argv.slice(2);
let failures = 0;

const sleep = (t) => new Promise((r) => setTimeout(r, t));
function check(ok, what) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures += 1;
}
const squash = (s) => s.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();

/**
 * In-page recorder: `probe` (the source of a function run in the page) is called on every DOM
 * mutation and every window.__fixture change; each distinct result is kept in window.__rec with
 * its time, the fixture phase and the URL. Phases last a few hundred ms at speed 4, shorter than
 * a round trip from here, so checks read this log rather than poll.
 */
const recorder = (probe) => `(() => {
  const probe = ${probe};
  window.__rec = [];
  let last = '';
  const take = () => {
    let s;
    try { s = probe(); } catch (e) { return; }
    s.phase = window.__fixture ? window.__fixture.phase : null;
    s.url = location.pathname + location.search;
    const k = JSON.stringify(s);
    if (k === last) return;
    last = k;
    s.t = Math.round(performance.now());
    window.__rec.push(s);
  };
  new MutationObserver(take).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('__fixture', take);
})()`;

async function open(browser, name, probe) {
  const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8'));
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const url = truth.url + (truth.url.includes('?') ? '&' : '?') + `speed=${SPEED}`;
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // only the HTML document is served; anything else is refused (everything must be inline)
  const refused = [];
  await page.route('**/*', (r) => {
    const u = r.request().url().split('#')[0];
    if (u === url) return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    refused.push(u);
    return r.fulfill({ status: 404, body: '' });
  });
  if (probe) await page.addInitScript(recorder(probe));
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__fixture, null, { timeout: 30_000, polling: 5 });
  const at = () => `${((Date.now() - t0) / 1000).toFixed(2)}s`;
  const snap = async (label, sel = 'body') => {
    const text = await page.evaluate((s) => document.querySelector(s)?.innerText ?? '', sel);
    const fx = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(window.__fixture ?? {}).filter(([k]) => k !== 'log' && k !== 'timings'))));
    console.log(`\n--- [${at()}] ${label}\n    url: ${page.url()}\n    __fixture: ${fx}\n${squash(text).split('\n').map((l) => '    | ' + l).join('\n')}`);
    return text;
  };
  const done = async () => {
    check(errors.length === 0, `no page errors ${errors.join('; ')}`);
    check(refused.length === 0, `no other request ${refused.join(', ')}`);
    await ctx.close();
  };
  const rec = () => page.evaluate(() => window.__rec);
  return { page, truth, url, snap, done, at, rec, ms: (t) => t / SPEED };
}

/** poll `fn` in the page until it is truthy */
const until = (page, fn, arg, timeout = 30_000) => page.waitForFunction(fn, arg, { timeout, polling: 10 });

// ───────────────────────── pages ─────────────────────────

const scenarios = {};

scenarios['compass-overview-living'] = async (b) => {
  const probe = `() => ({
    cards: [...document.querySelectorAll('.aurora-data-card-card-item')].map((el) => el.querySelector('.aurora-data-card-value-core').textContent),
    hidden: [...document.querySelectorAll('.aurora-data-card-value-main')].filter((e) => getComputedStyle(e).display === 'none').map((e) => e.textContent),
    right: document.querySelector('.aurora-data-card-main-right')?.textContent,
    spin: document.querySelectorAll('.ecom-spin-spinning').length,
    skel: document.querySelectorAll('.ecom-skeleton').length,
    active: [...document.querySelectorAll('.aurora-tabs-tab-active')].map((e) => e.textContent).join(','),
  })`;
  const { page, truth, snap, done, rec } = await open(b, 'compass-overview-living', probe);
  const want = (state) => JSON.stringify(truth.states.find((s) => s.state === state).values.map((v) => v.text));
  const PH = ['—', '--', '', '0.00'];
  const show = (r) => `${String(r.t).padStart(5)}ms ${r.phase?.padEnd(9)} spin=${r.spin} ${r.active} ${JSON.stringify(r.cards)}${r.hidden.length ? ' hidden=' + JSON.stringify(r.hidden) : ''}`;

  await page.waitForFunction(() => window.__fixture?.phase === 'settled', null, { timeout: 30_000 });
  await snap('settled 近1天', '.overview-Hk2LmQ');
  let r = await rec();
  const loading = r.filter((x) => x.phase === 'loading' && x.cards.length);
  const counting = r.filter((x) => x.phase === 'counting');
  console.log('\n    loading records:\n' + loading.map((x) => '      ' + show(x)).join('\n'));
  console.log(`    count-up: ${counting.length} frames, e.g.\n` + counting.filter((_, i) => i % 6 === 0).map((x) => '      ' + show(x)).join('\n'));
  check(loading.length > 0 && loading.every((x) => x.spin === 1 && x.skel === 1 && x.cards.every((c) => PH.includes(c))), 'loading: spin + skeleton, value-main placeholders only');
  check(loading.every((x) => x.right === '昨日 ¥187,902.15同行基准 ¥150,230.00'), 'loading: 昨日 / 同行基准 shown');
  check(loading.some((x) => x.hidden.includes('0.00')), 'loading: 客单价 value-main display:none with 0.00');
  check(loading.every((x) => x.active.startsWith('近1天')), '近1天 active from date_type=22');
  check(counting.length > 5 && counting.slice(1).every((x) => x.spin === 0), 'count-up frames, no spin (antd drops the spin class one render late)');
  check(JSON.stringify(r.at(-1).cards) === want('近1天'), `settled = truth ${JSON.stringify(r.at(-1).cards)}`);

  const n0 = r.length;
  await page.click('.aurora-tabs-tab[data-node-key="21"]');
  await page.waitForFunction(() => window.__fixture?.phase === 'switching');
  await snap('switching to 近7天 (old numbers under the spin)', '.overview-Hk2LmQ');
  await page.waitForFunction(() => window.__fixture?.phase === 'settled' && window.__fixture.shown === '近7天', null, { timeout: 30_000 });
  await snap('settled 近7天', '.overview-Hk2LmQ');
  r = (await rec()).slice(n0);
  const sw = r.filter((x) => x.phase === 'switching');
  const c2 = r.filter((x) => x.phase === 'counting');
  console.log('\n    switching records:\n' + sw.map((x) => '      ' + show(x)).join('\n'));
  console.log(`    count-up: ${c2.length} frames, e.g.\n` + c2.filter((_, i) => i % 6 === 0).map((x) => '      ' + show(x)).join('\n'));
  check(sw.length > 0 && sw.every((x) => x.active.startsWith('近7天') && JSON.stringify(x.cards) === want('近1天')) && sw.slice(1).every((x) => x.spin === 1), 'switching: 近7天 active at once, spin (one render late), 近1天 numbers stay');
  const spinMs = (c2[0]?.t ?? 0) - sw[0]?.t;
  check(spinMs > 650 && spinMs < 900, `old numbers for ${spinMs} ms (3000/4 expected)`);
  check(c2.length > 5 && c2.slice(1).every((x) => x.spin === 0 && x.active.startsWith('近7天')), 'count-up frames from the old values');
  check(JSON.stringify(r.at(-1).cards) === want('近7天'), `settled = truth ${JSON.stringify(r.at(-1).cards)}`);

  await page.click('.aurora-tabs-tab[data-node-key="1"]');
  await page.waitForFunction(() => window.__fixture?.phase === 'settled' && window.__fixture.shown === '实时', null, { timeout: 30_000 });
  await snap('settled 实时', '.overview-Hk2LmQ');
  r = await rec();
  check(JSON.stringify(r.at(-1).cards) === want('实时'), `settled = truth ${JSON.stringify(r.at(-1).cards)}`);

  const k = await page.evaluate(() => window.__fixture.urlRewrites ?? 0);
  await page.waitForFunction((k) => window.__fixture.urlRewrites > k && window.__fixture.rewrittenWhile === '实时', k, { timeout: 30_000 });
  await snap('after the router rewrite', '.tabsBar-Pq4Rt8');
  r = await rec();
  const dt = new URL(page.url()).searchParams.get('date_type');
  check(dt !== '1' && dt !== '22' && r.at(-1).active.startsWith('实时'), `date_type rewritten to ${dt} at ${r.at(-1).t} ms, tab still 实时`);
  await done();
};

scenarios['compass-screen-odometer'] = async (b) => {
  const probe = `() => ({
    odo: document.querySelector('.hugeNumberContainer--x3Fk2 .odometer')?.innerText.replace(/\\s+/g, ''),
    box: document.querySelector('.hugeNumberContainer--x3Fk2')?.textContent,
    vals: document.querySelectorAll('.hugeNumberContainer--x3Fk2 .odometer-value').length,
    animating: !!document.querySelector('.odometer-animating'),
    ind: [...document.querySelectorAll('.container--wSBB3')].map((e) => e.querySelector('.value--Rt5Yp').textContent),
    step: window.__fixture ? window.__fixture.step : null,
  })`;
  const { page, truth, snap, done, rec } = await open(b, 'compass-screen-odometer', probe);
  await snap('loading');
  await page.waitForFunction(() => window.__fixture?.step === 0 && window.__fixture.phase === 'settled', null, { timeout: 30_000 });
  await snap('step 0 settled');
  await page.waitForFunction(() => window.__fixture?.step === 4 && window.__fixture.phase === 'settled', null, { timeout: 60_000 });
  await snap('step 4 settled (final)');
  const r = await rec();
  const show = (x) => `${String(x.t).padStart(5)}ms ${String(x.phase).padEnd(8)} step=${x.step} odo=${JSON.stringify(x.odo?.slice(0, 40))} values=${x.vals} ${JSON.stringify(x.ind)}`;
  const last = r.at(-1);
  console.log(`\n    settled .odometer innerText (spaces removed) ${JSON.stringify(last.odo)}; .hugeNumberContainer textContent (spacer 8s included) ${JSON.stringify(last.box)}`);
  console.log('\n    records (every 4th):\n' + r.filter((_, i) => i % 4 === 0 || r[i].phase !== r[i - 1]?.phase).map((x) => '      ' + show(x)).join('\n'));
  const states = truth.states.filter((s) => s.state.startsWith('step'));
  for (const [i, st] of states.entries()) {
    const settled = r.filter((x) => x.step === i && x.phase === 'settled');
    const want = st.values.map((v) => v.text);
    check(settled.length > 0 && settled.every((x) => x.odo === want[0] && JSON.stringify(x.ind) === JSON.stringify(want.slice(1)) && !x.animating), `step ${i} settled: ${want.join(' | ')}`);
    const rolling = r.filter((x) => x.step === i && x.phase === 'rolling');
    check(rolling.length > 0 && rolling.some((x) => x.vals > 12) && rolling.every((x) => JSON.stringify(x.ind) === JSON.stringify(want.slice(1))), `step ${i} rolling: ribbons (${Math.max(...rolling.map((x) => x.vals))} .odometer-value), indicators already at step ${i}`);
    const start = rolling[0]?.t;
    const end = settled[0]?.t;
    console.log(`    step ${i}: roll ${start} → ${end} ms (${end - start} ms), mid-roll .odometer innerText e.g. ${JSON.stringify(rolling[Math.floor(rolling.length / 2)]?.odo.slice(0, 60))}…`);
  }
  const loading = r.filter((x) => x.phase === 'loading');
  check(loading.length > 0 && loading.every((x) => x.odo === '0' && x.ind.every((v) => v === '-')), `loading: odometer 0, indicators - (${JSON.stringify(loading[0]?.ind)})`);
  await new Promise((res) => setTimeout(res, 2000));
  const r2 = await rec();
  check(r2.length === r.length, 'stays at the last step');
  await done();
};

scenarios['kwai-period-colour'] = async (b) => {
  const probe = `() => ({
    tabs: [...document.querySelectorAll('.Pq3xTabs7sLmW0vKd2Rn > div')].map((e) => e.textContent + ':' + (getComputedStyle(e).color === 'rgb(50, 107, 251)' && getComputedStyle(e).backgroundColor === 'rgb(232, 243, 255)' ? 'ON' : getComputedStyle(e).color === 'rgb(44, 46, 48)' && getComputedStyle(e).backgroundColor === 'rgb(245, 246, 249)' ? 'off' : '??')).join(' '),
    vals: [...document.querySelectorAll('.kpro-data')].map((e) => e.children[1].textContent),
    cmp: [...document.querySelectorAll('.kpro-data')].every((e) => e.children[2].textContent === '较上周期-'),
    spin: document.querySelectorAll('[class*=spin],[class*=loading],[class*=skeleton]').length,
    period: window.__fixture ? window.__fixture.period : null,
  })`;
  const { page, truth, snap, done, rec } = await open(b, 'kwai-period-colour', probe);
  const want = (st) => JSON.stringify(truth.states.find((s) => s.state === st).values.map((v) => v.text));
  const show = (x) => `${String(x.t).padStart(5)}ms ${String(x.phase).padEnd(10)} ${x.tabs} ${JSON.stringify(x.vals)} cmp=${x.cmp} spin=${x.spin}`;
  const attrs = await page.evaluate(() => [...document.querySelectorAll('.Pq3xTabs7sLmW0vKd2Rn > div')].map((e) => e.outerHTML));
  console.log('    tabs: ' + attrs.join('\n          '));
  await page.waitForFunction(() => window.__fixture?.phase === 'settled');
  await snap('昨日 (default)', '.Wq7nRb2KxYt4LmP0sVdc');
  const tab = (label) => page.locator('.Pq3xTabs7sLmW0vKd2Rn > div', { hasText: label });
  const sequence = [['近7日', 3600], ['近30日', 4400], ['昨日', 3000]];
  let n = (await rec()).length;
  for (const [label, d] of sequence) {
    await tab(label).click();
    await page.waitForFunction(() => window.__fixture?.phase === 'refreshing');
    await snap(`clicked ${label}: colours changed, values not yet`, '.Wq7nRb2KxYt4LmP0sVdc');
    await page.waitForFunction(() => window.__fixture?.phase === 'settled', null, { timeout: 30_000 });
    await snap(`${label} settled`, '.Wq7nRb2KxYt4LmP0sVdc');
    const r = (await rec()).slice(n);
    n += r.length;
    console.log(r.map((x) => '      ' + show(x)).join('\n'));
    const clickAt = r[0].t;
    const first = r.find((x) => x.vals.join() !== r[0].vals.join());
    const end = r.at(-1);
    check(r[0].tabs.includes(`${label}:ON`) && r[0].tabs.split(' ').filter((x) => x.endsWith(':ON')).length === 1, `${label}: colours at once`);
    const lag = first.t - clickAt;
    check(Math.abs(lag - d / 4) < 120, `${label}: first values ${lag} ms after the click (${d}/4 expected)`);
    check(r.some((x) => x.phase === 'refreshing' && x.vals.join() !== r[0].vals.join() && x.vals.join() !== end.vals.join()), `${label}: a mixed state (group 1 new, group 2 old)`);
    check(JSON.stringify(end.vals) === want(label), `${label}: settled = truth ${JSON.stringify(end.vals)}`);
    check(r.every((x) => x.cmp && x.spin === 0), `${label}: 较上周期- everywhere, no spinner`);
    if (label === '近7日') {
      await tab('近7日').click();
      await new Promise((res) => setTimeout(res, 1500));
      const again = (await rec()).slice(n);
      check(again.length === 0, 'a second click on the selected tab does nothing');
    }
  }
  await done();
};

scenarios['compass-spa-nav'] = async (b) => {
  const probe = `() => ({
    overview: [...document.querySelectorAll('.aurora-data-card-value-core')].map((e) => e.textContent),
    detail: [...document.querySelectorAll('.card-DT0mYq .value-kudyrI')].map((e) => e.textContent),
    skel: document.querySelectorAll('.ecom-skeleton').length,
    spin: document.querySelectorAll('.ecom-spin-spinning').length,
    title: document.title,
  })`;
  const { page, truth, snap, done, rec } = await open(b, 'compass-spa-nav', probe);
  const show = (x) => `${String(x.t).padStart(5)}ms ${String(x.phase).padEnd(16)} ${x.url} spin=${x.spin} skel=${x.skel} overview=${JSON.stringify(x.overview)} detail=${JSON.stringify(x.detail)}`;
  await page.waitForFunction(() => window.__fixture?.phase === 'overview');
  await snap('overview settled', 'main');
  const n = (await rec()).length;
  await page.click('#go-live-detail');
  await page.waitForFunction(() => window.__fixture?.phase === 'detail-loading');
  await snap('after the click: skeleton', 'main');
  await page.waitForFunction(() => window.__fixture?.phase === 'detail');
  await snap('live-detail settled', 'main');
  const all = await rec();
  console.log(all.map((x) => '      ' + show(x)).join('\n'));
  const ov = truth.states.find((s) => s.state === 'overview').values.map((v) => v.display ?? v.text);
  const dt = truth.states.find((s) => s.state === 'live-detail').values.map((v) => v.display ?? v.text);
  check(all.filter((x) => x.phase === 'overview').every((x) => JSON.stringify(x.overview) === JSON.stringify(ov) && x.url === '/shop?date_type=21&speed=4'), `overview = truth ${JSON.stringify(ov)}`);
  const after = all.slice(n);
  check(after.every((x) => x.overview.length === 0), 'once the URL is /shop/live-detail, no overview value is in the DOM');
  check(after.every((x) => x.url.startsWith('/shop/live-detail?live_room_id=7391234567890123457')), 'pushState in the same task as the click');
  const sk = after.filter((x) => x.phase === 'detail-loading');
  const fin = after.filter((x) => x.phase === 'detail');
  check(sk.length > 0 && sk.every((x) => x.skel === 1 && x.detail.length === 0), 'skeleton, no cards');
  check(fin.length > 0 && JSON.stringify(fin.at(-1).detail) === JSON.stringify(dt), `live-detail = truth ${JSON.stringify(fin.at(-1)?.detail)}`);
  check(Math.abs(fin[0].t - sk[0].t - 250) < 80, `skeleton for ${fin[0].t - sk[0].t} ms (1000/4 expected)`);
  check(fin.at(-1).title === '直播详情-抖音电商罗盘', 'title changed');
  await page.goBack();
  await page.waitForFunction(() => window.__fixture?.phase === 'overview');
  await snap('back: overview again', 'main');
  check(page.url().endsWith('/shop?date_type=21&speed=4'), 'back to /shop');
  await done();
};

scenarios['compass-slow-table'] = async (b) => {
  const probe = `() => {
    const t = (sel) => {
      const tb = document.querySelector(sel + ' .ecom-table');
      if (!tb) return null;
      return {
        spin: !!document.querySelector(sel + ' .ecom-spin-spinning'),
        skel: document.querySelectorAll(sel + ' .ecom-skeleton').length,
        rows: [...tb.querySelectorAll('tr.ecom-table-row')].map((r) => (r.getAttribute('data-row-key') ?? '') + '|' + [...r.querySelectorAll('td')].map((td) => td.innerText.replace(/\\\\s+/g, ' ').trim()).join(' | ')),
        empty: tb.querySelector('.ecom-table-placeholder')?.innerText.trim() ?? null,
      };
    };
    return { sessions: t('.liveList-Wd4Rq9'), products: t('.hotGoods-Kc7Yn3'), fixRight: document.querySelectorAll('.ecom-table-cell-fix-right-first').length };
  }`;
  const { page, truth, snap, done, rec } = await open(b, 'compass-slow-table', probe);
  await page.waitForFunction(() => window.__fixture?.phase === 'settled', null, { timeout: 30_000 });
  await snap('settled', 'main');
  const r = await rec();
  for (const x of r.filter((x) => x.sessions)) console.log(`      ${String(x.t).padStart(5)}ms ${x.phase} sessions spin=${x.sessions.spin} skel=${x.sessions.skel} rows=${JSON.stringify(x.sessions.rows)}\n${' '.repeat(14)}products spin=${x.products?.spin} empty=${x.products?.empty} rows=${JSON.stringify(x.products?.rows)}`);
  const first = r.find((x) => x.sessions && x.products);
  check(first.sessions.spin && first.sessions.skel >= 3 && first.sessions.rows.every((row) => row.startsWith('skeleton-')), 'sessions first: spin + skeleton rows');
  check(first.products.spin && first.products.empty === '暂无数据' && first.products.rows.length === 0, 'products first: spin + 暂无数据');
  const st = truth.states;
  const pAt = r.find((x) => x.products?.rows.length > 0);
  const sAt = r.find((x) => x.sessions?.rows.length && !x.sessions.rows[0].startsWith('skeleton-'));
  console.log(`    products at ${pAt.t} ms, sessions at ${sAt.t} ms (1200/4 and 2000/4 after start)`);
  check(sAt.t - pAt.t > 120 && sAt.t - pAt.t < 300, 'products 200 ms before sessions at speed 4');
  const last = r.at(-1);
  const sessions = st.find((s) => s.state === 'settled').sessions;
  const products = st.find((s) => s.state === 'settled').products;
  check(JSON.stringify(last.sessions.rows.map((x) => x.split('|')[0])) === JSON.stringify(sessions.map((x) => x.key)), 'session row keys = truth');
  check(last.sessions.rows.every((row, i) => sessions[i].values.every((v) => row.includes(v.text)) && row.includes(sessions[i].timeText) && row.includes(sessions[i].title)), 'session cells = truth');
  check(last.products.rows.every((row, i) => row.startsWith(products[i].id + '|') && row.includes(products[i].gmv.text) && row.includes(products[i].name)), 'product rows = truth');
  check(!last.sessions.spin && !last.products.spin && last.sessions.skel === 0, 'no spin, no skeleton once settled');
  check(last.fixRight > 0, 'right-fixed action column (ecom-table-cell-fix-right-first)');
  await done();
};

// ───────────────────────── run ─────────────────────────

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, run] of Object.entries(scenarios)) {
    if (filters.length && !filters.some((f) => name.includes(f))) continue;
    console.log(`\n════ ${name} at speed ${SPEED}`);
    await run(browser);
  }
} finally {
  await browser.close();
}
console.log(failures ? `\n${failures} check(s) failed` : '\nall checks passed');
process.exit(failures ? 1 : 0);
