import { slaSpanMs } from '../../process';
import { type SlaClockState, type TicketState, clockInstants, reopenUntil } from '../../state/ticket';

/** What a ticket waits for next: a clock's warning, breach or escalation rung, or the end of its reopen window. */
export type TicketAlarm =
  | { kind: 'warning' | 'breach'; at: number; clock: SlaClockState; deadline: number }
  | { kind: 'escalation'; at: number; clock: SlaClockState }
  | { kind: 'close'; at: number };

function clockAlarm(state: TicketState, c: SlaClockState): TicketAlarm | undefined {
  if (c.metAt !== undefined) return undefined;
  if (c.breachedAt !== undefined) {
    const rung = state.support.escalation[c.rung];
    return rung && { kind: 'escalation', at: c.breachedAt + slaSpanMs(rung.after), clock: c };
  }
  const { deadline, warning } = clockInstants(state, c);
  if (deadline === undefined) return undefined;
  if (c.warnedAt === undefined && warning !== undefined && warning < deadline) return { kind: 'warning', at: warning, clock: c, deadline };
  return { kind: 'breach', at: deadline, clock: c, deadline };
}

export function nextAlarm(state: TicketState): TicketAlarm | undefined {
  const until = reopenUntil(state);
  const alarms: TicketAlarm[] = [
    ...state.clocks.flatMap((c) => clockAlarm(state, c) ?? []),
    ...(until === null ? [] : [{ kind: 'close', at: until } as const]),
  ];
  return alarms.reduce<TicketAlarm | undefined>((soonest, a) => (!soonest || a.at < soonest.at ? a : soonest), undefined);
}
