/**
 * Write tests/fixtures-live/<name>.truth.json for the living pages from the same data modules the
 * pages render (pages/parts/live-*-data.mjs), plus what a careful person reads in each state.
 *   node truth-live.mjs [filter…]
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'tests', 'fixtures-live');
const filters = process.argv.slice(2);
const pages = {};

const SPEED_NOTE =
  'Timings: every delay is divided by ?speed=N in the query (or #speed=N in the fragment, which keeps the served URL the same); default 1 = real timings. All numbers are fixed or seeded (no Math.random, no Date.now). window.__fixture tells a test the phase (loading / counting / switching / settled …); it is a JS global, never DOM.';

// ───────────────────────── 1. compass-overview-living ─────────────────────────
pages['compass-overview-living'] = async () => {
  const { PERIODS, CARDS, DATA, REWRITE } = await import('./pages/parts/live-compass-overview-data.mjs');
  const T = { loadMs: 1500, countUpMs: 2000, switchSpinMs: 3000, routerRewriteMs: 15000 };
  const label = (k) => PERIODS.find((p) => p.key === k).label;
  const ORDER = ['22', '21', '1']; // the initial period first
  const values = (k) =>
    CARDS.map((c) => {
      const v = DATA[k][c.uuid].v;
      return { uuid: c.uuid, label: c.label, metric: c.metric, text: v == null ? '--' : c.show(v), value: v, unit: c.unit, ...(v == null ? { missing: true } : {}) };
    });
  const reference = (k) => CARDS.flatMap((c) => [{ label: c.label, kind: DATA[k][c.uuid].yl, text: DATA[k][c.uuid].y }, { label: c.label, kind: '同行基准', text: DATA[k][c.uuid].b }]);
  const num = (t) => (t === '--' ? null : t.endsWith('万') ? Math.round(parseFloat(t) * 1e4) : t.endsWith('%') ? +(parseFloat(t) / 100).toFixed(6) : Number(t.replace(/[¥,]/g, '')));
  const notSettled = [];
  for (const c of CARDS) {
    notSettled.push({ label: c.label, when: 'loading (0–1.5 s)', text: c.loading, value: c.loading === '0.00' ? 0 : null, why: c.loadingHidden ? 'value-main is display:none with 0.00 inside while loading' : c.loading === '' ? 'value-main empty while loading' : `loading placeholder ${c.loading}` });
  }
  for (const c of CARDS.filter((c) => c.count)) {
    notSettled.push({ label: c.label, when: 'first data (count-up from 0)', value: 0, why: 'count-up start value' });
    for (const k of ORDER) {
      const v = DATA[k][c.uuid].v;
      if (v == null) continue;
      if (k === '22') notSettled.push({ label: c.label, underPeriod: label(k), when: 'count-up after the first load', range: { from: 0, to: v, exclusive: true }, why: `count-up frames from 0 to ${c.show(v)}` });
      for (const o of ORDER.filter((o) => o !== k)) {
        const ov = DATA[o][c.uuid].v;
        notSettled.push({ label: c.label, underPeriod: label(k), when: `count-up after switching from ${label(o)}`, range: { from: ov, to: v, exclusive: true }, why: `count-up frames from ${label(o)}'s ${c.show(ov)} to ${c.show(v)} (react-countup preserveValue)` });
      }
    }
  }
  for (const k of ORDER) {
    for (const c of CARDS) {
      for (const other of ORDER.filter((o) => o !== k)) {
        const v = DATA[other][c.uuid].v;
        if (v != null) notSettled.push({ label: c.label, underPeriod: label(k), value: v, text: c.show(v), why: `${label(other)}'s value left on screen under the spin for ~3 s after 「${label(k)}」 is clicked: never stored under ${label(k)}` });
      }
    }
  }
  for (const k of ORDER) for (const r of reference(k)) if (r.text !== '--') notSettled.push({ label: r.label, underPeriod: label(k), text: r.text, value: num(r.text), why: `main-right 「${r.kind} ${r.text}」 is a comparison, never the card's value (shown from the first paint, while value-main is still a placeholder)` });
  notSettled.push({ example: true, label: '用户支付金额', values: [129525.25, 201233.66], why: 'the frames measured on a real page (count-up to ¥201,346.80); any value in (0, 201346.80) while counting is of that kind' });

  return {
    url: 'https://compass.jinritemai.com/shop?date_type=22',
    platform: 'compass',
    page: 'home',
    timings: T,
    drive: {
      periodTabs: '.aurora-tabs-tab[data-node-key="<date_type>"]: 1 = 实时, 22 = 近1天, 21 = 近7天 (selected: .aurora-tabs-tab-active)',
      valueNode: '.aurora-data-card-card-item .aurora-data-card-value-main (¥ in a sibling span.aurora-data-card-value-unit); label in span[data-index-uuid]',
      settledSignal: 'window.__fixture.phase === "settled" && window.__fixture.shown === <period label>',
    },
    states: [
      { state: 'loading', settled: false, at: '0 – 1.5 s after load (÷speed)', selectedPeriod: '近1天', urlDateType: '22', spinner: '.ecom-spin-spinning over .aurora-data-card, .ecom-skeleton in 核心指标趋势', values: [], reference: reference('22') },
      ...ORDER.map((k) => PERIODS.find((p) => p.key === k)).map((p) => ({
        state: p.label,
        settled: true,
        at: p.key === '22' ? 'from 3.5 s after load (1.5 s loading + 2 s count-up)' : `from 5 s after clicking .aurora-tabs-tab[data-node-key="${p.key}"] (3 s spin + 2 s count-up)`,
        selectedPeriod: p.label,
        urlDateType: p.key === '22' ? '22 until the router rewrite (clicking a tab does not change the URL)' : 'unchanged by the click (still 22 until the router rewrite)',
        values: values(p.key),
        missing: ['投放消耗'],
        reference: reference(p.key),
      })),
      { state: 'after router rewrite', settled: true, at: '15 s after load, and again 15 s after every period click (÷speed)', selectedPeriod: 'unchanged (whatever tab is active)', url: Object.fromEntries(PERIODS.flatMap((s) => PERIODS.map((u) => [s, u, REWRITE(s.dateType, u.dateType)])).map(([s, u, r]) => [`${s.label} selected, URL date_type=${u.dateType}`, `date_type=${r.dateType}&date_value=${r.dateValue} (${PERIODS.find((p) => p.dateType === r.dateType).label}'s date_type)`])), values: 'those of the selected tab, unchanged', note: 'the period of anything stored must come from .aurora-tabs-tab-active, never from date_type' },
    ],
    missing: ['投放消耗'],
    notSettled,
    notes: [
      'Imitates the 2026 /shop 经营概况 card (REAL-DOM §1 "Overview card, 2026", idx:69034954003, fixture idx:69072378842): aurora-data-card-card-item > row-content > main-left(title span[data-index-uuid] + value-main) + main-right("昨日 N", "同行基准 N"); tabs 实时/近1天/近7天 are antd 5 Tabs with prefixCls aurora (aurora-tabs-tab-active), a second row 全店/自营/合作 (全店 active, not switchable here).',
      'Trap 5 (REAL-DOM "Traps" 5, idx:69072378842): while loading value-main is `—`, `--`, empty, or display:none (客单价, with 0.00 inside) and ecom-spin-spinning covers the block, but main-right already shows 昨日/同行基准 numbers, so the nearest number to a label is yesterday\'s.',
      'Count-up (react-countup, real easing): at 1.5 s the money/count values count from 0 over 2 s; 成交转化率 appears without counting; 投放消耗 stays `--` in every state (no data: missing, not 0). Measured symptom imitated: 用户支付金额 129,525.25 and 201,233.66 stored for a settled ¥201,346.80.',
      'Period switch (REAL-DOM §1 Loading + trap 9): click .aurora-tabs-tab[data-node-key="21"] (近7天) or "1" (实时) or "22" (近1天): the tab is active at once, ecom-spin-spinning overlays the cards while the OLD period\'s numbers (and its 昨日/同行基准) stay visible for 3 s, then the new values count up from the old ones (react-countup preserveValue) over 2 s. A second click during the spin wins (the first is dropped). Clicking the selected tab does nothing.',
      'Router quirk (REAL-DOM §1 Period / URL, idx:69034954003): 15 s after load, and again 15 s after each period click, history.replaceState sets date_type/date_value to another tab\'s: the next period after the selected one (实时 → 近1天 → 近7天 → 实时) that is neither the selected tab\'s nor the one already in the URL (table in states[after router rewrite].url; left untouched: speed and other params); nothing visible changes. Clicks never change the URL, so after clicking 近7天 the URL still says date_type=22.',
      'Phases at ?speed=4: loading 0–0.375 s, count-up 0.375–0.875 s, settled; after a click: spin 0.75 s, count-up 0.5 s; URL rewrite 3.75 s after load and after each click (window.__fixture.urlRewrites counts them, rewrittenWhile names the tab then). At speed 1: 1.5 s, 2 s, 3 s, 2 s, 15 s. antd\'s Spin adds/drops ecom-spin-spinning one render after the data change, so for one frame the new count-up can run under the spin class (real library behaviour).',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 2. compass-screen-odometer ─────────────────────────
pages['compass-screen-odometer'] = async () => {
  const { STEPS, money, count, duration } = await import('./pages/parts/live-compass-screen-data.mjs');
  const T = { loadMs: 800, stepEveryMs: 6000, rollMs: 2000 };
  const values = (s) => [
    { label: '直播间成交金额', metric: 'gmv', text: money(s.gmv), display: '¥' + money(s.gmv), value: s.gmv, unit: 'cny', node: '.hugeNumberContainer--x3Fk2 .odometer (¥ in the sibling span.unit--Lq0Ts)' },
    { label: '实时在线人数', metric: 'currentOnline', text: count(s.currentOnline), value: s.currentOnline, unit: 'count' },
    { label: '累计观看人数', metric: 'viewers', text: count(s.viewers), value: s.viewers, unit: 'count' },
    { label: '成交人数', metric: 'buyers', text: count(s.buyers), value: s.buyers, unit: 'count' },
    { label: '千次观看成交金额', metric: 'gpm', text: '¥' + money(s.gpm), value: s.gpm, unit: 'cny' },
    { label: '人均观看时长', metric: 'avgWatchSeconds', text: `${duration(s.avgWatchSeconds)[0]}分钟${duration(s.avgWatchSeconds)[1]}秒`, value: s.avgWatchSeconds, unit: 'seconds', node: '分钟 and 秒 each in a span.zh-cn' },
  ];
  const gmvs = STEPS.map((s) => s.gmv);
  return {
    url: 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456',
    platform: 'compass',
    page: 'big-screen',
    session: { key: '7391234567890123456', live: true },
    timings: T,
    fixtureGlobal: 'window.__fixture = { steps: [{gmv, currentOnline, viewers, buyers, gpm, avgWatchSeconds}…], step: -1 while loading, else the index rolled to / shown, phase: loading | rolling | settled }',
    settledGmv: gmvs,
    states: [
      { state: 'loading', settled: false, at: '0 – 0.8 s', values: [], shown: { odometer: '0', indicators: '-' } },
      ...STEPS.map((s, i) => ({
        state: `step ${i}`,
        settled: true,
        at: `rolls from ${(T.loadMs + T.stepEveryMs * i) / 1000} s to ${(T.loadMs + T.stepEveryMs * i + T.rollMs) / 1000} s after load, settled until ${i < STEPS.length - 1 ? (T.loadMs + T.stepEveryMs * (i + 1)) / 1000 + ' s' : 'the end (stays)'} (÷speed)`,
        settledWhen: `window.__fixture.step === ${i} && window.__fixture.phase === "settled"`,
        values: values(s),
      })),
    ],
    missing: [],
    notSettled: [
      { label: '直播间成交金额', when: 'loading', text: '0', value: 0, why: 'the odometer is created at 0 before the first data; it then rolls 0 → steps[0]' },
      ...['实时在线人数', '累计观看人数', '成交人数', '千次观看成交金额', '人均观看时长'].map((label) => ({ label, when: 'loading', text: '-', value: null, why: 'placeholder before the first data' })),
      { label: '直播间成交金额', when: 'rolling to step 0', range: { from: 0, to: gmvs[0], exclusive: true }, why: 'odometer mid-roll (while .odometer has odometer-animating*: several .odometer-value per digit, textContent a ribbon of digits)' },
      ...gmvs.slice(1).map((g, i) => ({ label: '直播间成交金额', when: `rolling to step ${i + 1}`, range: { from: gmvs[i], to: g, exclusive: true }, why: `odometer mid-roll ${money(gmvs[i])} → ${money(g)}; while it rolls, the indicators already show step ${i + 1}` })),
      { label: '直播间成交金额', rule: 'any value not in settledGmv', why: 'only the five step values are ever settled; the mid-roll textContent of .odometer concatenates every ribbon digit (e.g. "1,2061234567…") and must not be parsed' },
    ],
    notes: [
      'Imitates the live big screen (REAL-DOM §1 "Big screen /screen/live/shop", idx:40046038004, idx:20190977039, idx:21049649494; trap 2): the GMV is a real HubSpot odometer.js (0.4.8, default theme) in .hugeNumberContainer--x3Fk2 .odometer, format (,ddd).dd; the 2022-era class names (name--hash5) of those scripts: .container--A3kIS, .indicators--hGVpR, .container--wSBB3 > .name--15gWK span (label), .name--95sRH (GMV label), `.zh-cn` spans for 分钟/秒 (idx:21049649494).',
      'While rolling, each digit is an .odometer-ribbon with many .odometer-value nodes (odometer-first-value … odometer-last-value) and .odometer has odometer-animating-up/odometer-animating; when the roll ends odometer.js re-renders one .odometer-value per digit and fires `odometerdone` on the element (the page sets phase settled then). Scripts on the real page wait 5 s after a change before re-reading (idx:21049649494, idx:20190977039).',
      'Reading the odometer: odometer.js redefines innerHTML, innerText and textContent on the .odometer element itself; their getter returns the inner innerText, one character per line ("1\\n,\\n2\\n0\\n6\\n,\\n4\\n1\\n8\\n.\\n3\\n5" when settled). The parent .hugeNumberContainer--x3Fk2 textContent includes each digit\'s hidden spacer "8" ("¥81,828985,888481.8381" for ¥1,295,841.31). Mid-roll, the innerText lists every ribbon value ("1,2678993604815,27383949…"). The settled text in values[].text is the visible number with whitespace removed.',
      'The indicators (实时在线人数, 累计观看人数, 成交人数, 千次观看成交金额, 人均观看时长) switch to step i at the moment the odometer starts rolling to step i, so for 2 s (÷speed) the page shows step i indicators with a GMV that is neither step i-1 nor step i.',
      'Drive: nothing to click; wait. At ?speed=4: loading 0–0.2 s, step i rolls from 0.2 + 1.5·i s for 0.5 s, last settled from 6.7 s and stays. At speed 1: 0.8 s, every 6 s, 2 s rolls, final from 26.8 s.',
      'GMV cents never end in 0 (odometer.js writes value.toString(), which would drop the zero); 千次观看成交金额 = GMV / 累计观看人数 × 1000, rounded to cents.',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 3. kwai-period-colour ─────────────────────────
pages['kwai-period-colour'] = async () => {
  const { PERIODS, CARDS, DATA, REFRESH_MS, GROUP2_LAG_MS, SELECTED, UNSELECTED, value } = await import('./pages/parts/live-kwai-period-data.mjs');
  const values = (k) => CARDS.map((c) => ({ label: c.label, metric: c.metric, text: DATA[k][c.id], value: value(DATA[k][c.id]), unit: c.unit, ...(DATA[k][c.id] === '-' ? { missing: true } : {}), compare: { basis: '较上周期', text: '-', value: null } }));
  const notSettled = [];
  for (const p of PERIODS) {
    for (const o of PERIODS.filter((o) => o.key !== p.key)) {
      for (const c of CARDS) {
        if (DATA[o.key][c.id] === DATA[p.key][c.id]) continue;
        notSettled.push({ label: c.label, underPeriod: p.label, text: DATA[o.key][c.id], value: value(DATA[o.key][c.id]), why: `${o.label}'s value, still on screen for 3–5 s (group ${c.group}: ${c.group === 1 ? 'd' : `d + ${GROUP2_LAG_MS} ms`}) after 「${p.label}」 takes the selected colours` });
      }
    }
  }
  return {
    url: 'https://s.kwaixiaodian.com/zone/home',
    platform: 'kwaixiaodian',
    page: 'home',
    timings: { refreshAfterClickMs: REFRESH_MS, refreshCycle: 'the n-th effective click (0-based, clicks on the selected tab do not count) waits refreshAfterClickMs[n % 5]', group2LagMs: GROUP2_LAG_MS },
    drive: {
      tabs: '.Pq3xTabs7sLmW0vKd2Rn > div (in order 昨日, 近7日, 近30日); Playwright: page.locator(".Pq3xTabs7sLmW0vKd2Rn > div", { hasText: "近7日" }). Each tab\'s text is split into spans: <span>近</span><span>7</span><span>日</span>.',
      selected: `only by computed style: selected color ${SELECTED.color} / background-color ${SELECTED.background}; others ${UNSELECTED.color} / ${UNSELECTED.background}. No active class name, no aria-selected, no role (the selected tab carries one more hash-only class, qT7hVn2sLk0pXe4RuA9d, that means nothing by its name).`,
      cards: 'div.kpro-data > [label div, value div, 较上周期 row], hash-only classes',
      settledSignal: 'window.__fixture.phase === "settled" (period = shown.group1 = shown.group2)',
    },
    states: PERIODS.map((p) => ({
      state: p.label,
      settled: true,
      selectedPeriod: p.label,
      at: p.key === 'yesterday' ? 'at load (the default), and 3–5 s after clicking 昨日 again' : `from d + ${GROUP2_LAG_MS} ms after clicking ${p.label} (d per timings)`,
      values: values(p.key),
      missing: CARDS.filter((c) => DATA[p.key][c.id] === '-').map((c) => c.label),
    })),
    transitions: [
      { state: 'refreshing', settled: false, what: 'from the click until d: the new tab has the selected colours, every value is the previous period\'s' },
      { state: 'half refreshed', settled: false, what: `from d to d + ${GROUP2_LAG_MS} ms: 成交金额(元), 成交订单数, 成交人数 show the new period, 商品访客数, 客单价(元), 退款金额(退款日) still the previous one` },
    ],
    notSettled,
    notes: [
      'Imitates 快手 period tabs (REAL-DOM §5 "Period tabs", idx:70947308774, idx:71008753601; trap 9): tab text split into child spans, selection visible only in computed colour (values from the evidence), values refreshing in place 3–5 s after the click with no spinner, 「较上周期-」 in every state (idx:70873854150), 昨日 the default with mostly 0 (客单价 `-`: no buyers).',
      'Cards are div.kpro-data (生意通, idx:70929289778) with hash-only inner classes (小店, idx:17591635631); labels as lib/platforms/kwaixiaodian.ts knows them: 成交金额(元), 成交订单数, 成交人数, 客单价(元), 退款金额(退款日), plus 商品访客数 (unknown to the reader).',
      'Drive: click 近7日 → colours change at once, group 1 values change 3.6 s later, group 2 0.4 s after that; then 近30日 (4.4 s), 昨日 (3.0 s), … (the cycle 3.6, 4.4, 3.0, 5.0, 4.0 s, by count of effective clicks). At ?speed=4: 0.9 / 1.1 / 0.75 / 1.25 / 1.0 s and a 0.1 s lag. A second click on the selected tab does nothing (the page "remembers the period"); a click during a refresh cancels it (the older period\'s values stay until the new refresh).',
      'Not imitated: the real page also remembers the period across reloads; this page always opens at 昨日.',
      'The URL never changes: the period can only be told from the tab colours.',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 4. compass-spa-nav ─────────────────────────
pages['compass-spa-nav'] = async () => {
  const { OVERVIEW, DETAIL, DETAIL_PATH, LIVE_ROOM_ID } = await import('./pages/parts/live-compass-spa-data.mjs');
  const ov = OVERVIEW.map((c) => ({ uuid: c.uuid, label: c.label, metric: c.metric, text: c.text, display: (c.money ? '¥' : '') + c.text, value: c.value, unit: c.unit }));
  const dt = DETAIL.map((c) => ({ label: c.label, metric: c.metric, text: (c.prefix ?? '') + c.num + (c.attach ?? ''), display: (c.prefix ?? '') + c.num + (c.attach ?? ''), value: c.value, unit: c.unit, compare: { basis: '较上一周期', text: c.ratio } }));
  return {
    url: 'https://compass.jinritemai.com/shop?date_type=21',
    platform: 'compass',
    page: 'home',
    timings: { loadMs: 1000, navSkeletonMs: 1000 },
    drive: {
      navigate: 'click a#go-live-detail (the side menu\'s 直播详情): history.pushState to ' + DETAIL_PATH + ' in the click handler (the fragment, e.g. #speed=N, is kept); no document load, no new request',
      back: 'history.back() / page.goBack(): popstate → the overview again (1 s spin first)',
      settledSignal: 'window.__fixture.phase: overview-loading → overview → (click) detail-loading → detail',
    },
    states: [
      { state: 'overview loading', settled: false, url: '/shop?date_type=21', at: '0 – 1 s', values: [], what: 'ecom-spin-spinning over the cards, value-main `—`, 上周期 N already shown' },
      { state: 'overview', settled: true, page: 'home', url: '/shop?date_type=21', selectedPeriod: '近7天', at: 'from 1 s after load until the click', values: ov },
      { state: 'live-detail loading', settled: false, page: 'live-detail', url: DETAIL_PATH, at: 'click – click + 1 s', values: [], what: 'the overview is gone (removed in the same render as the pushState), an ecom-skeleton, no card' },
      { state: 'live-detail', settled: true, page: 'live-detail', url: DETAIL_PATH, session: { key: LIVE_ROOM_ID }, at: 'from 1 s after the click', values: dt },
    ],
    missing: [],
    notSettled: [
      ...OVERVIEW.map((c) => ({ label: c.label, underPage: 'live-detail', session: LIVE_ROOM_ID, value: c.value, text: c.text, why: 'an overview (/shop) value: it must never be filed under the live-detail page or its session (the URL changes without a load; a capture taken before the click must keep the /shop page)' })),
      ...OVERVIEW.map((c) => ({ label: c.label, underPage: 'home', when: 'overview loading', text: '—', value: null, why: 'loading placeholder' })),
      ...OVERVIEW.map((c) => ({ label: c.label, underPage: 'home', when: 'overview loading', text: c.y, value: Number(c.y.replace(/[^\d.]/g, '')), why: 'the 上周期 comparison, shown while value-main is still `—`' })),
      ...DETAIL.map((c) => ({ label: c.label, underPage: 'home', value: c.value, why: 'a live-detail value: never filed under /shop' })),
    ],
    notes: [
      'Imitates the 罗盘 SPA (REAL-DOM §1 Page shell, idx:65786300783: a ~15 KB shell, all data by XHR): a menu click navigates with history.pushState, so the content script sees the URL change without a load and must not keep the old page\'s numbers under the new URL. The overview is the 2026 card (idx:69034954003); the live-detail cards are the 2025 shape (idx:17982936767): .cardGroup-XMhwXm > .card-DT0mYq > div[data-btm] > .title-PibzGF.cardTitle-K4xIR9 (label + ⓘ span[data-index-name=label]) + .value-kudyrI.valueText-hKLgqL (span > span[elementtiming] prefix ¥ + span value) + div.attach-Bj7xNd 万 + .bottomText > .changeRatioWrap > .cp-change-ratio-value.',
      'Same labels on both pages with different values (用户支付金额 / 直播间用户支付金额, 成交人数 / 直播间成交人数): a reader that files by label alone would mix them.',
      'Drive at ?speed=4: overview spin 0.25 s; click #go-live-detail any time after; skeleton 0.25 s; live-detail cards. At speed 1: 1 s and 1 s. page.goBack() returns to /shop with 0.25 s of spin (speed 4).',
      'document.title changes with the route (核心数据-抖音电商罗盘 / 直播详情-抖音电商罗盘).',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 5. compass-slow-table ─────────────────────────
pages['compass-slow-table'] = async () => {
  const { SESSIONS, SESSION_COLUMNS, PRODUCTS } = await import('./pages/parts/live-compass-table-data.mjs');
  const sessions = SESSIONS.map((r) => ({
    key: r.key, title: r.title, timeText: r.time, start: r.start, end: r.end,
    values: SESSION_COLUMNS.map((c) => ({ label: c.title, metric: c.metric, text: r[c.key][0], value: r[c.key][1], unit: c.unit, ...(r[c.key][1] == null ? { missing: true } : {}) })),
  }));
  return {
    url: 'https://compass.jinritemai.com/shop/live-overview',
    platform: 'compass',
    page: 'live-list',
    timings: { productsMs: 1200, sessionsMs: 2000 },
    drive: {
      sessions: '.liveList-Wd4Rq9 .ecom-table: tr.ecom-table-row[data-row-key=<live_room_id>], th/td.ecom-table-cell; ul.ecom-pagination 共3条 under it; header th 直播间 | 开播时间 | 用户支付金额 | 直播间观看人数 | 人均观看时长 | 直播间成交订单数 | 操作 (right-fixed, ecom-table-cell-fix-right-first); the 直播间 cell holds the title and "直播间ID：<id>"',
      products: '.hotGoods-Kc7Yn3 .ecom-table: tr.ecom-table-row[data-row-key=<商品ID>]; header 排名 | 商品 | 商品ID | 成交金额',
      settledSignal: 'window.__fixture.phase === "settled" (both tables loaded); nothing to click',
    },
    states: [
      { state: 'loading', settled: false, at: '0 – 1.2 s (÷speed)', what: 'sessions: .ecom-spin-spinning over 3 skeleton rows (tr.ecom-table-row[data-row-key=skeleton-0..2], each cell an .ecom-skeleton input); products: .ecom-spin-spinning over the empty placeholder 暂无数据', sessions: [], products: [] },
      { state: 'products loaded', settled: false, at: '1.2 – 2 s', what: 'products settled, sessions still skeleton rows', sessions: [], products: PRODUCTS.map((p) => ({ key: p.id, name: p.name, id: p.id, gmv: { label: '成交金额', text: p.gmv[0], value: p.gmv[1], unit: 'cny' } })) },
      { state: 'settled', settled: true, at: 'from 2 s', period: '近30天 (统计周期: 2026/04/19 - 2026/05/18, text only)', sessions, products: PRODUCTS.map((p) => ({ key: p.id, name: p.name, id: p.id, gmv: { label: '成交金额', text: p.gmv[0], value: p.gmv[1], unit: 'cny' } })) },
    ],
    missing: [{ session: '7391234567890123399', label: '人均观看时长', text: '--' }],
    notSettled: [
      { rows: ['skeleton-0', 'skeleton-1', 'skeleton-2'], why: 'skeleton rows (data-row-key skeleton-N, no text) under ecom-spin-spinning: never sessions' },
      { table: '热卖商品榜', text: '暂无数据', why: 'the empty placeholder under the products spin while loading: not "no products", not a value' },
      ...PRODUCTS.map((p) => ({ key: p.id, label: '成交金额', value: p.gmv[1], why: 'a product row (热卖商品榜): never a session, never the page\'s or a session\'s gmv' })),
    ],
    notes: [
      'Imitates the 罗盘 直播复盘 list (REAL-DOM §1 Tables: ecom-table, tr.ecom-table-row[data-row-key], td.ecom-table-cell, a right-fixed action column ecom-table-cell-fix-right-first, sorters, 共N条 total; idx:17966333458, idx:7809238694, idx:7947432918) and Loading (ecom-spin-nested-loading wraps every block, idx:31408224114). The table is rc-table 7 (the table antd is built on) with prefixCls ecom-table, wrapped in antd 5 Spin (prefixCls ecom); antd 5\'s own Table would pull its filter/pagination machinery and put the page over 600 KB, so the 共N条 pagination under it is antd v4 markup written by hand and the header has no sorters. The 直播间 column is fixed left and the 操作 column fixed right (sticky cells of the same table, scroll.x 1200).',
      'Two tables on one page: sessions keyed by live_room_id, and 热卖商品榜 product rows (商品, 商品ID, 成交金额) that must not be taken as sessions. Products arrive first (1.2 s), sessions later (2 s).',
      'Session 7391234567890123399 has 人均观看时长 `--` (missing, not 0); 万 values: ¥23.66万 = 236600, ¥8.52万 = 85200, 1.03万 = 10300; durations 1分5秒 = 65 s, 48秒 = 48 s.',
      'Drive: nothing to click; at ?speed=4 products at 0.3 s, sessions at 0.5 s.',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 6. buyin-console-segments ─────────────────────────
pages['buyin-console-segments'] = async () => {
  const { GOODS, PHASES, PHASE_MID_MS, END_MS, START, stateAfter, money, count } = await import('./pages/parts/live-buyin-segments-data.mjs');
  const round2 = (v) => Math.round(v * 100) / 100;
  // every state the page settles in: after k phase middles (k = 0…PHASES.length)
  const states = PHASES.map((_, k) => k).concat(PHASES.length).map((k) => {
    const s = stateAfter(k);
    return {
      state: `after ${k} sale${k === 1 ? '' : 's'}`,
      room: { gmv: s.gmv, clicks: s.clicks, online: s.online, texts: [money(s.gmv), count(s.clicks), count(s.online)] },
      items: s.goods.map((g) => ({ id: g.id, price: g.price, units: g.sold, stock: g.stock, gmv: g.gmv, rate: g.rate })),
    };
  });
  const segments = PHASES.flatMap((p, k) => (p.item === null ? [] : [{
    itemId: GOODS[p.item][0],
    title: GOODS[p.item][1],
    startMs: p.start,
    endMs: PHASES[k + 1]?.start ?? END_MS,
    gmv: round2(p.sold * GOODS[p.item][2]),
    clicks: p.clicks,
    online: { before: k === 0 ? START.online : PHASES[k - 1].online, after: p.online },
  }]));
  return {
    url: 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7504730164828599001',
    page: 'live-control',
    session: { key: '7504730164828599001' },
    phaseMidMs: PHASE_MID_MS,
    endMs: END_MS,
    segments,
    states,
    notes: [
      'Imitates the 百应 2026 中控台 goods panel (REAL-DOM §3 "Goods row": rpa_lc__live-goods__goods-item[data-rbd-draggable-id], value before label, 售出/库存, the 讲解中 tag and 取消讲解 on the explained row; idx:71316491343, idx:56173547016) with an auxo Statistic strip (直播间成交金额, 实时在线人数, 商品点击次数).',
      'The explained item changes at each phase start; half-way through a phase the explained item sells (room GMV, clicks, online and that row change together), so a recorded segment whose edges lag the true ones by less than phaseMidMs holds exactly its phase\'s increments (segments[].gmv, .clicks).',
      SPEED_NOTE,
    ],
  };
};

// ───────────────────────── 7. compass-screen-alerts ─────────────────────────
pages['compass-screen-alerts'] = async () => {
  const D = await import('./pages/parts/live-compass-alerts-data.mjs');
  return {
    url: 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123999',
    platform: 'compass',
    page: 'big-screen',
    session: { key: '7391234567890123999', live: true },
    timings: { loadMs: D.LOAD_MS, stepEveryMs: D.STEP_MS, rollMs: D.ROLL_MS, reconnectMs: D.RECONNECT_MS, dipMs: D.DIP_MS, endMs: D.END_MS },
    fixtureGlobal: 'window.__fixture = { steps, step, phase: loading | reconnecting | rolling | settled | dip | done }',
    steps: D.STEPS.map((s, i) => ({ ...s, atMs: D.stepAt(i) })),
    // with the windows the test sets (viewers 0.25 min, GMV flat 0.3 min; everything else default)
    thresholds: { viewersDrop: { windowMin: 0.25, dropPct: 0.3, minDrop: 20 }, gmvFlat: { flatMin: 0.3 } },
    alerts: [
      { rule: 'viewersDrop', metric: 'currentOnline', shownAtMs: D.stepAt(D.DROP_STEP), why: `online ${D.STEPS[D.DROP_STEP - 1].currentOnline} → ${D.STEPS[D.DROP_STEP].currentOnline} and stays: over 30 % below the window's peak on every read while the peak is in the 15 s window` },
      { rule: 'gmvFlat', metric: 'gmv', lastChangeMs: D.stepAt(D.LAST_SALE_STEP), why: 'GMV never changes after the last sale while the other indicators keep moving: flat for 18 s some reads later' },
    ],
    mustNotFire: [
      { when: 'reconnect', fromMs: D.stepAt(D.RECONNECT), toMs: D.stepAt(D.RECONNECT) + D.RECONNECT_MS, why: 'the indicators show 0 under an antd spin (ecom-spin-blur) for 6 s: a loading state, never numbers; read as numbers, online 0 on two reads would be a false viewers alert' },
      { when: 'odometer rolls', why: 'mid-roll GMV is never stored; a roll spans less than a live interval' },
      { when: 'one odd read', atMs: D.stepAt(D.DIP_STEP) + D.STEP_MS / 2, value: D.DIP_VALUE, why: `online shows ${D.DIP_VALUE} for ${D.DIP_MS} ms once: at most one read, and an alert needs two in a row` },
    ],
    notes: [
      'Same markup as compass-screen-odometer (REAL-DOM §1 big screen, odometer.js for the GMV), 4 indicators.',
      'Minutes are compressed by the thresholds the test sets, not by the page clock: the page runs at real speed (the content script\'s live throttle and settling are real time), so ~80 s of page stand for about half an hour of live.',
      SPEED_NOTE,
    ],
  };
};

/** JSON with one line per leaf object (a value, a reference, a notSettled entry) */
function pretty(v, ind = '') {
  const flat = (x) => x === null || typeof x !== 'object' || Object.values(x).every((y) => y === null || typeof y !== 'object' || (!Array.isArray(y) && Object.values(y).every((z) => z === null || typeof z !== 'object')));
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const inner = ind + '  ';
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object') && JSON.stringify(v).length < 100) return JSON.stringify(v);
    return '[\n' + v.map((x) => inner + (flat(x) ? JSON.stringify(x) : pretty(x, inner))).join(',\n') + '\n' + ind + ']';
  }
  return '{\n' + Object.entries(v).map(([k, x]) => inner + JSON.stringify(k) + ': ' + pretty(x, inner)).join(',\n') + '\n' + ind + '}';
}

// ───────────────────────── run ─────────────────────────
for (const [name, make] of Object.entries(pages)) {
  if (filters.length && !filters.some((f) => name.includes(f))) continue;
  const truth = await make();
  writeFileSync(join(dir, `${name}.truth.json`), pretty(truth) + '\n');
  console.log(`fixtures-live/${name}.truth.json`);
}
