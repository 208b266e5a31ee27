import { FOLLOW_UP_KINDS, type Locale } from '../../process';
import type { DealView, FollowUp } from '../../state/deal';
import { say } from '../i18n/locale';

const iso = (ms: number) => new Date(ms).toISOString();

export function presentFollowUp(dealId: string, { lastAlertAt, round: _round, counted: _counted, ...f }: FollowUp, locale: Locale) {
  return {
    ...f,
    dealId,
    kindLabel: say(FOLLOW_UP_KINDS[f.kind], locale),
    dueAt: iso(f.dueAt),
    createdAt: iso(f.createdAt),
    updatedAt: iso(f.updatedAt),
    lastAlertAt: lastAlertAt === undefined ? null : iso(lastAlertAt),
  };
}

export function presentFollowUps(view: DealView, locale: Locale) {
  return {
    followUps: view.followUps.map((f) => presentFollowUp(view.dealId, f, locale)),
    reminders: view.reminders.map((r) => ({ ...r, at: iso(r.at) })),
  };
}

/** The follow-ups the deal's last command scheduled: every change of one command carries the same instant. */
export const scheduledByLastCommand = (view: DealView) => view.followUps.filter((f) => f.createdAt === view.updatedAt);
