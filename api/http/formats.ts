import { z } from 'zod';

/** An instant on the wire: ISO 8601 with a time zone, e.g. `2026-03-01T09:30:00.000Z`. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar day on the wire: `YYYY-MM-DD`. */
export const Day = z.iso.date();
