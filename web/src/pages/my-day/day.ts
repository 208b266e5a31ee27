import { dayjs } from '../../format/time';

/** The start of next Monday: the end of this week, its weeks running Monday to Sunday. */
const nextMonday = (local: dayjs.Dayjs) => local.startOf('day').add((8 - local.day()) % 7 || 7, 'day');

/** The instants My day sorts by, in the user's own time zone. */
export function dayBounds(timezone: string, now = dayjs()) {
  const local = now.tz(timezone);
  return {
    now: now.valueOf(),
    endOfToday: local.endOf('day').valueOf(),
    inAWeek: local.startOf('day').add(8, 'day').valueOf(),
    endOfWeek: nextMonday(local).valueOf(),
  };
}

/** The snooze choices: an hour from now, tomorrow at nine, next Monday at nine. */
export function snoozeChoices(timezone: string, now = dayjs()) {
  const local = now.tz(timezone);
  const nineOn = (d: dayjs.Dayjs) => d.hour(9).minute(0).second(0).millisecond(0);
  return {
    oneHour: now.add(1, 'hour').toISOString(),
    tomorrow: nineOn(local.add(1, 'day')).toISOString(),
    nextWeek: nineOn(nextMonday(local)).toISOString(),
  };
}
