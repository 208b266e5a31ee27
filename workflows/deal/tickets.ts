import type { DealState, TimelineType } from '../../state/deal';
import type { TicketNews } from '../ticket/messages';
import { touch } from './timeline';

/** A customer's support tickets land on the deal's timeline; they change nothing else about the deal. */
export function hearTicket(state: DealState, news: TicketNews) {
  for (const s of news.steps)
    touch(state, `ticket_${s.type}` as TimelineType, s.actorId ? { id: s.actorId } : null, s.at, {
      ticketId: news.ticketId,
      reference: news.reference,
      ...s.data,
    });
}
