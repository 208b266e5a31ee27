import { dayjs } from '../../format/time';

/** A picked wall-clock time, read in the user's time zone, as an instant for the API. */
export const instantOf = (picked: dayjs.Dayjs, tz: string) => dayjs.tz(picked.format('YYYY-MM-DDTHH:mm'), tz).toISOString();

/** An instant as the wall-clock time a picker shows in the user's time zone. */
export const pickerValueOf = (iso: string, tz: string) => dayjs(dayjs(iso).tz(tz).format('YYYY-MM-DDTHH:mm'));
