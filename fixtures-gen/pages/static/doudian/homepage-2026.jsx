// url: https://fxg.jinritemai.com/ffa/mshop/homepage/index
// 抖店 2026 首页 (/ffa/mshop/homepage/index), auxo: the 罗盘-linked 经营数据 block where the label
// (with a chevron inside) and the value are siblings and a 较昨日 row follows (REAL-DOM §2
// "Homepage card", idx:70947308774, idx:47301608026), the 体验分 block (hash-only total,
// score-block-score_* sub-scores with a span.tab_* suffix, 更新时间), the peer comparison only in
// an auxo popover at the end of body, guide overlays (退出引导 / 知道了 / 我已知悉).
import { useEffect, useState } from 'react';
import { Popover, Modal, Button, Segmented, Tooltip } from 'antd';
import { mount, ChevronSvg, QuestionSvg, IconSprite } from '../../parts/douyin-mount.jsx';
import { AuxoShell } from '../../parts/douyin-auxo-shell.jsx';

const MENU = [
  { key: 'home', label: '首页' },
  { key: 'goods', label: '商品', children: [{ key: 'g-list', label: '商品管理' }] },
  { key: 'order', label: '订单', children: [{ key: 'o-list', label: '订单管理' }] },
  { key: 'aftersale', label: '售后' },
  { key: 'data', label: '数据', children: [{ key: 'compass', label: '抖音电商罗盘' }] },
  { key: 'eco', label: '店铺体验分' },
];

// [label, value, compare] — value and compare exactly as shown
const BIZ = [
  ['成交金额', '0', '持平'],
  ['成交订单数', '0', '持平'],
  ['商品访客数', '36', '+12.50%'],
  ['成交转化率', '0.00%', '持平'],
  ['退款金额', '128.00', '-20.00%'],
];

function BizItem([label, value, cmp]) {
  return (
    <div className="styles_dataItem__3kQ2p" key={label}>
      <div className="styles_compassTitle__2rmc2">
        <span>{label}</span>
        <span className="styles_arrow__1Vd9x"><ChevronSvg /></span>
      </div>
      <div className="styles_value__2Hk7s">{value}</div>
      <div className="styles_compare__3Lc0w">
        <span className="styles_compareLabel__1Zb4q">较昨日</span>
        <span className={cmp.startsWith('+') ? 'styles_up__2Tq8n' : cmp.startsWith('-') ? 'styles_down__1Pm3v' : 'styles_flat__3Xr6d'}>{cmp}</span>
      </div>
    </div>
  );
}

const SUB = [
  ['商品体验得分', '88', '优秀', 'tab_good_6c1e2'],
  ['物流体验得分', '84', '良好', 'tab_normal_9a4f0'],
  ['服务体验得分', '87', '良好', 'tab_normal_9a4f0'],
  ['差行为扣分', '0', '无扣分', 'tab_none_2b7d3'],
];
const KPI = [
  ['近30天好评率', '98.20%'],
  ['揽收时效达成率', '96.45%'],
  ['飞鸽平均响应时长', '25秒'],
  ['售后处理时长达成率', '99.10%'],
];

