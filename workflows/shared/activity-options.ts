import type { ActivityOptions } from '@temporalio/workflow';

const RETRY = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' } as const;

/** Database work: projections and lookups. Outages are waited out. */
export const DATA_ACTIVITY: ActivityOptions = { startToCloseTimeout: '30 seconds', retry: RETRY };

/**
 * Sending one email. Longer than the send activity holds its outbox row, so a second attempt never
 * overlaps a slow first one; an unknown recipient or an SMTP 5xx will not get better by retrying.
 */
export const EMAIL_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '3 minutes',
  retry: { ...RETRY, nonRetryableErrorTypes: ['UnknownRecipient', 'NoRecipient', 'SmtpRejected'] },
};
