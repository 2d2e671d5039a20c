// url: https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7504730164828561203
// 巨量百应 2026 直播中控台 (/dashboard/live/control), auxo: goods rows .goodsItem-KBGOY5
// .rpa_lc__live-goods__goods-item[data-rbd-draggable-id] with value-before-label data, 售出/库存
// as N/x.x万 and ~6 lvc2-grey-btn buttons (REAL-DOM §3 "Goods row", "Per-product metrics";
// idx:71316491343, idx:56173547016, idx:56669313746, idx:17144090850); an auxo-tabs hidden pane
// with the same rows; the idle guard 「长时间未操作」 (auxo-modal-confirm-btns); an
// auxo-dropdown-menu portal; a live metric strip (no public evidence: auxo Statistic).
import { useEffect } from 'react';
import { Tabs, Statistic, Modal, Dropdown, Tooltip, Tag, Button } from 'antd';
import { mount, QuestionSvg, IconSprite } from '../../parts/douyin-mount.jsx';
import { AuxoShell } from '../../parts/douyin-auxo-shell.jsx';

// [productId, name, 到手价, 售出, 库存, 成交金额, 曝光成交率, state]
const GOODS = [
  ['3712049518802766601', '【秒杀】珍珠耳钉 S925银针 防过敏', '¥2.60', '0', '1.2万', '¥0.00', '0.00%', ''],
  ['3712049518802766618', '淡水珍珠项链 8-9mm 强光近圆', '¥199.00', '38', '2,000', '¥7,562.00', '3.12%', 'explaining'],
  ['3712049518802766625', '巴洛克珍珠耳环 法式复古', '¥89.90', '21', '860', '¥1,887.90', '2.45%', ''],
  ['3712049518802766632', '珍珠手链 多层叠戴', '¥59.00', '17', '1,500', '¥1,003.00', '1.98%', ''],
  ['3712049518802766649', '南洋金珠吊坠 12mm 正圆', '¥1,299.00', '1', '50', '¥1,299.00', '0.86%', ''],
  ['3712049518802766656', '珍珠发夹 三件套', '¥19.90', '22', '3,000', '¥437.80', '4.01%', ''],
  ['3712049518802766663', '珍珠护理套装', '¥29.90', '8', '1,200', '¥239.20', '1.10%', ''],
  ['3712049518802766670', '大溪地黑珍珠戒指 可调节', '¥459.00', '1', '120', '¥459.00', '0.52%', ''],
  ['3712049518802766687', '直播间福袋 随机珍珠饰品', '¥9.90', '0', '0.5万', '¥0.00', '0.00%', 'off'],
  ['3712049518802766694', '海水珍珠套链 akoya', '¥2,680.00', '0', '30', '¥0.00', '0.00%', ''],
];
// 上一场 pane: the same goods, other numbers
const LAST = [
  ['¥2.60', '315', '1.5万', '¥819.00', '6.20%'], ['¥219.00', '102', '2,100', '¥22,338.00', '4.05%'],
  ['¥89.90', '64', '900', '¥5,753.60', '3.31%'], ['¥59.00', '40', '1,540', '¥2,360.00', '2.20%'],
  ['¥1,299.00', '3', '53', '¥3,897.00', '1.02%'], ['¥19.90', '57', '3,100', '¥1,134.30', '5.12%'],
  ['¥29.90', '19', '1,250', '¥568.10', '1.44%'], ['¥459.00', '2', '122', '¥918.00', '0.61%'],
  ['¥9.90', '880', '0.6万', '¥8,712.00', '9.85%'], ['¥2,680.00', '1', '31', '¥2,680.00', '0.15%'],
];

