// url: https://compass.jinritemai.com/shop/live-detail?live_room_id=7502841936152087346
// 罗盘 2025 直播详情 (/shop/live-detail): cardGroup/card/data-btm cards (REAL-DOM §1 "Live-detail
// card, 2025", idx:17982936767), one 2022-style card module (idx:31408224114), ecom-tabs with a
// kept inactive pane, canvas funnel with HTML annotations, ecom-table 商品明细 with value+change
// cells (idx:55617585840), a hidden ecom-popover portal, the browser-blocker modal.
import { useEffect, useState } from 'react';
import { ConfigProvider, Tabs, Spin, Table, Popover, Button, Radio } from 'antd';
import { mount, QuestionSvg, IconSprite, sleep } from '../../parts/douyin-mount.jsx';
import { CompassShell } from '../../parts/douyin-compass-shell.jsx';

// [label, uuid, btm, prefix, value, attach(万|null), change, up?, extraWrapper?]
const ALL = [
  ['直播间用户支付金额', 'pay_amt', 'd85205_11233', '¥', '133.28', '万', '12.50%', true],
  ['千次观看用户支付金额', 'gpm', 'd85205_11240', '¥', '14,891.63', null, '3.40%', false],
  ['直播间观看人数', 'watch_ucnt', 'd85205_11241', '', '8.95', '万', '20.06%', true, true],
  ['直播间曝光人数', 'live_show_ucnt', 'd85205_11242', '', '88.4', '万', '5.10%', true],
  ['成交人数', 'pay_ucnt', 'd85205_11236', '', '1,236', null, '8.20%', true],
  ['成交件数', 'pay_combo_cnt', 'd85205_11237', '', '1,508', null, '1.30%', false],
  ['平均在线人数', 'avg_online_ucnt', 'd85205_11243', '', '1,024', null, '0.00%', true],
  ['人均观看时长', 'avg_watch_duration', 'd85205_11244', '', '1分5秒', null, '6.45%', false],
  ['退款金额', 'real_refund_amt', 'd85205_11234', '¥', '1.02', '万', '2.31%', false],
  ['千川消耗', 'stat_cost', 'd85205_11245', '¥', '22,015.10', null, '15.00%', true],
];
// the 自然流量 pane: same labels, other numbers (kept in the DOM, hidden)
const NATURAL = [
  ['直播间用户支付金额', 'pay_amt', 'd85205_11233', '¥', '61.02', '万', '4.80%', true],
  ['千次观看用户支付金额', 'gpm', 'd85205_11240', '¥', '12,302.42', null, '1.10%', true],
  ['直播间观看人数', 'watch_ucnt', 'd85205_11241', '', '4.96', '万', '9.75%', true, true],
  ['直播间曝光人数', 'live_show_ucnt', 'd85205_11242', '', '51.3', '万', '2.02%', false],
  ['成交人数', 'pay_ucnt', 'd85205_11236', '', '588', null, '3.50%', true],
  ['成交件数', 'pay_combo_cnt', 'd85205_11237', '', '702', null, '0.90%', false],
  ['平均在线人数', 'avg_online_ucnt', 'd85205_11243', '', '566', null, '1.20%', true],
  ['人均观看时长', 'avg_watch_duration', 'd85205_11244', '', '58秒', null, '2.00%', false],
  ['退款金额', 'real_refund_amt', 'd85205_11234', '¥', '4,980.00', null, '0.60%', true],
  ['千川消耗', 'stat_cost', 'd85205_11245', '¥', '0.00', null, '0.00%', true],
];

