import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, type Schemas } from '../../../api/client';
import { ApiProblem, unwrap } from '../../../api/problem';
import { useLocale } from '../../../i18n/LocaleProvider';

export type Service = Schemas['Service'];
const serviceKey = (contractId: string) => ['service', contractId] as const;

export function useService(contractId: string) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: [...serviceKey(contractId), locale],
    queryFn: () => unwrap(api.GET('/api/v1/contracts/{id}/service', { params: { path: { id: contractId } }, headers: { 'Accept-Language': locale } })),
  });
}

/** A command whose answer is the service: the tab shows it and says `done`; field errors go to `onProblem`, other refusals to a toast. */
export function useServiceCommand<V>(
  contractId: string,
  call: (vars: V) => Promise<Service>,
  options: { done: string; onProblem?: (p: ApiProblem) => boolean; onSuccess?: () => void },
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      void message.success(options.done);
      options.onSuccess?.();
      await client.invalidateQueries({ queryKey: serviceKey(contractId) });
    },
    onError: (err) => {
      if (err instanceof ApiProblem && options.onProblem?.(err)) return;
      void message.error(err instanceof ApiProblem ? err.message : String(err));
    },
  });
}

/** Names typed into one box, "Li Wei, Zhang Min", as the list the API takes. */
export const namesOf = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
