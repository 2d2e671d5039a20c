// 罗盘 page shell (gen-a): top bar with shop name / id and a side menu rendered by the antd fork
// (prefixCls "ecom"), as on compass.jinritemai.com. Noise only: no metric numbers, but the shop
// id and a date are digits the reader must ignore.
import { ConfigProvider, Menu, Layout, Button, Badge } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';

const MENU = [
  { key: 'home', label: '首页' },
  { key: 'biz', label: '经营', children: [{ key: 'shop', label: '经营概况' }, { key: 'part', label: '经营构成' }] },
  { key: 'live', label: '直播', children: [{ key: 'live-overview', label: '直播复盘' }, { key: 'live-detail', label: '直播详情' }, { key: 'screen', label: '直播大屏' }] },
  { key: 'video', label: '短视频' },
  { key: 'goods', label: '商品', children: [{ key: 'product-list', label: '商品列表' }] },
  { key: 'trade', label: '交易' },
  { key: 'service', label: '服务' },
  { key: 'market', label: '市场' },
];

export function CompassShell({ selected = 'shop', open = ['biz'], motion = true, children }) {
  return (
    <ConfigProvider locale={zhCN} prefixCls="ecom" theme={{ hashed: false, token: { motion } }}>
      <Layout className="compassLayout-Hn3kP0">
        <Layout.Header className="ecom-layout-header header-Qm2sYz">
          <div className="logo-Rt5Kp1">抖音电商罗盘</div>
          <div className="shopInfo-Lp0aQ3">
            <span className="shopName-Xk2Pq9">星河优选旗舰店</span>
            <span className="shopId-Vq8Lm2">店铺ID：28731946</span>
          </div>
          <Badge count={3} size="small"><span className="msg-Kd9sWq">消息</span></Badge>
          <Button type="link" className="user-8sKdz">账号设置</Button>
        </Layout.Header>
        <Layout>
          <Layout.Sider width={188} theme="light" className="sider-Uz7cVb">
            <Menu id="compass-side-menu" mode="inline" defaultSelectedKeys={[selected]} defaultOpenKeys={open} items={MENU} />
          </Layout.Sider>
          <Layout.Content className="content-Vv9d2K">{children}</Layout.Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
