import { type Dispatch, courier } from './deal-news';

/**
 * A child workflow's own history: every change bumps the version and appends a step, which the
 * deal still has to hear about (`untold`) and the read model still has to show (`version`).
 */
export interface Steps<S extends { seq: number }> {
  version: number;
  history: S[];
  untold: S[];
}

export function appendStep<S extends { seq: number }>(state: Steps<S>, step: Omit<S, 'seq'>): void {
  state.version += 1;
  const entry = { ...step, seq: state.history.length + 1 } as S;
  state.history.push(entry);
  state.untold.push(entry);
}

/**
 * Keeps the deal and the read model caught up with a child workflow, in that order: the deal's
 * timeline first, then the projection. `compose` says what the deal is owed now; `catchUp` does
 * one of them and says whether it did.
 */
export function reporter(options: {
  steps: Steps<{ seq: number }>;
  deal: string;
  hasNews?: () => boolean;
  compose: () => Dispatch[];
  unreachable: (error: string, attempts: number) => void;
  project: () => Promise<void>;
}) {
  const { steps } = options;
  const news = () => steps.untold.length > 0 || (options.hasNews?.() ?? false);
  const dealCourier = courier(options.deal, options.unreachable);
  let projected = -1;
  return {
    async catchUp(): Promise<boolean> {
      if (news()) {
        await dealCourier.deliver(options.compose());
        return true;
      }
      if (projected === steps.version) return false;
      const version = steps.version;
      await options.project();
      projected = version;
      return true;
    },
    settled: () => !news() && projected === steps.version,
  };
}
