// url: https://compass.jinritemai.com/screen/live/shop?live_room_id=7504419286531098412&live_app_id=1128&source=compass-live-detail
// 罗盘 直播大屏 (/screen/live/shop): the GMV rolled by the real odometer.js inside
// .hugeNumberContainer--* (REAL-DOM §1 "Big screen /screen/live/shop", idx:40046038004,
// idx:20190977039, idx:21049649494), read only once settled; durations with the unit in a .zh-cn
// span; other live metrics in cards.
import { ConfigProvider, Tooltip, Button, Tag } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { mount, QuestionSvg, IconSprite, sleep } from '../../parts/douyin-mount.jsx';
import { Odometer, odometerSettled } from '../../parts/douyin-odometer.jsx';

const Zh = ({ children }) => <span className="zh-cn">{children}</span>;

function Item({ label, children, tip }) {
  return (
    <div className="dataItem--1Kd8s">
      <div className="dataLabel--3Xw2p">
        {label}
        {tip ? <Tooltip title={tip}><span className="tip--2Lm9c"><QuestionSvg /></span></Tooltip> : null}
      </div>
      <div className="dataValue--Qz41v">{children}</div>
    </div>
  );
}

function Page() {
  return (
    <ConfigProvider locale={zhCN} prefixCls="ecom" theme={{ hashed: false, token: { motion: false } }}>
      <IconSprite />
      <div className="screenWrap--2Pq7x">
        <header className="header--3Nv8d">
          <div className="anchor--1Wz5k">
            <span className="anchorName--2Xc7m">星河优选官方旗舰店直播间</span>
            <Tag color="red">直播中</Tag>
          </div>
          <div className="liveMeta--Ks3d1">
            <span>开播时间 2026/05/18 12:39:58</span>
            <span className="divider--1q2">|</span>
            <span>直播时长 4<Zh>小时</Zh>12<Zh>分钟</Zh></span>
          </div>
          <Button size="small" className="exit--2Vb4k">退出大屏</Button>
        </header>

        <section className="core--3Hd9s">
          <div className="coreTitle--1Ty6w">
            直播间用户支付金额
            <Tooltip title="直播间内产生的用户支付金额，含退款"><span className="tip--2Lm9c"><QuestionSvg /></span></Tooltip>
          </div>
          <div className="hugeNumberContainer--2mZ7q">
            <span className="currency--3Fq1z">¥</span>
            <Odometer value={486213.58} from={486100} />
          </div>
          <div className="coreSub--2Qp8v">
            <span>较上一场同时段</span> <span className="up--1Ss3d">+18.42%</span>
          </div>
        </section>

        <section className="grid--1Rm5t">
          <Item label="实时在线人数">2,318</Item>
          <Item label="累计观看人数">12.6万</Item>
          <Item label="成交人数">3,046</Item>
          <Item label="成交件数">4,129</Item>
          <Item label="千次观看成交金额" tip="用户支付金额 / 累计观看人数 × 1000">¥3,858.84</Item>
          <Item label="人均观看时长">1<Zh>分钟</Zh>18<Zh>秒</Zh></Item>
          <Item label="商品点击-成交转化率">8.12%</Item>
          <Item label="新增粉丝数">1,205</Item>
          <Item label="曝光-观看率">12.40%</Item>
          <Item label="平均在线时长">6<Zh>分钟</Zh></Item>
        </section>

        <section className="explain--3Jk2s">
          <div className="explainTitle--1Mn4x">正在讲解</div>
          <div className="explainGoods--2Vc8b">
            <span className="goodsIndex--1Xa2">3号</span>
            <span className="goodsName--3Qw7">南洋金珠吊坠 12mm 正圆强光</span>
            <span className="goodsPrice--2Bn5">¥1,299.00</span>
          </div>
          <div className="explainTime--1Kz3">已讲解 12<Zh>分钟</Zh></div>
        </section>
        <canvas width="900" height="220" className="trend--2Hs6q" />
      </div>
    </ConfigProvider>
  );
}

mount(<Page />, { settle: 400, after: async () => { await odometerSettled(); await sleep(300); } });
