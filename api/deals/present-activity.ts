import type { Locale } from '../../process';
import type { DealView } from '../../state/deal';
import type { ActivityInput } from '../../workflows/deal/followups';
import { presentFollowUp, scheduledByLastCommand } from './present-followups';

/**
 * The activity a `logActivity` command just logged, read off the deal it answered with. Logging
 * appends the activity to the timeline, then one entry per follow-up it cancelled and per one it
 * scheduled, all at the same instant: so its seq is the deal's less those.
 */
export function presentLoggedActivity(view: DealView, activity: ActivityInput, locale: Locale) {
  const scheduled = scheduledByLastCommand(view);
  const cancelled = view.followUps.filter((f) => f.state === 'cancelled' && f.updatedAt === view.updatedAt && f.createdAt !== view.updatedAt);
  return {
    dealId: view.dealId,
    seq: view.seq - scheduled.length - cancelled.length,
    type: activity.type,
    at: new Date(activity.at ?? view.updatedAt).toISOString(),
    summary: activity.summary,
    outcome: activity.outcome ?? null,
    contactIds: activity.contactIds ?? [],
    followUps: scheduled.map((f) => presentFollowUp(view.dealId, f, locale)),
    cancelledFollowUpIds: cancelled.map((f) => f.id),
  };
}
