import { GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { useSession, useUser } from '../auth/session';
import { PageLoading } from '../components/PageState';
import { useLocale } from '../i18n/LocaleProvider';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/messages';
import { adminWords } from '../pages/admin/messages';
import { NAVIGATION } from './navigation';

/** The signed-in shell: the menu for the user's role, the language switch and sign-out around each page. */
export function AppLayout() {
  const t = useMessages(common);
  const tokens = useMessages(adminWords).tokens;
  const user = useUser();
  const { forget } = useSession();
  const { locale, chooseLocale } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const narrow = !Grid.useBreakpoint().lg;
  const [collapsed, setCollapsed] = useState<boolean | undefined>(undefined);
  const signOut = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/session', { params: { query: { all: 'false' } } })),
    onSettled: () => {
      forget();
      void navigate('/sign-in');
    },
  });
  const items = NAVIGATION.filter((n) => n.roles.includes(user.role)).map((n) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{t[n.word]}</Link> }));
  const selected = NAVIGATION.find((n) => location.pathname.startsWith(n.path) || (n.path === '/board' && location.pathname.startsWith('/deals')))?.path;
  const hidden = collapsed ?? narrow;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={0} collapsed={hidden} trigger={null} width={200} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 24px', fontWeight: 600, fontSize: 18 }}>
          <Link to="/">{t.appName}</Link>
        </div>
        <nav aria-label={t.menu}>
          <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} onClick={() => narrow && setCollapsed(true)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Button type="text" aria-label={t.menu} aria-expanded={!hidden} onClick={() => setCollapsed(!hidden)}>
            ☰
          </Button>
          <Space size="middle">
            <Button type="text" icon={<GlobalOutlined />} title={t.language} onClick={() => chooseLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
              {locale === 'zh-CN' ? 'English' : '中文'}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'tokens', icon: <KeyOutlined />, label: <Link to="/admin/tokens">{tokens}</Link> },
                  { key: 'out', icon: <LogoutOutlined />, label: t.signOut, onClick: () => signOut.mutate() },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />}>
                <Typography.Text>{user.name}</Typography.Text>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
