import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { refreshNowAndAfterCatchUp } from '../../api/catch-up';

export type Bucket = Schemas['Ageing']['buckets'][number]['bucket'];
export type Receivable = Schemas['Receivable'];

const RECEIVABLES = ['receivables'] as const;
const contractKey = (id: string) => ['contract', id] as const;
export const useAgeing = () => useQuery({ queryKey: [...RECEIVABLES, 'ageing'], queryFn: () => unwrap(api.GET('/api/v1/receivables/ageing')) });

export const useReceivables = (bucket: Bucket | undefined) =>
  useInfiniteQuery({
    queryKey: [...RECEIVABLES, 'list', bucket ?? 'all'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/receivables', { params: { query: { bucket, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useContract = (id: string) =>
  useQuery({ queryKey: contractKey(id), queryFn: () => unwrap(api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })) });

export const useDunningLadder = () =>
  useQuery({ queryKey: ['process'], queryFn: () => unwrap(api.GET('/api/v1/process')), select: (p) => p.dunningLadder, staleTime: Infinity });

/** After a command on a contract: its detail, the list and the ageing, now and once the read model has caught up. */
export function useRefreshAfterCommand() {
  const client = useQueryClient();
  return (contractId: string) => {
    const refresh = () => Promise.all([client.invalidateQueries({ queryKey: RECEIVABLES }), client.invalidateQueries({ queryKey: contractKey(contractId) })]);
    return refreshNowAndAfterCatchUp(refresh);
  };
}
