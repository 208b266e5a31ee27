import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy } from 'react';
import { Navigate, type RouteObject, matchRoutes } from 'react-router';
import { RequireSession, useUser } from '../auth/session';
import { NotFoundPage } from '../components/PageState';
import { prefetchBoard } from '../pages/board/queries';
import { AppLayout } from './AppLayout';
import { homeOf } from './navigation';

type Prefetch = (client: QueryClient) => Promise<void>;
const loaders = new Map<string, { load: () => Promise<unknown>; prefetch?: Prefetch }>();

/** A page's module, loaded when first opened, so the board does not wait for the admin screens. */
const page = <K extends string>(path: string, load: () => Promise<Record<K, ComponentType>>, name: K, prefetch?: Prefetch): RouteObject => {
  loaders.set(path, { load, prefetch });
  const Page: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return { path, element: <Page /> };
};

function Home() {
  return <Navigate replace to={homeOf(useUser().role)} />;
}

/** Every path the web app answers; the API serves index.html for the same paths (runtime/web-paths.ts). */
export const routes: RouteObject[] = [
  page('/sign-in', () => import('../pages/sign-in/SignInPage'), 'SignInPage'),
  page('/password/set', () => import('../pages/sign-in/SetPasswordPage'), 'SetPasswordPage'),
  page('/password/forgot', () => import('../pages/sign-in/ForgotPasswordPage'), 'ForgotPasswordPage'),
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <Home /> },
          page('/my-day', () => import('../pages/my-day/MyDayPage'), 'MyDayPage'),
          page('/board', () => import('../pages/board/BoardPage'), 'BoardPage', prefetchBoard),
          page('/deals/:id', () => import('../pages/deal/DealPage'), 'DealPage'),
          page('/contracts/:id', () => import('../pages/deal/ContractRedirect'), 'ContractRedirect'),
          page('/approvals', () => import('../pages/approvals/ApprovalsPage'), 'ApprovalsPage'),
          page('/approvals/:id', () => import('../pages/approvals/ApprovalPage'), 'ApprovalPage'),
          page('/receivables', () => import('../pages/receivables/ReceivablesPage'), 'ReceivablesPage'),
          page('/tickets', () => import('../pages/tickets/TicketsPage'), 'TicketsPage'),
          page('/tickets/:id', () => import('../pages/tickets/TicketPage'), 'TicketPage'),
          page('/visits', () => import('../pages/visits/VisitsPage'), 'VisitsPage'),
          page('/tenders', () => import('../pages/tenders/TendersPage'), 'TendersPage'),
          page('/tenders/:id', () => import('../pages/tenders/TenderRedirect'), 'TenderRedirect'),
          page('/admin/*', () => import('../pages/admin/AdminPage'), 'AdminPage'),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Starts loading the page at `pathname`, its module and the data it opens with, while the session is still being checked. */
export function preloadPage(pathname: string, client: QueryClient) {
  const path = matchRoutes(routes, pathname)?.at(-1)?.route.path;
  const loader = path ? loaders.get(path) : undefined;
  void loader?.load();
  void loader?.prefetch?.(client);
}
