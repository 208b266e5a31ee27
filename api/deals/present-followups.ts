import { FOLLOW_UP_KINDS, type Locale } from '../../process';
import type { DealView } from '../../state/deal';
import { say } from '../i18n/locale';

const iso = (ms: number) => new Date(ms).toISOString();

export function presentFollowUps(view: DealView, locale: Locale) {
  return {
    followUps: view.followUps.map(({ lastAlertAt, round: _round, ...f }) => ({
      ...f,
      dealId: view.dealId,
      kindLabel: say(FOLLOW_UP_KINDS[f.kind], locale),
      dueAt: iso(f.dueAt),
      createdAt: iso(f.createdAt),
      updatedAt: iso(f.updatedAt),
      lastAlertAt: lastAlertAt === undefined ? null : iso(lastAlertAt),
    })),
    reminders: view.reminders.map((r) => ({ ...r, at: iso(r.at) })),
  };
}
