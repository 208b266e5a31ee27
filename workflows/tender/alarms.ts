import { holidaysOrSeed, spanBefore } from '../../process';
import { landInWorkingHours } from '../deal/schedule';
import type { TenderState } from '../../state/tender';

export interface TenderAlarm {
  at: number;
  kind: 'deadline_reminder' | 'presentation_reminder' | 'deadline';
}

/** When reminder `r` before the submission deadline goes out: that far ahead, at the next working moment. */
export const reminderAt = (state: TenderState, r: number) => {
  const { timing, hours, submissionDeadline } = state.start;
  const holidays = holidaysOrSeed(state.start.holidays);
  return landInWorkingHours(spanBefore(submissionDeadline, timing.deadlineReminders[r].before, hours, holidays), hours, holidays, timing);
};

/** Everything the tender waits for, soonest first: deadline reminders while open, the deadline itself, the presentation reminder. */
export function tenderAlarms(state: TenderState): TenderAlarm[] {
  const { timing, hours, submissionDeadline, presentationAt } = state.start;
  const holidays = holidaysOrSeed(state.start.holidays);
  const alarms: TenderAlarm[] = [];
  if (state.status === 'open') {
    if (state.reminders < timing.deadlineReminders.length) alarms.push({ at: reminderAt(state, state.reminders), kind: 'deadline_reminder' });
    alarms.push({ at: submissionDeadline, kind: 'deadline' });
  }
  if (presentationAt !== undefined && !state.presentationReminded && (state.status === 'open' || state.status === 'submitted'))
    alarms.push({
      at: landInWorkingHours(spanBefore(presentationAt, timing.presentationBefore, hours, holidays), hours, holidays, timing),
      kind: 'presentation_reminder',
    });
  return alarms.sort((a, b) => a.at - b.at);
}