function Row({ i, g, top, menuOpen }) {
  const [id, name, price, sold, stock, gmv, rate, state] = g;
  const explaining = state === 'explaining';
  const trigger = (
    <button type="button" className="lvc2-grey-btn auxo-dropdown-trigger moreBtn-Tq2Lx8"><span className="anticon"><svg width="12" height="12"><circle cx="6" cy="6" r="1.5" /></svg></span></button>
  );
  return (
    <div className="goodsItem-KBGOY5 rpa_lc__live-goods__goods-item" data-rbd-draggable-id={id} style={{ position: 'absolute', top, left: 0, right: 0 }}>
      <div className="indexWrapper-d7a4a8"><input className="auxo-input indexInput-Pz4Kw1" defaultValue={String(i + 1)} /></div>
      <div className="cover-Wb3Nq7"><div className="coverImg-Xr5Mt2" />{explaining ? <Tag color="red" className="explaining-Hc8Zd3">讲解中</Tag> : null}</div>
      <div className="right-mXg75w">
        <div className="title-Lq7Vn2">{name}</div>
        <div className="tags-Ky2Bp9">
          <span className="goodsId-Rt6Zc1">ID:{id}</span>
          <span className="tag-Ns4Wq0">运费险</span>
          <span className="tag-Ns4Wq0">物流提醒</span>
          {state === 'off' ? <span className="tag-Ns4Wq0 off-Gp1Xs5">已下架</span> : null}
        </div>
        <div className="dataRow-Jm5Tv8">
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{price}</span><span className="dataLabel-Vd1Hk4">到手价</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{sold}/{stock}</span><span className="dataLabel-Vd1Hk4">售出/库存</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{gmv}</span><span className="dataLabel-Vd1Hk4">成交金额</span></span>
          <span className="dataItem-Fc3Lw6"><span className="dataValue-Qz9Xb2">{rate}</span><span className="dataLabel-Vd1Hk4">曝光成交率</span></span>
          <a className="moreData-Bw7Kd0">更多数据</a>
        </div>
        <div className="prompt-Yh2Rc5"><span className="noPrompt-Lx8Qm3">未设提词</span><a className="sellPoint-Tn6Wv1">设置卖点</a></div>
      </div>
      <div className="goodsAction-JcGBoH lvc2-grey-btn-wrapper">
        {menuOpen ? (
          <Dropdown open menu={{ id: 'goods-more-menu', items: [{ key: 'top', label: '移至顶部' }, { key: 'card', label: '弹商品卡' }, { key: 'copy', label: '复制商品链接' }, { key: 'stock', label: '补库存' }] }}>{trigger}</Dropdown>
        ) : trigger}
        <button type="button" className="lvc2-grey-btn">{explaining ? '取消讲解' : '讲解'}</button>
        <button type="button" className="lvc2-grey-btn">弹卡</button>
        <button type="button" className="lvc2-grey-btn">改价</button>
        <button type="button" className="lvc2-grey-btn">置顶</button>
        <button type="button" className="lvc2-grey-btn">{state === 'off' ? '上架' : '下架'}</button>
      </div>
    </div>
  );
}

const List = ({ rows, menu }) => (
  <div id="live-control-goods-list-container" className="goodsList-Vn8Kq3" style={{ position: 'relative', height: rows.length * 132 }}>
    {rows.map((g, i) => <Row key={g[0]} i={i} g={g} top={i * 132} menuOpen={menu && i === 0} />)}
  </div>
);

function Strip() {
  const S = ({ title, tip, ...p }) => (
    <div className="metricCard-Kw3Zq8">
      <Statistic title={tip ? <span>{title}<Tooltip title={tip}><span className="tip-Qc2"><QuestionSvg /></span></Tooltip></span> : title} {...p} />
    </div>
  );
  return (
    <div className="liveData-Rb7Xm2">
      <S title="直播间成交金额" prefix="¥" value={12887.9} precision={2} />
      <S title="实时在线人数" value={386} />
      <S title="累计观看人数" value={9812} />
      <S title="成交件数" value={108} />
      <S title="千次观看成交金额" prefix="¥" value={1313.48} precision={2} tip="直播间成交金额 / 累计观看人数 × 1000" />
      <S title="商品点击率" value={14.62} precision={2} suffix="%" />
    </div>
  );
}

function Page() {
  const [modal, holder] = Modal.useModal();
  useEffect(() => {
    modal.confirm({ title: '长时间未操作', content: '您已超过30分钟未操作，中控台已暂停实时刷新，点击恢复继续。', okText: '恢复', cancelButtonProps: { style: { display: 'none' } }, icon: null });
  }, []);
  const lastRows = GOODS.map((g, i) => [g[0], g[1], ...LAST[i], '']);
  return (
    <AuxoShell product="巨量百应" shopName="星河优选官方旗舰店" shopId="1698402231">
      <IconSprite />
      {holder}
      <div className="liveControl-Zp4Wc9">
        <div className="header-Hx2Lm7">
          <span className="roomTitle-Qn5Vb1">珍珠宠粉夜 · 全场包邮</span>
          <Tag color="red">直播中</Tag>
          <span className="liveTime-Wc8Rz3">已开播 02:16:45</span>
          <span className="roomId-Ty1Ks6">直播间ID：7504730164828561203</span>
          <Button size="small">直播大屏</Button>
          <Button size="small" danger>结束直播</Button>
        </div>
        <Strip />
        <div className="goodsPanel-Lm3Xq6">
          <Tabs defaultActiveKey="now" items={[
            { key: 'now', label: '本场商品 (10)', children: <List rows={GOODS} menu />, forceRender: true },
            { key: 'last', label: '上一场数据', children: <List rows={lastRows} />, forceRender: true },
          ]} />
        </div>
        <div className="commentV2-f6325f">
          <div className="commentTitle-Xb6Nq2">直播评论</div>
          <div className="comment-Pk3Zw8"><span className="nick-Yc1">小珍珠呀</span>：2号链接还有吗</div>
          <div className="comment-Pk3Zw8"><span className="nick-Yc1">momo</span>：想要8mm的</div>
        </div>
      </div>
    </AuxoShell>
  );
}

mount(<Page />, { settle: 1200 });