function Experience({ peerOpen }) {
  return (
    <div className="zBqC8sWn1yXvR4eLh6Tm">
      <div className="Lk2pQ9vRt7XwY3mNc5Ja">
        <span>店铺体验分</span>
        <Popover open={peerOpen} placement="bottom" content={<div className="Hq7ZpN2cV8xLr5TkW1Bd">超过同行 72.35% 的商家，同行平均分 82</div>}>
          <span className="Pz4vN8qLx2Wc6Ry0Tk3M">同行对比 <QuestionSvg /></span>
        </Popover>
      </div>
      <div className="Rw5nY1tGk9ZpQ3cMx7Vb">
        <div className="KKlDatAKRrJfTi91PV8s">86</div>
        <span className="Cx8Nq2Lm5Wv0Rk7Tz3Hy">较前一日 +0.4</span>
      </div>
      <div className="score-block-wrap_7e21a">
        {SUB.map(([l, v, tag, cls]) => (
          <div className="score-block_3c9d1" key={l}>
            <div className="score-block-title_b82f4">{l}</div>
            <div className="score-block-score_420df">{v}<span className={`tab_5d0c7 ${cls}`}>{tag}</span></div>
          </div>
        ))}
      </div>
      <div className="Tq6Lk0Zx3Np8Wc1Rv5Ym">
        {KPI.map(([l, v]) => (
          <div className="Mn3Xv7Kp1Qz9Lc5Rt2Wd" key={l}><span className="Gh2Nv6Zq0Lx4Kp8Tc1Y">{l}</span><span className="Vb9Rt3Kx7Lp1Zq5Nc0W">{v}</span></div>
        ))}
      </div>
      <div className="Yt4Wq8Nm2Kv6Lx0Zp3R">数据更新时间：2026-05-17 23:59:59（每日更新）</div>
    </div>
  );
}

function Guide() {
  return (
    <div className="guide-mask_1f3b2">
      <div className="guide-popup_8a7c0">
        <div className="guide-title_4e1d9">首页全新改版</div>
        <div className="guide-desc_2c6a8">经营数据与抖音电商罗盘打通，点击指标可查看详情</div>
        <div className="guide-footer_9b3e1">
          <span className="guide-step_6d2f5">2/4</span>
          <Button size="small">退出引导</Button>
          <Button size="small" type="primary">下一步</Button>
        </div>
      </div>
    </div>
  );
}

function Page() {
  const [peer, setPeer] = useState(true);
  useEffect(() => { const t = setTimeout(() => setPeer(false), 300); return () => clearTimeout(t); }, []);
  return (
    <AuxoShell menu={MENU} selected="home">
      <IconSprite />
      <div className="sYh3Qm8Kd1Lp6Wz0Xc4V">
        <div className="todo_4b8e2">
          <div className="todo-title_1c7f3">待办事项</div>
          <div className="todo-item_9d2a6"><span>待发货</span><span className="todo-num_5e3b1">12</span></div>
          <div className="todo-item_9d2a6"><span>待处理售后</span><span className="todo-num_5e3b1">3</span></div>
          <div className="todo-item_9d2a6"><span>即将超时</span><span className="todo-num_5e3b1">1</span></div>
        </div>
        <div className="styles_bizData__1Qk3v">
          <div className="styles_header__2Wb7m">
            <span className="styles_title__3Hn0c">经营数据</span>
            <Segmented size="small" defaultValue="today" options={[{ label: '今日实时', value: 'today' }, { label: '昨日', value: 'yesterday' }]} />
            <span className="styles_update__1Tz5p">更新至 14:32</span>
            <a className="styles_more__2Lk8d">去罗盘查看更多</a>
          </div>
          <div className="styles_list__3Cv9x">{BIZ.map(BizItem)}</div>
        </div>
        <Experience peerOpen={peer} />
        <div className="notice_7a2c4">
          <div className="notice-title_3f8d1">平台公告</div>
          <div className="notice-item_6b1e9">关于2026年618大促报名的通知</div>
          <div className="notice-item_6b1e9">体验分规则更新（第3版）说明</div>
        </div>
        <Tooltip open title={<span>新增「体验分诊断」入口 <a>知道了</a></span>} placement="right">
          <Button className="diag_2e9c7">体验分诊断</Button>
        </Tooltip>
      </div>
      <Guide />
      <Modal open title="店铺经营提醒" footer={<Button type="primary">我已知悉</Button>} closable={false} getContainer={() => document.body}>
        <p>您的店铺近7天有 2 笔订单即将超时发货，请及时处理。</p>
      </Modal>
    </AuxoShell>
  );
}

mount(<Page />, { settle: 1000 });
