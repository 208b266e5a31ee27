import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export type Contract = Schemas['Contract'];
export const contractKey = (id: string) => ['contract', id] as const;

export function useContract(id: string) {
  return useQuery({ queryKey: contractKey(id), queryFn: () => unwrap(api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })) });
}

/** A command whose answer is the contract: it replaces the cached one, and the deal (whose view names the contract) reloads. */
export function useContractCommand<V>(dealId: string, call: (vars: V) => Promise<Contract>, onDone?: (c: Contract) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (contract) => {
      client.setQueryData(contractKey(contract.id), contract);
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes(dealId) });
      onDone?.(contract);
    },
  });
}