function Card([label, uuid, btm, prefix, value, attach, change, up, extra]) {
  const inner = (
    <span>
      <span elementtiming="pccp_element">{prefix}</span>
      <span>{value}</span>
    </span>
  );
  return (
    <div className="card-DT0mYq" key={uuid}>
      <div data-btm={btm}>
        <div className="title-PibzGF cardTitle-K4xIR9">
          {label}
          <span data-index-uuid={uuid} data-index-name={label} className="questionIconTooltip-Wd3Kq1">
            <QuestionSvg />
          </span>
        </div>
        <div className="value-kudyrI valueText-hKLgqL">
          {extra ? <div className="valueInner-Tq3Mz8">{inner}</div> : inner}
          {attach ? <div className="attach-Bj7xNd">{attach}</div> : null}
        </div>
        <div className="bottomText-Rf2Wn6">
          <span className="compareText-Ls9Kd1">较上一场</span>
          <div className="changeRatioWrap-Qz4Xc8">
            <span className="cp-change-ratio-trend">
              <i className={up ? 'upIdentify-LQaHnC cp-change-ratio-trend-icon' : 'downIdentify-Mm2QaZ cp-change-ratio-trend-icon'}>
                <svg width="8" height="8"><use xlinkHref={up ? '#icon-arrow-up' : '#icon-arrow-down'} /></svg>
              </i>
            </span>
            <span className={`value-P9UU1b cp-change-ratio-value ${up ? 'up-uranyB' : 'down-OAkhZz'}`}>{change}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

const CardGroup = ({ rows }) => <div className="cardGroup-XMhwXm">{rows.map((r) => Card(r))}</div>;

// 2022-style module (HTML pasted from the old page): ¥ in its own div, 万 in attach--*
function OldCard({ label, yuan, value, attach, footer, active }) {
  return (
    <div className={`coreCard--1Hx7d${active ? ' active--2Nd8q' : ''}`}>
      <div className="title--2rKFn"><span>{label}</span><svg width="14" height="14"><use xlinkHref="#icon-yiwen" /></svg></div>
      <div className="valueWrapper---RnMe">
        <div />
        <div>{yuan ? '¥' : ''}</div>
        <div style={{ fontFamily: 'Barlow' }}>{value}</div>
        <div className="attach--3vRa_">{attach}</div>
      </div>
      {footer ? <div className="footer--2Wq9c">{footer}</div> : null}
    </div>
  );
}

function Funnel() {
  const ann = [
    ['10.12%', '曝光-观看率'],
    ['62.35%', '观看-商品曝光率'],
    ['24.38%', '商品曝光-点击率'],
    ['9.08%', '商品点击-成交率'],
  ];
  return (
    <div className="funnel_wrapper__x7Kq2">
      <canvas width="520" height="300" className="funnel_canvas__Pw3" />
      <div className="funnel_annotations__Rb8">
        {ann.map(([v, l]) => (
          <div className="conversionItem-Hq6Ty2" key={l}>
            <div className="conversionRatio-uFnPwa">{v}</div>
            <div className="conversionLabel-toGSt0">{l}</div>
          </div>
        ))}
      </div>
    </div>
  );
}

const ITEMS = [
  ['3712049518802734511', '【直播专享】轻奢珍珠项链 925银扣 礼盒装', '¥32.15万', '18.20%', true, '321', '24.38%', '10.47%', true],
  ['3712049518802734628', '天然淡水珍珠耳钉 简约百搭', '¥18.62万', '6.41%', false, '402', '19.02%', '2.30%', false],
  ['3712049518802735107', '南洋金珠吊坠 12mm 正圆强光', '¥41.88万', '32.05%', true, '96', '27.51%', '4.12%', true],
  ['3712049518802735233', '珍珠手链 多层叠戴 网红款', '¥6.73万', '11.00%', false, '215', '15.66%', '0.85%', false],
  ['3712049518802735390', '大溪地黑珍珠戒指 可调节', '¥12.40万', '0.00%', true, '58', '21.94%', '6.30%', true],
  ['3712049518802735414', '珍珠发夹 法式复古 三件套', '¥8.90', '171.34%', true, '1', '3.12%', '12.85%', false],
  ['3712049518802735587', '巴洛克珍珠毛衣链 长款', '¥2.35万', '9.90%', true, '117', '12.08%', '1.02%', true],
  ['3712049518802735612', '珍珠护理套装 清洁布+保养液', '¥3,286.00', '44.20%', false, '164', '9.71%', '3.33%', false],
  ['3712049518802735701', '直播间福袋 随机珍珠饰品', '¥1,990.00', '—', true, '199', '30.40%', '—', true],
  ['3712049518802735849', '海水珍珠套链 akoya 7-7.5mm', '¥11.72万', '20.00%', true, '31', '18.65%', '5.55%', true],
];

const Change = ({ text, up }) =>
  text === '—' ? <span className="change-Ns2Lq5">—</span> : (
    <span className={`change-Ns2Lq5 ${up ? 'up-uranyB' : 'down-OAkhZz'}`}>
      <i className={up ? 'upIdentify-LQaHnC' : 'downIdentify-Mm2QaZ'} />{text}
    </span>
  );

function Goods() {
  const columns = [
    { title: '商品', dataIndex: 'title', width: 300, render: (t) => <div className="goodsInfo-Jk3Wq2"><div className="goodsImg-Pp2" /><span className="goodsName-Xc4Vb7">{t}</span></div> },
    { title: '商品ID', dataIndex: 'id', width: 190 },
    { title: '成交金额', dataIndex: 'gmv', sorter: true, defaultSortOrder: 'descend', width: 150, render: (_, r) => (<><span className="cellValue-Gq8Zn1">{r.gmv}</span><Change text={r.gmvChg} up={r.gmvUp} /></>) },
    { title: '成交件数', dataIndex: 'units', sorter: true, width: 110 },
    { title: '商品点击率（PV）', dataIndex: 'ctr', sorter: true, width: 160, render: (_, r) => (<><span className="cellValue-Gq8Zn1">{r.ctr}</span><Change text={r.ctrChg} up={r.ctrUp} /></>) },
    { title: '操作', key: 'op', fixed: 'right', width: 120, render: () => <><a>商品详情</a> <a>诊断</a></> },
  ];
  const data = ITEMS.map(([id, title, gmv, gmvChg, gmvUp, units, ctr, ctrChg, ctrUp]) => ({ key: id, id, title, gmv, gmvChg, gmvUp, units, ctr, ctrChg, ctrUp }));
  return (
    <Table
      className="goodsTable-Ty5Hm3"
      columns={columns}
      dataSource={data}
      scroll={{ x: 1100 }}
      pagination={{ total: 46, pageSize: 10, current: 1, showSizeChanger: false, showTotal: (t) => `共${t}条`, position: ['bottomRight'] }}
    />
  );
}

function BrowserBlocker() {
  return (
    <>
      <div id="browser-blocker-plugin-mask" />
      <div className="browser-blocker-plugin-modal-wrap">
        <div className="browser-blocker-plugin-modal">
          <div className="browser-blocker-plugin-modal-title">浏览器插件提示</div>
          <div className="browser-blocker-plugin-modal-body">检测到 2 个浏览器插件可能影响罗盘数据展示，建议在 Chrome 90 及以上版本中关闭后使用。</div>
          <button type="button" className="browser-blocker-plugin-modal-btn">知道了</button>
        </div>
      </div>
    </>
  );
}

function Page() {
  const [pop, setPop] = useState(true);
  useEffect(() => { const t = setTimeout(() => setPop(false), 300); return () => clearTimeout(t); }, []);
  const tabs = [
    { key: 'all', label: '全部流量', children: <CardGroup rows={ALL} />, forceRender: true },
    { key: 'natural', label: '自然流量', children: <CardGroup rows={NATURAL} />, forceRender: true },
  ];
  return (
    <CompassShell selected="live-detail" open={['live']} motion={false}>
      <IconSprite />
      <div className="liveDetail-Wm2Kp8">
        <div className="liveInfo-Aq7Ws1">
          <div className="liveTitle-Pp0oQ1">珍珠618宠粉专场 · 第3场</div>
          <div className="liveTime-Kk3Ld0">直播时间：2025/06/12 19:00 ~ 23:45</div>
          <div className="liveId-Hh6Yt2">直播间ID：7502841936152087346</div>
          <div className="update-Jj1Se4">数据更新于 2025/06/13 00:10</div>
          <Popover open={pop} title="直播间用户支付金额构成" content={<div className="popContent-Zq1">自然流量 ¥61.02万 · 付费流量 ¥72.26万</div>}>
            <Button size="small">成交构成</Button>
          </Popover>
        </div>
        <Tabs className="moduleTabs-Vb8Xc3" defaultActiveKey="data" items={[
          { key: 'data', label: '数据' }, { key: 'goods', label: '商品' }, { key: 'crowd', label: '人群' }, { key: 'qc', label: '千川' },
        ]} />
        <Spin spinning={false}>
          <section className="coreData-Hr6Lp2">
            <div className="blockTitle-Yu2Hn4">核心数据</div>
            <Tabs className="flowTabs-Jc5Tz0" defaultActiveKey="all" destroyInactiveTabPane={false} items={tabs} />
          </section>
        </Spin>
        <Spin spinning={false}>
          <section className="goodsModule-Kq2Rz7">
            <div className="blockTitle-Yu2Hn4">商品</div>
            <div className="cardList--2Vb8k">
              <OldCard label="成交金额" yuan value="1332801" attach="" footer="直播占比 100%" active />
              <OldCard label="成交件数" value="1508" attach="" />
              <OldCard label="商品点击人数" value="1.36" attach="万" />
            </div>
          </section>
        </Spin>
        <Spin spinning={false}>
          <section className="funnelBlock-Ws3Nb6">
            <div className="blockTitle-Yu2Hn4">成交转化漏斗</div>
            <Radio.Group className="ecom-radio-group-outline" defaultValue="ucnt" options={[{ label: '人数', value: 'ucnt' }, { label: '次数', value: 'cnt' }]} optionType="button" />
            <Funnel />
          </section>
        </Spin>
        <Spin spinning={false}>
          <section className="goodsDetail-Bn7Vc1">
            <div className="blockTitle-Yu2Hn4">商品明细 <Button size="small">导出数据</Button></div>
            <Goods />
          </section>
        </Spin>
      </div>
      <BrowserBlocker />
    </CompassShell>
  );
}

mount(<Page />, { settle: 1500 });
