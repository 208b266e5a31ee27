import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useLocale } from '../../i18n/LocaleProvider';

export type Deal = Schemas['Deal'];
export type Process = Schemas['ProcessDefinition'];
export type ProcessFact = Process['stages'][number]['entryFacts'][number];

const dealKey = (id: string) => ['deal', id] as const;
const timelineKey = (id: string) => ['deal', id, 'timeline'] as const;

/** The server speaks the page's language: labels of stages, facts and reasons come from it. */
function useLanguageHeader() {
  const { locale } = useLocale();
  return { locale, headers: { 'Accept-Language': locale } };
}

export function useDeal(id: string) {
  const { locale, headers } = useLanguageHeader();
  return useQuery({
    queryKey: [...dealKey(id), locale],
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}', { params: { path: { id } }, headers })),
  });
}

export function useProcess(version: number | undefined) {
  const { locale, headers } = useLanguageHeader();
  return useQuery({
    queryKey: ['process', version, locale],
    queryFn: () => unwrap(api.GET('/api/v1/process', { params: { query: { version } }, headers })),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

export function useAccount(id: string | undefined) {
  return useQuery({
    queryKey: ['account', id],
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useContacts(accountId: string | undefined) {
  return useQuery({
    queryKey: ['contacts', accountId],
    queryFn: () => unwrap(api.GET('/api/v1/contacts', { params: { query: { accountId, limit: 100 } } })),
    enabled: !!accountId,
    select: (page) => page.items,
  });
}

/** Everyone, by id, to name the people on a deal; fetched once and kept. */
export function useUsers() {
  const query = useQuery({
    queryKey: ['users', 'all'],
    queryFn: async () => {
      const users: Schemas['User'][] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100, cursor } } }));
        users.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return users;
    },
    staleTime: 5 * 60_000,
  });
  const byId = new Map((query.data ?? []).map((u) => [u.id, u]));
  return { users: query.data ?? [], nameOf: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? id.slice(0, 8)) : undefined) };
}

export function useTimeline(id: string) {
  return useInfiniteQuery({
    queryKey: timelineKey(id),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/deals/{id}/timeline', { params: { path: { id }, query: { cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/**
 * A change to the deal: on success the page shows the deal the server answered and the new timeline entries,
 * and says `done`; on failure it shows the server's message, unless `onProblem` handles the refusal itself.
 */
export function useDealCommand<V, R>(
  dealId: string,
  call: (vars: V) => Promise<R>,
  options: { done?: (result: R) => string | undefined; onProblem?: (problem: ApiProblem) => boolean; onSuccess?: (result: R) => void } = {},
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: call,
    onSuccess: async (result) => {
      const text = options.done?.(result);
      if (text) void message.success(text);
      await client.invalidateQueries({ queryKey: dealKey(dealId) });
      options.onSuccess?.(result);
    },
    onError: (err) => {
      if (err instanceof ApiProblem && options.onProblem?.(err)) return;
      void message.error(err instanceof ApiProblem ? err.message : String(err));
    },
  });
}
