import { holidaysOrSeed, roleAbove } from '../../process';
import { dueAfter } from '../deal/schedule';
import { levelRole, policyOf } from './ledger';
import { type ApprovalState, currentAssignment } from '../../state/approval';

/** When the holder is reminded, and when the request climbs a role up; each from its own start, on the holder's calendar. */
export function approvalAlarms(state: ApprovalState): { remindAt: number | null; escalateAt: number | null } {
  const a = currentAssignment(state);
  if (!a) return { remindAt: null, escalateAt: null };
  const { timing } = state.request;
  const holidays = holidaysOrSeed(state.request.holidays);
  const remindAt = a.remindedAt === undefined ? dueAfter(a.at, timing.remindAfter, a.hours, holidays, timing) : null;
  const canClimb = !a.topOfLine && roleAbove(policyOf(state), levelRole(state)) !== undefined;
  const escalateAt = a.remindedAt !== undefined && canClimb ? dueAfter(a.remindedAt, timing.escalateAfter, a.hours, holidays, timing) : null;
  return { remindAt, escalateAt };
}
