// 抖店 / 百应 page shell (gen-a): ByteDance's auxo (antd-like; here antd 5 with prefixCls "auxo"),
// top bar + side menu. Noise only (shop id, a message badge).
import { ConfigProvider, Menu, Layout, Badge, Button } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';

export function AuxoShell({ product = '抖店', menu, selected, open = [], shopName = '星河优选旗舰店', shopId = '28731946', children }) {
  return (
    <ConfigProvider locale={zhCN} prefixCls="auxo" theme={{ hashed: false, token: { motion: false } }}>
      <Layout className="aux-layout">
        <Layout.Header className="auxo-layout-header">
          <div className="logo">{product}</div>
          <div className="shop">
            <span className="shop-name">{shopName}</span>
            <span className="shop-id">ID：{shopId}</span>
          </div>
          <Badge count={5} size="small"><span className="notice">消息</span></Badge>
          <Button type="link">帮助中心</Button>
        </Layout.Header>
        <Layout>
          {menu ? (
            <Layout.Sider width={176} theme="light">
              <Menu id={`${product}-menu`} mode="inline" defaultSelectedKeys={[selected]} defaultOpenKeys={open} items={menu} />
            </Layout.Sider>
          ) : null}
          <Layout.Content>{children}</Layout.Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
