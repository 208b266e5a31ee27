import type { Schemas } from '../../api/client';
import { dayjs } from '../../format/time';

type Item = Schemas['TenderListItem'];
export interface TenderEvent {
  kind: 'deadline' | 'opening' | 'presentation';
  at: string;
  tender: Item;
}

/** The dates on a tender calendar: each tender's deadline, opening and presentation. */
export function tenderEvents(items: readonly Item[]): TenderEvent[] {
  return items
    .flatMap((tender) => [
      { kind: 'deadline' as const, at: tender.submissionDeadline, tender },
      { kind: 'opening' as const, at: tender.openingAt, tender },
      ...(tender.presentationAt ? [{ kind: 'presentation' as const, at: tender.presentationAt, tender }] : []),
    ])
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The day an instant falls on in a time zone, as YYYY-MM-DD. */
export const dayOf = (iso: string, tz: string) => dayjs(iso).tz(tz).format('YYYY-MM-DD');
