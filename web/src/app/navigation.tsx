import {
  AuditOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  FileSearchOutlined,
  FundOutlined,
  MoneyCollectOutlined,
  ScheduleOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SessionUser } from '../auth/session';
import type { common } from '../i18n/common';

type Role = SessionUser['role'];
type Words = (typeof common)['zh-CN'];

/** The shell's menu: a screen per entry, shown to the roles whose work it is. The API still decides what each may see. */
export const NAVIGATION: Array<{ path: string; word: keyof Words; icon: ReactNode; roles: readonly Role[] }> = [
  { path: '/my-day', word: 'myDay', icon: <CalendarOutlined />, roles: ['rep', 'presales', 'supervisor', 'executive', 'finance', 'service', 'admin'] },
  { path: '/board', word: 'board', icon: <FundOutlined />, roles: ['rep', 'presales', 'supervisor', 'executive', 'admin'] },
  { path: '/approvals', word: 'approvals', icon: <AuditOutlined />, roles: ['rep', 'presales', 'supervisor', 'executive', 'finance', 'service', 'admin'] },
  { path: '/receivables', word: 'receivables', icon: <MoneyCollectOutlined />, roles: ['finance', 'supervisor', 'executive', 'admin'] },
  { path: '/visits', word: 'visits', icon: <ScheduleOutlined />, roles: ['service', 'supervisor', 'executive', 'admin'] },
  { path: '/tickets', word: 'tickets', icon: <CustomerServiceOutlined />, roles: ['service', 'supervisor', 'executive', 'admin'] },
  { path: '/tenders', word: 'tenders', icon: <FileSearchOutlined />, roles: ['rep', 'presales', 'supervisor', 'executive', 'admin'] },
  { path: '/admin', word: 'admin', icon: <SettingOutlined />, roles: ['admin'] },
];

/** Whether the role has the screen at `path` in its menu: the pages that summarise others' work (My day) show a screen's part only to them. */
export const mayOpen = (path: string, role: Role) => NAVIGATION.some((n) => n.path === path && n.roles.includes(role));

/** Where a user lands after sign-in when no link brought them: reps and most roles on My day, finance on receivables, service on its tickets. */
export const homeOf = (role: Role) => (role === 'finance' ? '/receivables' : role === 'service' ? '/tickets?assignee=me' : '/my-day');
