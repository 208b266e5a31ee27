import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { refreshNowAndAfterCatchUp } from '../../api/catch-up';

export type Ticket = Schemas['Ticket'];
export type TicketDetail = Schemas['TicketDetail'];
export type SlaClock = Schemas['SlaClock'];
export interface TicketFilters {
  state?: Ticket['state'];
  breached?: 'true';
  assignee?: string;
}

export const TICKETS = ['tickets'] as const;
const ticketKey = (id: string) => [...TICKETS, 'one', id] as const;
export const useTickets = (filters: TicketFilters) =>
  useInfiniteQuery({
    queryKey: [...TICKETS, 'list', filters],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/tickets', { params: { query: { ...filters, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useTicket = (id: string) =>
  useQuery({ queryKey: ticketKey(id), queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}', { params: { path: { id } } })) });

/**
 * A command on a ticket: the page shows the ticket the server answered and says so; a refusal with
 * field errors goes to `onProblem` (the form), any other to a toast.
 */
export function useTicketCommand<V>(
  id: string,
  call: (vars: V) => Promise<TicketDetail>,
  options: { done: string; onProblem?: (p: ApiProblem) => boolean; onSuccess?: () => void },
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: call,
    onSuccess: async (ticket) => {
      void message.success(options.done);
      client.setQueryData(ticketKey(id), ticket);
      options.onSuccess?.();
      const refresh = () => client.invalidateQueries({ queryKey: [...TICKETS, 'list'] });
      await refreshNowAndAfterCatchUp(refresh);
    },
    onError: (err) => {
      if (err instanceof ApiProblem && options.onProblem?.(err)) return;
      void message.error(err instanceof ApiProblem ? err.message : String(err));
    },
  });
}
