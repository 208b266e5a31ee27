import type { Actor, DealState, TimelineEntry, TimelineType } from '../../state/deal';

/** Every change bumps the version and appends to the timeline; `null` is the deal itself acting. */
export function touch(state: DealState, type: TimelineType, actor: Pick<Actor, 'id'> | null, at: number, data: Record<string, unknown>): void {
  state.version += 1;
  state.seq += 1;
  state.updatedAt = at;
  const entry: TimelineEntry = { seq: state.seq, type, at, actorId: actor?.id ?? null, data };
  state.unprojected.push(entry);
}
