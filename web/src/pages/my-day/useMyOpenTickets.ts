import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { TICKET_STATES } from '../tickets/messages';
import { TICKETS, type Ticket } from '../tickets/queries';

/** Still to work on: every state before the fault is restored. */
const UNRESOLVED = TICKET_STATES.filter((s) => s !== 'restored' && s !== 'closed');

type State = (typeof UNRESOLVED)[number];
/** Where each state's list goes on: the states not yet read to their end, with their cursors. */
type Places = Partial<Record<State, string | null>>;

/**
 * The tickets assigned to me that are not restored yet, the earliest states first. The list takes one
 * state at a time, so each page reads every state that still has more.
 */
export function useMyOpenTickets() {
  return useInfiniteQuery({
    queryKey: [...TICKETS, 'list', 'mine-unresolved'],
    initialPageParam: Object.fromEntries(UNRESOLVED.map((s) => [s, null])) as Places,
    queryFn: async ({ pageParam }): Promise<{ items: Ticket[]; next?: Places }> => {
      const states = UNRESOLVED.filter((s) => s in pageParam);
      const pages = await Promise.all(
        states.map((state) =>
          unwrap(api.GET('/api/v1/tickets', { params: { query: { assignee: 'me', state, cursor: pageParam[state] ?? undefined, limit: 20 } } })),
        ),
      );
      const more = states.flatMap((state, i) => (pages[i].nextCursor ? [[state, pages[i].nextCursor]] : []));
      return { items: pages.flatMap((p) => p.items), next: more.length ? Object.fromEntries(more) : undefined };
    },
    getNextPageParam: (page) => page.next,
  });
}
