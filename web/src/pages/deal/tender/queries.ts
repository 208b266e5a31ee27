import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export type Tender = Schemas['Tender'];
export const tenderKey = (id: string) => ['tender', id] as const;

export function useTender(id: string) {
  return useQuery({ queryKey: tenderKey(id), queryFn: () => unwrap(api.GET('/api/v1/tenders/{id}', { params: { path: { id } } })) });
}

/** A command whose answer is the tender: it replaces the cached one; the deal and the calendar reload. */
export function useTenderCommand<V>(dealId: string, call: (vars: V) => Promise<Tender>, onDone?: (t: Tender) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (tender) => {
      client.setQueryData(tenderKey(tender.id), tender);
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes(dealId) || q.queryKey[0] === 'tenders' });
      onDone?.(tender);
    },
  });
}
