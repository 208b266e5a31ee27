import { type ProcessDefinition, allowedMoves, holidaysOrSeed, nextGate, stageDefinition } from '../../process';
import { scheduledAlarms } from './alarms';
import { timingOf } from './schedule';
import type { DealState, DealView } from '../../state/deal';

export function viewOf(state: DealState, def: ProcessDefinition, now: number): DealView {
  const {
    unprojected: _u,
    fingerprint: _f,
    emails: _e,
    timing: _t,
    approvalTiming: _a,
    collectionTiming: _c,
    tenderTiming: _tt,
    serviceTiming: _s,
    supportTiming: _st,
    holidays,
    ...rest
  } = state;
  return {
    ...rest,
    holidayCalendarVersion: holidaysOrSeed(holidays).version,
    reminders: scheduledAlarms(state, timingOf(state, def)),
    probability: stageDefinition(def, state.stage).probability,
    next: nextGate(def, state, now),
    allowedMoves: allowedMoves(def, state),
  };
}
