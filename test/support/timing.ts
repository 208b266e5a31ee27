import type { FollowUpTiming, Span } from '../../process';

const seconds = (n: number): Span => ({ seconds: n });

/** The follow-up process with every wait in seconds and no working hours, so tests run the same rules quickly. */
export function fastTiming(stallSeconds = 3600): Partial<FollowUpTiming> {
  return {
    rules: [
      { after: 'email_material', creates: 'material', dueAfter: seconds(2) },
      { after: 'demo', creates: 'revisit', dueAfter: seconds(2) },
      { after: 'trial_install', creates: 'trial_checkin', dueAfter: seconds(2) },
    ],
    remindAgainAfter: seconds(2),
    escalateAfter: seconds(2),
    stallAfter: {
      LEAD: seconds(stallSeconds),
      INTENT: seconds(stallSeconds),
      PROJECT_INITIATED: seconds(stallSeconds),
      PRELIMINARY_APPROVAL: seconds(stallSeconds),
      NEGOTIATION: seconds(stallSeconds),
    },
    workingHoursOnly: false,
  };
}
