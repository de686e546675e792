import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../../components/language-switch';
import { useCurrentUser } from '../../lib/session-hooks';
import { ErrorBoundary } from '../error-boundary';
import { FullPageSpinner } from '../full-page-spinner';
import { Brand } from './brand';
import { navItems, selectedNavKey } from './nav-items';
import { UserMenu } from './user-menu';

const SIDER_WIDTH = 232;

/** Sidebar on wide screens, a drawer behind a menu button on phones; header with user and language. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = navItems(user, t);
  const selected = [selectedNavKey(location.pathname)];
  const go = ({ key }: { key: string }) => {
    setDrawerOpen(false);
    navigate(key);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {wide ? (
        <Layout.Sider
          width={SIDER_WIDTH}
          theme="light"
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <div style={{ padding: '16px 20px' }}>
            <Brand withTagline />
          </div>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected}
            onClick={go}
            style={{ borderInline: 0 }}
          />
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={SIDER_WIDTH + 40}
          title={<Brand withTagline />}
          styles={{ body: { padding: 0 } }}
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected}
            onClick={go}
            style={{ borderInline: 0 }}
          />
          <div style={{ padding: 16 }}>
            <LanguageSwitch />
          </div>
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            paddingInline: wide ? 24 : 12,
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={8}>
            {wide ? (
              <span />
            ) : (
              <Flex align="center" gap={8}>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  onClick={() => setDrawerOpen(true)}
                  aria-label={t('nav.openMenu')}
                />
                <Brand />
              </Flex>
            )}
            <Flex align="center" gap={12}>
              {wide ? <LanguageSwitch size="small" /> : null}
              {user ? <UserMenu user={user} compact={!wide} /> : null}
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content
          style={{ padding: wide ? 24 : 12, maxWidth: 1400, width: '100%', margin: '0 auto' }}
        >
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<FullPageSpinner />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
