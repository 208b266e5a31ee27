import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { useLocale } from '../i18n/LocaleProvider';
import { PageLoading } from '../components/PageState';

export type SessionUser = Schemas['User'];

const SESSION = ['session'] as const;

/** Who is signed in: the user, null when nobody is, undefined while asking. */
export function useSession(): { user: SessionUser | null | undefined; refresh: () => Promise<unknown>; forget: () => void } {
  const client = useQueryClient();
  const { adoptUserLocale } = useLocale();
  const query = useQuery({
    queryKey: SESSION,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/session'));
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
  const user = query.data;
  useEffect(() => {
    if (user) adoptUserLocale(user.locale);
  }, [user, adoptUserLocale]);
  return {
    user: query.isError ? null : user,
    refresh: () => client.invalidateQueries({ queryKey: SESSION }),
    forget: () => {
      client.setQueryData(SESSION, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION[0] });
    },
  };
}

/** The signed-in user, inside RequireSession. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser outside RequireSession');
  return user;
}

/** Pages behind sign-in: nobody signed in goes to the sign-in page, which brings them back here after. */
export function RequireSession() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <PageLoading />;
  if (user === null) return <Navigate replace to={`/sign-in?${new URLSearchParams({ next: location.pathname + location.search + location.hash })}`} />;
  return <Outlet />;
}

/** Where a `next` parameter may send the user: a path on this site, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
