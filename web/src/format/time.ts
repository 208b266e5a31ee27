import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

/** An instant in the user's time zone, to the minute. */
export const formatDateTime = (iso: string, tz?: string) => inZone(iso, tz).format('YYYY-MM-DD HH:mm');
export const formatDate = (iso: string, tz?: string) => inZone(iso, tz).format('YYYY-MM-DD');
/** "3 天后" / "in 3 days", in the language dayjs was set to. */
export const fromNow = (iso: string) => dayjs(iso).fromNow();
/** Whole days from `iso` until now, as a card's "days in stage". */
export const daysSince = (iso: string, now = Date.now()) => Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));

const inZone = (iso: string, tz?: string) => (tz ? dayjs(iso).tz(tz) : dayjs(iso));
export { dayjs };
