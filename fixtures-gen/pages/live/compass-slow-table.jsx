// url: https://compass.jinritemai.com/shop/live-overview
/**
 * 罗盘 直播复盘 list, living: an rc-table (the table under antd, prefixCls ecom-table) that first renders under ecom-spin-spinning
 * with skeleton rows, then the session rows; a 热卖商品榜 table on the same page (product rows,
 * not sessions) that is empty (暂无数据) under its own spin until its data. REAL-DOM §1 Tables
 * (idx:17966333458, idx:7809238694, idx:7947432918), Loading (idx:31408224114).
 *
 *   0     both tables spinning; sessions: 3 skeleton rows; products: 暂无数据
 *   1200  product rows
 *   2000  session rows
 * Delays are divided by ?speed.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import ConfigProvider from 'antd/es/config-provider';
import Table from 'rc-table';
import Spin from 'antd/es/spin';
import Skeleton from 'antd/es/skeleton';
import { after, fixture, mount } from '../parts/live-timing.jsx';
import { SESSIONS, SESSION_COLUMNS, PRODUCTS } from '../parts/live-compass-table-data.mjs';

const SESSIONS_MS = 2000;
const PRODUCTS_MS = 1200;

const css = `
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#252931}
.content-Vv9d2K{padding:16px 24px;display:grid;gap:16px}
.block-Ts6Ug1{background:#fff;border-radius:8px;padding:16px 20px}
.blockTitle-Nq2Wc5{font-size:16px;font-weight:600;margin-bottom:12px}
.roomTitle-Fy3Kd8{font-weight:500}
.roomId-Lp5Wx2{font-size:12px;color:#898b8f}
.ecom-table{font-size:13px}
.ecom-table table{width:100%;border-collapse:separate;border-spacing:0}
.ecom-table-thead>tr>th{background:#f7f8fa;text-align:left;font-weight:500;padding:10px 12px;border-bottom:1px solid #eef0f3}
.ecom-table-tbody>tr>td{padding:10px 12px;border-bottom:1px solid #eef0f3;background:#fff}
.ecom-table-cell-fix-left,.ecom-table-cell-fix-right{background:#fff;z-index:2}
.ecom-table-thead .ecom-table-cell-fix-left,.ecom-table-thead .ecom-table-cell-fix-right{background:#f7f8fa}
.ecom-table-placeholder td{text-align:center;color:#898b8f;padding:24px}
.ecom-pagination{display:flex;justify-content:flex-end;gap:8px;list-style:none;margin:12px 0 0;padding:0}
.ecom-pagination-item-active{color:#326bfb;border:1px solid #326bfb;border-radius:4px;padding:0 8px}
`;

const bone = () => <Skeleton.Input active size="small" />;
const SKELETON_ROWS = [0, 1, 2].map((i) => ({ key: `skeleton-${i}`, skeleton: true }));

const sessionColumns = [
  {
    title: '直播间',
    dataIndex: 'title',
    fixed: 'left',
    width: 240,
    render: (_, r) => (r.skeleton ? bone() : (
      <div>
        <div className="roomTitle-Fy3Kd8">{r.title}</div>
        <div className="roomId-Lp5Wx2">直播间ID：{r.key}</div>
      </div>
    )),
  },
  { title: '开播时间', dataIndex: 'time', width: 260, render: (v, r) => (r.skeleton ? bone() : v) },
  ...SESSION_COLUMNS.map((c) => ({
    title: c.title,
    dataIndex: c.key,
    width: 150,
    render: (v, r) => (r.skeleton ? bone() : v[0]),
  })),
  { title: '操作', key: 'op', fixed: 'right', width: 100, render: (_, r) => (r.skeleton ? null : <a href={`/shop/live-detail?live_room_id=${r.key}`} onClick={(e) => e.preventDefault()}>详情</a>) },
];

/** antd v4's pagination markup (classes as REAL-DOM §1 Tables quotes them), drawn by hand: the
 *  antd 5 component would pull rc-select into the page */
const Pagination = ({ total }) => (
  <ul className="ecom-pagination ecom-table-pagination ecom-table-pagination-right">
    <li className="ecom-pagination-total-text">共{total}条</li>
    <li title="上一页" className="ecom-pagination-prev ecom-pagination-disabled"><button type="button" disabled>‹</button></li>
    <li title="1" className="ecom-pagination-item ecom-pagination-item-1 ecom-pagination-item-active"><a>1</a></li>
    <li title="下一页" className="ecom-pagination-next ecom-pagination-disabled"><button type="button" disabled>›</button></li>
  </ul>
);

const productColumns = [
  { title: '排名', key: 'rank', width: 70, render: (_, r, i) => i + 1 },
  { title: '商品', dataIndex: 'name' },
  { title: '商品ID', dataIndex: 'id', width: 200 },
  { title: '成交金额', dataIndex: 'gmv', width: 160, render: (v) => v[0] },
];

function App() {
  const [sessions, setSessions] = useState(null);
  const [products, setProducts] = useState(null);
  useEffect(() => {
    fixture({ timings: { SESSIONS_MS, PRODUCTS_MS } });
    after(PRODUCTS_MS, () => setProducts(PRODUCTS));
    after(SESSIONS_MS, () => setSessions(SESSIONS));
  }, []);
  useLayoutEffect(() => {
    fixture({ phase: sessions && products ? 'settled' : 'loading', sessions: !!sessions, products: !!products });
  }, [sessions, products]);

  return (
    <main className="content-Vv9d2K">
      <style>{css}</style>
      <header className="userName-Kd8Wq1">星河优选旗舰店</header>
      <section className="block-Ts6Ug1 liveList-Wd4Rq9">
        <div className="blockTitle-Nq2Wc5">直播复盘 <span style={{ fontWeight: 400, fontSize: 13, color: '#898b8f' }}>统计周期: 2026/04/19 - 2026/05/18</span></div>
        <Spin spinning={!sessions}>
          <Table prefixCls="ecom-table" className="ecom-table-wrapper" rowKey="key" columns={sessionColumns} data={sessions ?? SKELETON_ROWS} scroll={{ x: 1200 }} />
          {sessions ? <Pagination total={sessions.length} /> : null}
        </Spin>
      </section>
      <section className="block-Ts6Ug1 hotGoods-Kc7Yn3">
        <div className="blockTitle-Nq2Wc5">热卖商品榜</div>
        <Spin spinning={!products}>
          <Table prefixCls="ecom-table" className="ecom-table-wrapper" rowKey="id" columns={productColumns} data={products ?? []} emptyText="暂无数据" />
        </Spin>
      </section>
    </main>
  );
}

mount(
  <ConfigProvider prefixCls="ecom" theme={{ hashed: false }}>
    <App />
  </ConfigProvider>,
);
