// url: https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7504730164828599001
/**
 * 巨量百应 直播中控台, living: the item being explained changes over time. The same goods rows as
 * the static live-control-2026 page (REAL-DOM §3 "Goods row": .rpa_lc__live-goods__goods-item
 * [data-rbd-draggable-id], value before label, 售出/库存, the 讲解中 tag and the 取消讲解 button on
 * the explained row; idx:71316491343, idx:56173547016) and an auxo Statistic strip.
 *
 * Timeline: ../parts/live-buyin-segments-data.mjs (PHASES). At each phase's start the 讲解中 tag
 * moves (or goes); half-way through it, the explained item sells (room GMV, clicks, online and
 * the item's row change together). window.__fixture = { phase: 'p0'…'p4' | 'done', explaining }.
 */
import { useEffect, useState } from 'react';
import { Statistic, Tag, Button } from 'antd';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import { AuxoShell } from '../parts/douyin-auxo-shell.jsx';
import { GOODS, PHASES, PHASE_MID_MS, END_MS, stateAfter, money, count } from '../parts/live-buyin-segments-data.mjs';

function Row({ i, g, explaining }) {
  return (
    <div className="goodsItem-KBGOY5 rpa_lc__live-goods__goods-item" data-rbd-draggable-id={g.id} style={{ position: 'absolute', top: i * 132, left: 0, right: 0 }}>
      <div className="indexWrapper-d7a4a8"><input className="auxo-input indexInput-Pz4Kw1" defaultValue={String(i + 1)} /></div>
      <div className="cover-Wb3Nq7"><div className="coverImg-Xr5Mt2" />{explaining ? <Tag color="red" className="explaining-Hc8Zd3">讲解中</Tag> : null}</div>
      <div className="right-mXg75w">
        <div className="title-Lq7Vn2">{g.name}</div>
        <div className="tags-Ky2Bp9"><span className="goodsId-Rt6Zc1">ID:{g.id}</span><span className="tag-Ns4Wq0">运费险</span></div>
        <div className="dataRow-Jm5Tv8">
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{money(g.price)}</span><span className="dataLabel-Vd1Hk4">到手价</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{count(g.sold)}/{count(g.stock)}</span><span className="dataLabel-Vd1Hk4">售出/库存</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{money(g.gmv)}</span><span className="dataLabel-Vd1Hk4">成交金额</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{g.rate}</span><span className="dataLabel-Vd1Hk4">曝光成交率</span></span>
        </div>
      </div>
      <div className="goodsAction-JcGBoH lvc2-grey-btn-wrapper">
        <button type="button" className="lvc2-grey-btn">{explaining ? '取消讲解' : '讲解'}</button>
        <button type="button" className="lvc2-grey-btn">弹卡</button>
        <button type="button" className="lvc2-grey-btn">下架</button>
      </div>
    </div>
  );
}

function Page() {
  const [phase, setPhase] = useState(0);
  const [mids, setMids] = useState(0); // phase middles passed
  useEffect(() => {
    fixture({ phase: 'p0', explaining: GOODS[PHASES[0].item]?.[0] ?? null, phases: PHASES });
    PHASES.forEach((p, k) => {
      if (k > 0) after(p.start, () => { setPhase(k); fixture({ phase: `p${k}`, explaining: p.item === null ? null : GOODS[p.item][0] }); });
      after(p.start + PHASE_MID_MS, () => setMids(k + 1));
    });
    after(END_MS, () => fixture({ phase: 'done' }));
  }, []);
  const s = stateAfter(mids);
  const explained = PHASES[phase].item;
  return (
    <AuxoShell product="巨量百应" shopName="星河优选官方旗舰店" shopId="1698402231">
      <div className="liveControl-Zp4Wc9">
        <div className="header-Hx2Lm7">
          <span className="roomTitle-Qn5Vb1">珍珠宠粉夜 · 全场包邮</span>
          <Tag color="red">直播中</Tag>
          <span className="roomId-Ty1Ks6">直播间ID：7504730164828599001</span>
          <Button size="small">直播大屏</Button>
        </div>
        <div className="liveData-Rb7Xm2">
          <div className="metricCard-Kw3Zq8"><Statistic title="直播间成交金额" prefix="¥" value={s.gmv} precision={2} /></div>
          <div className="metricCard-Kw3Zq8"><Statistic title="实时在线人数" value={s.online} /></div>
          <div className="metricCard-Kw3Zq8"><Statistic title="商品点击次数" value={s.clicks} /></div>
        </div>
        <div className="goodsPanel-Lm3Xq6">
          <div id="live-control-goods-list-container" className="goodsList-Vn8Kq3" style={{ position: 'relative', height: s.goods.length * 132 }}>
            {s.goods.map((g, i) => <Row key={g.id} i={i} g={g} explaining={explained === i} />)}
          </div>
        </div>
      </div>
    </AuxoShell>
  );
}

mount(<Page />);
