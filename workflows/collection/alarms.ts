import * as ledger from './ledger';
import { rungAt } from './schedule';
import { type CollectionState, type InstallmentState, isPaid } from '../../state/collection';

export interface CollectionAlarm {
  installmentId: string;
  at: number;
  /** The rung it sends, or null when it only ends a promise-to-pay. */
  rung: string | null;
  ring(now: number): number | undefined;
}

/** What one installment waits for next; nothing once paid, while its due date is unknown, or while chasing is paused. */
export function installmentAlarm(state: CollectionState, i: InstallmentState): CollectionAlarm | undefined {
  if (isPaid(i) || i.dueAt === undefined) return undefined;
  // A promise-to-pay holds the ladder until its day; then it lapses and chasing resumes where it was.
  if (i.promise) return { installmentId: i.id, at: i.promise.until, rung: null, ring: (t) => void ledger.lapsePromise(state, i, t) };
  if (state.paused || i.dispute) return undefined;
  const { ladder } = state.start.timing;
  if (i.rung >= ladder.length) return undefined;
  return {
    installmentId: i.id,
    at: rungAt(state, i, i.rung),
    rung: ladder[i.rung].key,
    ring: (t) => {
      let r = i.rung;
      while (r + 1 < ladder.length && rungAt(state, i, r + 1) <= t) r++;
      // A notice ahead of the due date is pointless once the date has come (an installment due at signing).
      if (ladder[r].offsetDays < 0 && t >= i.dueAt!) return void ledger.passOver(state, i, r + 1, t, 'the due date has come');
      ledger.chase(state, i, r, t);
      return r;
    },
  };
}

export function nextAlarm(state: CollectionState): CollectionAlarm | undefined {
  return state.installments
    .map((i) => installmentAlarm(state, i))
    .reduce<CollectionAlarm | undefined>((soonest, a) => (a && (!soonest || a.at < soonest.at) ? a : soonest), undefined);
}
