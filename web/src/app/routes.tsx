import { type ComponentType, lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireSession, useUser } from '../auth/session';
import { NotFoundPage } from '../components/PageState';
import { AppLayout } from './AppLayout';
import { homeOf } from './navigation';

/** A page's module, loaded when first opened, so the board does not wait for the admin screens. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  const Page: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
};

function Home() {
  return <Navigate replace to={homeOf(useUser().role)} />;
}

/** Every path the web app answers; the API serves index.html for the same paths (runtime/web-paths.ts). */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: page(() => import('../pages/sign-in/SignInPage'), 'SignInPage') },
  { path: '/password/set', element: page(() => import('../pages/sign-in/SetPasswordPage'), 'SetPasswordPage') },
  { path: '/password/forgot', element: page(() => import('../pages/sign-in/ForgotPasswordPage'), 'ForgotPasswordPage') },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <Home /> },
          { path: '/my-day', element: page(() => import('../pages/my-day/MyDayPage'), 'MyDayPage') },
          { path: '/board', element: page(() => import('../pages/board/BoardPage'), 'BoardPage') },
          { path: '/deals/:id', element: page(() => import('../pages/deal/DealPage'), 'DealPage') },
          { path: '/contracts/:id', element: page(() => import('../pages/deal/ContractRedirect'), 'ContractRedirect') },
          { path: '/approvals', element: page(() => import('../pages/approvals/ApprovalsPage'), 'ApprovalsPage') },
          { path: '/approvals/:id', element: page(() => import('../pages/approvals/ApprovalPage'), 'ApprovalPage') },
          { path: '/receivables', element: page(() => import('../pages/receivables/ReceivablesPage'), 'ReceivablesPage') },
          { path: '/tenders', element: page(() => import('../pages/tenders/TendersPage'), 'TendersPage') },
          { path: '/tenders/:id', element: page(() => import('../pages/tenders/TenderRedirect'), 'TenderRedirect') },
          { path: '/admin/*', element: page(() => import('../pages/admin/AdminPage'), 'AdminPage') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
