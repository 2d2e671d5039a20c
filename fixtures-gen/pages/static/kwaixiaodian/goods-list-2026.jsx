// url: https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview?tab=goods_detail
/**
 * 快手生意通 商品总览 → 商品明细: a wide Fusion (@alifd/next) Table of PRODUCTS (not sessions) with
 * the first column locked left and 操作 locked right, a 合计 row on top, pagination.
 * Evidence (REAL-DOM.md §5): the syt 商品列表 is "43 列经营数据页" (idx:71422046521); labels
 * 退款金额(退款日) half-width (idx:71008753601); hash-only app classes (idx:17591635631); 近7日.
 * Fusion's own lock rendering (separate tables for the locked columns) is kept as the library
 * makes it: a locked cell's text appears twice in the DOM (body table + lock table).
 */
import { createRoot } from 'react-dom/client';
import { Table, Pagination, Radio, Select, Input, Button, Tab } from '@alifd/next';
import '@alifd/next/es/table/index.css';
import '@alifd/next/es/pagination/index.css';
import '@alifd/next/es/radio/index.css';
import '@alifd/next/es/select/index.css';
import '@alifd/next/es/input/index.css';
import '@alifd/next/es/button/index.css';
import '@alifd/next/es/tab/index.css';
import { hashOnly as h, useSheet } from '../../parts/others-hash.jsx';

const C = (n) => h('kwai-goods-' + n);

useSheet(`
body{margin:0;font-family:PingFang SC,Microsoft YaHei,sans-serif;background:#f5f6f9;color:rgb(44,46,48)}
.${C('top')}{height:56px;display:flex;align-items:center;gap:16px;padding:0 24px;background:#fff;border-bottom:1px solid #eee}
.${C('logo')}{font-weight:600;font-size:18px;color:#326bfb}
.${C('body')}{display:flex}
.${C('aside')}{width:180px;background:#fff;min-height:calc(100vh - 56px);padding:12px 0;font-size:13px}
.${C('aside')} div{padding:8px 20px}
.${C('cur')}{color:#326bfb;background:#e8f3ff}
.${C('main')}{width:1180px;padding:16px 24px}
.${C('panel')}{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:16px}
.${C('bar')}{display:flex;gap:12px;align-items:center;margin-bottom:12px;font-size:12px;color:#9c9c9c}
.${C('title')}{display:flex;flex-direction:column;gap:2px}
.${C('gname')}{max-width:200px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:rgb(44,46,48)}
.${C('gsub')}{font-size:12px;color:#9c9c9c}
.${C('img')}{width:40px;height:40px;border-radius:4px;background:#eef0f3;flex:none}
.${C('cell')}{display:flex;gap:8px;align-items:center}
.${C('sum')} td{background:#fafbfc;font-weight:600}
.${C('pager')}{display:flex;justify-content:flex-end;align-items:center;gap:12px;margin-top:12px;font-size:12px}
`);

// 商品 rows: [商品ID, 标题, 售价, 商品访客数, 商品浏览量, 成交金额, 成交件数, 成交订单数, 成交转化率, 退款金额(退款日)]
const GOODS = [
  ['23877129004511', '北欧风折叠收纳箱 大号66L 带盖', '¥39.90', '8,412', '2.31w', '¥3.12w', '812', '790', '9.39%', '¥1,204.50'],
  ['23877129004788', '厨房置物架 落地多层 免安装', '¥89.00', '5,036', '1.47w', '¥1.98w', '223', '219', '4.35%', '¥623.00'],
  ['23877129005102', '真空压缩袋 12件套 送电泵', '¥49.90', '3,877', '9,815', '¥8,932.70', '179', '176', '4.54%', '¥0.00'],
  ['23877129005390', '桌面收纳盒 抽屉式 三层', '¥25.80', '2,640', '6,022', '¥5,418.00', '210', '205', '7.77%', '--'],
  ['23877129005466', '衣柜分层隔板 可伸缩 4只装', '¥32.90', '1,118', '2,406', '¥1,085.70', '33', '33', '2.95%', '¥65.80'],
  ['23877129005921', '床底收纳箱 滑轮款 2只装', '¥59.00', '906', '1,932', '¥0', '0', '0', '0.00%', '¥0.00'],
];
const SUM = ['合计', '全部 46 个商品', '', '3.12w', '8.76w', '¥18.42万', '2,871', '2,316', '6.74%', '¥1.06万'];

