import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

const RETRY = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' } as const;

/** Database work: projections and lookups. Outages are waited out. */
export const DATA_ACTIVITY: ActivityOptions = { startToCloseTimeout: '30 seconds', retry: RETRY };

/**
 * The same, run by the worker that runs the workflow: no task queue round trip and one history
 * event instead of six. For short, idempotent writes such as the deal's projection.
 */
export const LOCAL_DATA_ACTIVITY: LocalActivityOptions = { startToCloseTimeout: '30 seconds', retry: RETRY };

/**
 * Sending one email. Longer than the send activity holds its outbox row; the send heartbeats, so
 * an attempt on a worker that died is retried within seconds (a retry that overlaps a slow first
 * attempt waits for its row lock and then finds it sent). An unknown recipient or an SMTP 5xx
 * will not get better by retrying.
 */
export const EMAIL_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { ...RETRY, nonRetryableErrorTypes: ['UnknownRecipient', 'NoRecipient', 'SmtpRejected'] },
};
