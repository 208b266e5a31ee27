import { setHandler, uuid4 } from '@temporalio/workflow';
import type { ProcessDefinition } from '../../process';
import { type ActivityInput, endFollowUp, findFollowUp, isPending, logActivity, rescheduleFollowUp, scheduleFollowUp } from './followups';
import { cancelFollowUpUpdate, completeFollowUpUpdate, logActivityUpdate, moveCallbackUpdate, scheduleCallbackUpdate, snoozeFollowUpUpdate } from './messages';
import { refuse } from '../shared/refusals';
import { timingOf } from './schedule';
import type { DealState, DealView, FollowUp } from '../../state/deal';

/** The activity log, call-backs and follow-up commands of one deal. */
export function handleFollowUps(state: DealState, def: ProcessDefinition, now: () => number, view: () => DealView): void {
  const mustBeOpen = () => {
    if (state.status !== 'open') refuse({ refusal: 'conflict', reason: `the deal is ${state.status}` }, `the deal is ${state.status}; reopen it first`);
  };
  const inFuture = (field: string, at: number) => {
    if (at <= now()) refuse({ refusal: 'invalid_input', errors: [{ field, message: 'must be in the future' }] }, `${field} must be in the future`);
  };
  const pending = (followUpId: string): FollowUp => {
    const f = findFollowUp(state, followUpId);
    if (!f) return refuse({ refusal: 'unknown_followup', followUpId }, `the deal has no follow-up ${followUpId}`);
    if (!isPending(f)) refuse({ refusal: 'conflict', reason: `the follow-up is ${f.state}` }, `the follow-up is already ${f.state}`);
    return f;
  };

  const checkActivity = (activity: ActivityInput) => {
    const { min, max } = timingOf(state, def).materialWindowDays;
    const days = activity.followUpDays;
    if (days !== undefined && (activity.type !== 'email_material' || days < min || days > max))
      refuse(
        { refusal: 'invalid_input', errors: [{ field: 'body.followUpDays', message: `only for email_material, between ${min} and ${max} days` }] },
        'followUpDays is out of range',
      );
    if (activity.revisitAt !== undefined) {
      if (activity.type !== 'demo')
        refuse({ refusal: 'invalid_input', errors: [{ field: 'body.revisitAt', message: 'only for a demo' }] }, 'revisitAt is only for a demo');
      inFuture('body.revisitAt', activity.revisitAt);
    }
    if (activity.nextStep) inFuture('body.nextStep.dueAt', activity.nextStep.dueAt);
    if (activity.at !== undefined && activity.at > now())
      refuse({ refusal: 'invalid_input', errors: [{ field: 'body.at', message: 'cannot be in the future' }] }, 'an activity cannot happen in the future');
  };

  setHandler(
    logActivityUpdate,
    ({ actor, activity }) => {
      logActivity(state, timingOf(state, def), activity, uuid4, actor, now());
      return view();
    },
    {
      validator: ({ activity }) => {
        mustBeOpen();
        checkActivity(activity);
      },
    },
  );

  setHandler(
    scheduleCallbackUpdate,
    ({ actor, at, contactId, note }) => {
      scheduleFollowUp(state, { kind: 'callback', dueAt: at, contactId, note }, uuid4(), actor, now());
      return view();
    },
    {
      validator: ({ at }) => {
        mustBeOpen();
        inFuture('body.at', at);
      },
    },
  );

  setHandler(
    moveCallbackUpdate,
    ({ actor, followUpId, at }) => {
      rescheduleFollowUp(state, pending(followUpId), at, false, actor, now());
      return view();
    },
    {
      validator: ({ followUpId, at }) => {
        const f = pending(followUpId);
        if (f.kind !== 'callback') refuse({ refusal: 'conflict', reason: 'not a call-back' }, 'only a call-back can be moved; snooze a follow-up instead');
        if (f.alerts > 0) refuse({ refusal: 'conflict', reason: 'the call-back has fired' }, 'the call-back has already fired; mark it done or snooze it');
        inFuture('body.at', at);
      },
    },
  );

  setHandler(
    snoozeFollowUpUpdate,
    ({ actor, followUpId, until }) => {
      rescheduleFollowUp(state, pending(followUpId), until, true, actor, now());
      return view();
    },
    {
      validator: ({ followUpId, until }) => {
        pending(followUpId);
        inFuture('body.until', until);
      },
    },
  );

  setHandler(
    completeFollowUpUpdate,
    ({ actor, followUpId, note, activity }) => {
      endFollowUp(state, pending(followUpId), 'done', note, actor, now());
      if (activity) logActivity(state, timingOf(state, def), activity, uuid4, actor, now());
      return view();
    },
    {
      validator: ({ followUpId, activity }) => {
        pending(followUpId);
        if (activity) checkActivity(activity);
      },
    },
  );

  setHandler(
    cancelFollowUpUpdate,
    ({ actor, followUpId, note }) => {
      endFollowUp(state, pending(followUpId), 'cancelled', note, actor, now());
      return view();
    },
    { validator: ({ followUpId }) => void pending(followUpId) },
  );
}
