// url: https://qianchuan.jinritemai.com/uni-prom/overall?aavid=1769203345127438
// 巨量千川 2026 推广概览 (/uni-prom/overall): summaryCard cards reading
// 「账户整体消耗(元)14.98相比上周期+70.03%」, refreshTime 「更新于：…」, the period in two inputs of
// report-shortcuts-datepicker, and an ovui table with the summary row INSIDE tbody and
// 「共 N 条记录」 (REAL-DOM §4, idx:68943547405, idx:2330603246, idx:70139487295, idx:57165431101).
// The ovui library is imitated by antd 5 with prefixCls "ovui" plus the quoted ovui-tr /
// ovui-t-summary / ovui-page-total / ovui-radio-item classes.
import dayjs from 'dayjs';
import { ConfigProvider, Table, DatePicker, Radio, Switch, Button, Tooltip, Menu } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { mount, QuestionSvg, IconSprite } from '../../parts/douyin-mount.jsx';

const CARDS = [
  ['账户整体消耗(元)', '14.98', '+70.03%'],
  ['乘方计划消耗(元)', '0.00', '-'],
  ['标准投放消耗(元)', '6.20', '-12.40%'],
  ['全域投放消耗(元)', '8.78', '+235.11%'],
  ['品牌投放消耗(元)', '0.00', '-'],
];

function SummaryCard([label, value, cmp], i) {
  return (
    <div className={`summaryCard-Xk2Lm9${i === 0 ? ' summaryCardActive-Qd4Rw1' : ''}`} key={label}>
      <div className="summaryCardTitle-Lp8Vc3">{label}<Tooltip title="统计周期内的消耗"><span className="tip-Zn2"><QuestionSvg /></span></Tooltip></div>
      <div className="summaryCardValue-Hs5Nm7"><span className="oc-typography-value-int">{value}</span></div>
      <div className="summaryCardCompare-Tb9Kx2">相比上周期<span className={cmp.startsWith('+') ? 'up-Wq1' : cmp.startsWith('-') && cmp !== '-' ? 'down-Rz7' : 'none-Cv3'}>{cmp}</span></div>
    </div>
  );
}

const SUMMARY = { key: 'summary', summary: true, name: '总计', id: '', cost: '14.98', roi: '9.21', gmv: '138.00', orders: '3', orderCost: '4.99', gpm: '—', on: null };
const PLANS = [
  { key: '1830221456782345', name: '直播全域-珍珠宠粉夜', id: '1830221456782345', cost: '8.78', roi: '12.30', gmv: '108.00', orders: '2', orderCost: '4.39', gpm: '35.20', on: true },
  { key: '1830221456782399', name: '直播全域-日常直播', id: '1830221456782399', cost: '0.00', roi: '-', gmv: '0.00', orders: '0', orderCost: '-', gpm: '—', on: false },
  { key: '1830221456783012', name: '标准推广-商品卡引流0512', id: '1830221456783012', cost: '6.20', roi: '4.84', gmv: '30.00', orders: '1', orderCost: '6.20', gpm: '–', on: true },
  { key: '1830221456783156', name: '标准推广-短视频测款', id: '1830221456783156', cost: '0.00', roi: '-', gmv: '0.00', orders: '0', orderCost: '-', gpm: '–', on: false },
  { key: '1830221456783270', name: '标准推广-新品冷启动', id: '1830221456783270', cost: '0.00', roi: '-', gmv: '0.00', orders: '0', orderCost: '-', gpm: '-', on: false },
];

function Plans() {
  const columns = [
    { title: '计划名称', dataIndex: 'name', fixed: 'left', width: 220, render: (t, r) => (r.summary ? <b>{t}</b> : <a className="planName-Yt3">{t}</a>) },
    { title: '计划ID', dataIndex: 'id', width: 170 },
    { title: '投放状态', dataIndex: 'on', width: 90, render: (on, r) => (r.summary ? '' : <Switch size="small" className={on ? 'oc-switch oc-switch--checked' : 'oc-switch'} checked={on} />) },
    { title: '整体消耗(元)', dataIndex: 'cost', sorter: true, width: 120 },
    { title: '整体支付ROI', dataIndex: 'roi', sorter: true, width: 120 },
    { title: '整体成交金额(元)', dataIndex: 'gmv', sorter: true, width: 140 },
    { title: '整体成交订单数', dataIndex: 'orders', width: 120 },
    { title: '整体成交订单成本(元)', dataIndex: 'orderCost', width: 160 },
    { title: 'GPM(元)', dataIndex: 'gpm', width: 100 },
    { title: '操作', key: 'op', fixed: 'right', width: 110, render: (_, r) => (r.summary ? '' : <><a>编辑</a> <a>数据</a></>) },
  ];
  return (
    <Table
      className="planTable-Mn6Wq0"
      columns={columns}
      dataSource={[PLANS[0], SUMMARY, ...PLANS.slice(1)].sort((a, b) => (a.summary ? -1 : b.summary ? 1 : 0))}
      rowClassName={(r) => (r.summary ? 'ovui-tr ovui-t-summary' : 'ovui-tr')}
      scroll={{ x: 1350 }}
      pagination={{ total: 5, pageSize: 10, showTotal: (t) => <span className="ovui-page-total">共 {t} 条记录</span> }}
    />
  );
}

function Page() {
  return (
    <ConfigProvider locale={zhCN} prefixCls="ovui" theme={{ hashed: false, token: { motion: false } }}>
      <IconSprite />
      <div className="qcLayout-Fw2Xb8">
        <header className="qcHeader-Kr4Nz6">
          <span className="logo-Vm1">巨量千川</span>
          <Menu id="qc-top-menu" mode="horizontal" selectedKeys={['uni']} items={[
            { key: 'home', label: '首页' },
            { key: 'uni', label: <span data-e2e="qc_navigatormenu_uni_promotion">推广</span> },
            { key: 'asset', label: '素材' },
            { key: 'data', label: '数据' },
            { key: 'fin', label: '财务' },
          ]} />
          <span className="account-Jp7">星河优选旗舰店 · 账户ID 1769203345127438</span>
          <span className="balance-Hy2">账户余额：¥1,205.02</span>
        </header>
        <div className="overview-Qs3Lm5">
          <div className="toolbar-Tc8Wn1">
            <span className="pageTitle-Rb4">推广概览</span>
            <Radio.Group className="ovui-radio-group" defaultValue="7d" optionType="button" options={[
              { label: '今天', value: 'today', className: 'ovui-radio-item' },
              { label: '昨天', value: 'yesterday', className: 'ovui-radio-item' },
              { label: '近7天', value: '7d', className: 'ovui-radio-item' },
              { label: '近30天', value: '30d', className: 'ovui-radio-item' },
            ]} />
            <div className="report-shortcuts-datepicker-Gm2Xq7">
              <DatePicker.RangePicker value={[dayjs('2026-05-11'), dayjs('2026-05-17')]} format="YYYY-MM-DD" allowClear={false} />
            </div>
            <span className="refreshTime-Nx5Kp3">更新于：05-18 11:17</span>
            <Button size="small">刷新数据</Button>
          </div>
          <div className="summaryCards-Ld7Vq4">{CARDS.map(SummaryCard)}</div>
          <div className="trendWrap-Px2Hd8">
            <div className="trendTitle-Wv6">整体趋势</div>
            <canvas width="1100" height="260" className="trendCanvas-Ac4" />
          </div>
          <div className="planBlock-Zr1Kt9">
            <div className="blockTitle-Qm3">推广计划</div>
            <Plans />
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

mount(<Page />, { settle: 1000 });
