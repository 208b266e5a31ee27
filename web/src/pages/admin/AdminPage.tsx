import { Tabs, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useUser } from '../../auth/session';
import { useMessages } from '../../i18n/messages';
import { ProcessTab } from './ProcessTab';
import { CalendarTab } from './calendar/CalendarTab';
import { TokensTab } from './TokensTab';
import { UsersTab } from './UsersTab';
import { VersionsTab } from './versions/VersionsTab';
import { adminWords } from './messages';

const SECTIONS = ['users', 'tokens', 'process', 'versions', 'calendar'] as const;
type Section = (typeof SECTIONS)[number];

/** /admin/users, /admin/tokens, /admin/process, /admin/versions, /admin/calendar: one tab each, the URL says which. Everyone has tokens of their own; only admins see the rest. */
export function AdminPage() {
  const t = useMessages(adminWords);
  const user = useUser();
  const navigate = useNavigate();
  const section = useLocation().pathname.split('/')[2] as Section | undefined;
  const open: readonly Section[] = user.role === 'admin' ? SECTIONS : ['tokens'];
  if (!section || !open.includes(section)) return <Navigate replace to={`/admin/${open[0]}`} />;

  const tabs = { users: <UsersTab />, tokens: <TokensTab />, process: <ProcessTab />, versions: <VersionsTab />, calendar: <CalendarTab /> };
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {user.role === 'admin' ? t.title : t.tokens}
      </Typography.Title>
      <Tabs
        activeKey={section}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={open.map((key) => ({ key, label: t[key], children: tabs[key] }))}
        destroyOnHidden
      />
    </>
  );
}
