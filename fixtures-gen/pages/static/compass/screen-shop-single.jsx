// url: https://compass.jinritemai.com/screen/shop/single?source=compass-shop-home&version=pro
// 罗盘 2026 店铺大屏 (/screen/shop/single): numbers split per character (REAL-DOM §1 "Big screen
// /screen/shop/single", repo:BravoDY/GMV-LiveLens), 今日用户支付金额 next to
// 今日用户支付金额(含异常交易), a 数据更新 stamp, and a trailing 万 whose meaning the page settles
// in one block (today: 成交人数 × 客单价 ≈ the digits without 万) and not in another (本月累计).
import { ConfigProvider, Tooltip, Button, Segmented } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { mount, QuestionSvg, IconSprite } from '../../parts/douyin-mount.jsx';

/** The screen's digit component: every character its own span, separated by spaces. */
function Chars({ text, cls = 'num-Gd7Kq2' }) {
  const out = [];
  [...text].forEach((ch, i) => {
    if (i) out.push(' ');
    out.push(<span key={i} className={/[0-9]/.test(ch) ? `digit-Vx3Lp0 ${cls}` : `sign-Qw2Rt5 ${cls}`}>{ch}</span>);
  });
  return <span className="charWrap-Nb5Hs1">{out}</span>;
}

function Metric({ label, value, tip, big }) {
  return (
    <div className={big ? 'metric-Pq4Wm1 big-Ht6Yc2' : 'metric-Pq4Wm1'}>
      <div className="metricLabel-Jr8Nz3">
        {label}
        {tip ? (
          <Tooltip title={tip}><span className="tipIcon-Lc2Vb9"><QuestionSvg /></span></Tooltip>
        ) : null}
      </div>
      <div className="metricValue-Ks1Xd7"><Chars text={value} /></div>
    </div>
  );
}

function Page() {
  return (
    <ConfigProvider locale={zhCN} prefixCls="ecom" theme={{ hashed: false, token: { motion: false } }}>
      <IconSprite />
      <div className="screen-Zr3Tq8">
        <header className="screenHeader-Wd5Mn2">
          <div className="shopName-Fy7Lk4">星河优选旗舰店 · 店铺实时数据大屏</div>
          <Segmented className="versionSwitch-Pn3Bx6" defaultValue="pro" options={[{ label: '专业版', value: 'pro' }, { label: '基础版', value: 'basic' }]} />
          <div className="updateInfo-Hc9Rt1">
            <span className="updateText-Qm4Zs8">数据更新 2026/05/18 16:51:43</span>
            <span className="updateFreq-Xy2Wd6">（每1分钟更新）</span>
          </div>
          <Button className="fullscreen-Kv6Ne3" size="small">全屏</Button>
        </header>

        <section className="block-Rb2Ly5 todayBlock-Sd8Kp3">
          <div className="blockTitle-Gw3Zc7">今日交易</div>
          <div className="gmvRow-Ut1Fh9">
            <Metric big label="今日用户支付金额" value="¥159,357万" />
            <Metric big label="今日用户支付金额(含异常交易)" value="¥161,024万" tip="含风控识别的异常交易订单，仅供参考" />
          </div>
          <div className="metricGrid-Ma6Qn0">
            <Metric label="成交订单数" value="1,302" />
            <Metric label="成交人数" value="1,263" />
            <Metric label="客单价" value="¥126.17" />
            <Metric label="成交件数" value="1,540" />
            <Metric label="退款金额" value="¥3,210.50" />
          </div>
        </section>

        <section className="block-Rb2Ly5 liveBlock-Pe4Jx1">
          <div className="blockTitle-Gw3Zc7">店铺直播间（今日）</div>
          <div className="metricGrid-Ma6Qn0">
            <Metric label="千次观看成交金额" value="¥1,240.56" />
            <Metric label="实时在线人数" value="1,856" />
            <Metric label="累计观看人数" value="2.16万" />
            <Metric label="直播时长" value="06:12:45" />
          </div>
          <canvas width="640" height="200" className="onlineTrend-Yk8Cz2" />
        </section>

        <section className="block-Rb2Ly5 monthBlock-Lf9Wv3">
          <div className="blockTitle-Gw3Zc7">本月累计（2026/05/01 - 2026/05/18）</div>
          <div className="metricGrid-Ma6Qn0">
            <Metric big label="本月用户支付金额" value="¥4,211,829万" />
            <Metric label="本月退款金额" value="¥21,306万" />
            <Metric label="本月开播场次" value="36" />
          </div>
        </section>

        <footer className="screenFooter-Tz5Gx4">
          <span>抖音电商罗盘 · 大屏数据仅供参考，以经营概况为准</span>
        </footer>
      </div>
    </ConfigProvider>
  );
}

mount(<Page />);
