import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useLocale } from '../../i18n/LocaleProvider';
import { refreshNowAndAfterCatchUp } from '../../api/catch-up';

export type Visit = Schemas['Visit'];
export type ListedVisit = Schemas['ListedVisit'];
const VISITS = ['visits'] as const;
export function useVisits(query: { assignee?: 'me'; dueBefore: string }) {
  const { locale } = useLocale();
  return useInfiniteQuery({
    queryKey: [...VISITS, query, locale],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/visits', { params: { query: { ...query, cursor: pageParam, limit: 20 } }, headers: { 'Accept-Language': locale } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** A visit command: the calendar, the contract's service and the tickets reload; field errors go to `onProblem`. */
export function useVisitCommand<V>(call: (vars: V) => Promise<Visit>, options: { done: string; onProblem: (p: ApiProblem) => boolean; onSuccess: () => void }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: call,
    onSuccess: async (visit) => {
      void message.success(options.done);
      options.onSuccess();
      const refresh = () =>
        Promise.all([
          client.invalidateQueries({ queryKey: VISITS }),
          client.invalidateQueries({ queryKey: ['service', visit.contractId] }),
          client.invalidateQueries({ queryKey: ['tickets'] }),
        ]);
      await refreshNowAndAfterCatchUp(refresh);
    },
    onError: (err) => {
      if (err instanceof ApiProblem && options.onProblem(err)) return;
      void message.error(err instanceof ApiProblem ? err.message : String(err));
    },
  });
}
