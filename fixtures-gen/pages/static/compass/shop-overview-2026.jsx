// url: https://compass.jinritemai.com/shop?date_type=22&date_value=2026-05-17
// 罗盘 2026 经营概况 (/shop): aurora-data-card cards (REAL-DOM §1 "Overview card, 2026",
// idx:69034954003, idx:69072378842), aurora-tabs period + channel tabs, one card still loading,
// a guide popup over the page.
import { ConfigProvider, Tabs, Spin, Button, Tooltip } from 'antd';
import { mount, QuestionSvg, IconSprite } from '../../parts/douyin-mount.jsx';
import { CompassShell } from '../../parts/douyin-compass-shell.jsx';

// [label, data-index-uuid, value (as shown, prefix split), yesterday, peer benchmark]
const CARDS = [
  ['用户支付金额', 'pay_amt', ['¥', '1.84万'], '¥2.06万', '¥1.52万'],
  ['成交订单数', 'pay_cnt', [null, '163'], '145', '114'],
  ['成交人数', 'pay_ucnt', [null, '151'], '139', '108'],
  ['成交件数', 'pay_combo_cnt', [null, '187'], '170', '130'],
  ['商品访客数', 'product_click_ucnt', [null, '4,382'], '4,105', '3,560'],
  ['成交转化率', 'pay_ucnt_ratio', [null, '3.45%'], '3.39%', '3.03%'],
  ['件单价', 'per_combo_price', ['¥', '98.40'], '¥121.40', '¥86.10'],
  ['退款金额', 'refund_amt_pay_time', ['¥', '1,236.50'], '¥986.00', '¥1,020.00'],
  ['商品千次曝光成交金额', 'product_show_gpm', ['¥', '42.18'], '¥45.02', '¥38.60'],
  ['商品点击率（PV）', 'product_click_ratio_pv', [null, '8.76%'], '9.02%', '7.91%'],
  // still loading: the value node is empty, the neighbours already show numbers
  ['商品曝光人数', 'product_show_ucnt', null, '5.62万', '4.80万'],
  ['投放消耗', 'ad_costed_amt', ['¥', '2,310.00'], '¥2,650.00', '¥1,980.00'],
];

function DataCard({ label, uuid, value, yesterday, peer }) {
  const loading = value === null;
  return (
    <div className="aurora-data-card-card-item" data-index-uuid-card={uuid}>
      <div className="aurora-data-card-row-content">
        <div className="aurora-data-card-main-left">
          <div className="aurora-data-card-title">
            <span data-index-uuid={uuid}><div>{label}</div></span>
            <Tooltip title={`${label}的统计口径说明`}>
              <span className="aurora-data-card-title-icon"><QuestionSvg /></span>
            </Tooltip>
          </div>
          <div className="aurora-data-card-data">
            {loading ? (
              <Spin size="small" spinning>
                <div className="aurora-data-card-value-main" />
              </Spin>
            ) : (
              <div className="aurora-data-card-value-main">
                {value[0] ? <span className="aurora-data-card-value-prefix">{value[0]}</span> : null}
                {value[1]}
              </div>
            )}
          </div>
        </div>
        <div className="aurora-data-card-main-right">
          <div className="aurora-data-card-sub-item"><span className="aurora-data-card-sub-label">昨日</span> <span className="aurora-data-card-sub-value">{yesterday}</span></div>
          <div className="aurora-data-card-sub-item"><span className="aurora-data-card-sub-label">同行基准</span> <span className="aurora-data-card-sub-value">{peer}</span></div>
        </div>
      </div>
    </div>
  );
}

function Guide() {
  return (
    <div className="ecom-guide-mask">
      <div className="ecom-guide-normal-content-wrapper" style={{ position: 'absolute', top: 180, left: 420 }}>
        <div className="ecom-guide-normal-title">经营概况全新升级</div>
        <div className="ecom-guide-normal-content">支持按实时、近1天、近7天查看店铺核心指标，并与同行基准对比</div>
        <div className="ecom-guide-normal-footer">
          <span className="ecom-guide-normal-step">1/3</span>
          <button className="ecom-btn ecom-btn-default ecom-btn-sm" type="button"><span>跳过</span></button>
          <button className="ecom-btn ecom-btn-primary ecom-btn-sm" type="button"><span>知道了</span></button>
        </div>
      </div>
    </div>
  );
}

function Page() {
  const period = [
    { key: 'realtime', label: '实时' },
    { key: '22', label: '近1天' },
    { key: '21', label: '近7天' },
  ];
  const channel = [
    { key: 'all', label: '全店' },
    { key: 'self', label: '自营' },
    { key: 'coop', label: '合作' },
  ];
  return (
    <CompassShell selected="shop">
      <IconSprite />
      <div className="shopOverview-R2kPq7">
        <div className="pageHeader-Hb6Tx1">
          <h2 className="pageTitle-Lx0Wc3">经营概况</h2>
          <span className="updateTime-Jq5Pn8">更新时间：2026/05/18 09:30</span>
        </div>
        <ConfigProvider prefixCls="aurora" theme={{ hashed: false }}>
          <div className="filterBar-Wc7Bn2">
            <Tabs className="periodTabs-Qe3Zs9" defaultActiveKey="22" items={period} />
            <span className="cp-date-picker-v2">
              <span className="cp-date-picker-v2-title">统计时间</span>
              <span className="cp-date-picker-v2-time">2026/05/17</span>
            </span>
            <Tabs className="channelTabs-Nm4Ty6" type="card" defaultActiveKey="all" items={channel} />
          </div>
          <Spin spinning={false} wrapperClassName="coreBlock-Tz1Ks5">
            <div className="aurora-data-card-group">
              {CARDS.map(([label, uuid, value, y, p]) => (
                <DataCard key={uuid} label={label} uuid={uuid} value={value} yesterday={y} peer={p} />
              ))}
            </div>
          </Spin>
          <div className="trendBlock-Pw8Ld2">
            <div className="blockTitle-Yu2Hn4">核心指标趋势</div>
            <canvas width="960" height="280" className="trendCanvas-Gk5Rt1" />
          </div>
          <div className="pageFooter-Mb2Xe7">
            <Button>下载数据</Button>
            <Button type="primary">查看经营诊断</Button>
          </div>
        </ConfigProvider>
      </div>
      <Guide />
    </CompassShell>
  );
}

mount(<Page />);