const rows = [SUM, ...GOODS].map((r, i) => ({
  key: i === 0 ? 'summary' : r[0],
  id: r[0], title: r[1], price: r[2], uv: r[3], pv: r[4], gmv: r[5], units: r[6], orders: r[7], cvr: r[8], refund: r[9],
}));

const info = (v, i, rec) => rec.key === 'summary'
  ? <span className={C('sumlbl')}>{rec.id}<span className={C('gsub')}>（{rec.title}）</span></span>
  : (
    <div className={C('cell')}>
      <div className={C('img')} />
      <div className={C('title')}>
        <span className={C('gname')} title={rec.title}>{rec.title}</span>
        <span className={C('gsub')}>售价 {rec.price}</span>
      </div>
    </div>
  );

function App() {
  return (
    <>
      <div className={C('top')}><span className={C('logo')}>快手生意通</span><span>朵朵家居小店</span></div>
      <div className={C('body')}>
        <div className={C('aside')}>
          <div>首页</div><div>交易分析</div><div className={C('cur')}>商品总览</div><div>商品排行</div><div>短视频</div><div>资金</div>
        </div>
        <div className={C('main')}>
          <div className={C('panel')}>
            <Tab shape="pure" defaultActiveKey="detail">
              <Tab.Item key="overview" title="商品概况" />
              <Tab.Item key="detail" title="商品明细" />
              <Tab.Item key="diagnose" title="商品诊断" />
            </Tab>
            <div className={C('bar')} style={{ marginTop: 12 }}>
              <Radio.Group shape="button" size="small" defaultValue="7" dataSource={[{ value: '1', label: '昨日' }, { value: '7', label: '近7日' }, { value: '30', label: '近30日' }, { value: 'c', label: '自定义' }]} />
              <span>统计时间：2026-05-11 ~ 2026-05-17</span>
              <Select size="small" defaultValue="all" dataSource={[{ value: 'all', label: '全部类目' }, { value: 'home', label: '家居收纳' }]} />
              <Input size="small" placeholder="输入商品名称或ID" style={{ width: 200 }} />
              <Button size="small" type="primary">查询</Button>
              <Button size="small">下载数据</Button>
              <Button size="small" text type="primary">自定义指标（8/43）</Button>
            </div>
            <Table dataSource={rows} primaryKey="key" hasBorder={false} rowProps={(r) => (r.key === 'summary' ? { className: C('sum') } : {})}>
              <Table.Column title="商品信息" dataIndex="title" lock="left" width={280} cell={info} />
              <Table.Column title="商品ID" dataIndex="id" width={170} cell={(v, i, rec) => (rec.key === 'summary' ? '-' : v)} />
              <Table.Column title="商品访客数" dataIndex="uv" width={120} />
              <Table.Column title="商品浏览量" dataIndex="pv" width={120} />
              <Table.Column title="成交金额" dataIndex="gmv" width={130} sortable />
              <Table.Column title="成交件数" dataIndex="units" width={110} />
              <Table.Column title="成交订单数" dataIndex="orders" width={110} />
              <Table.Column title="成交转化率" dataIndex="cvr" width={120} />
              <Table.Column title="退款金额(退款日)" dataIndex="refund" width={150} />
              <Table.Column title="操作" lock="right" width={120} cell={(v, i, rec) => (rec.key === 'summary' ? null : <span><a>详情</a> <a>趋势</a></span>)} />
            </Table>
            <div className={C('pager')}>
              <span>共 46 条</span>
              <Pagination current={5} total={46} pageSize={10} size="small" />
            </div>
          </div>
        </div>
      </div>
    </>
  );
}

const el = document.createElement('div');
el.id = 'root';
document.body.appendChild(el);
createRoot(el).render(<App />);
setTimeout(() => { window.__rendered = true; }, 600);
