import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { morningDigestRecipients, sendMorningDigest, receivablesDigestRecipients, sendReceivablesDigest, warnOfMissingCalendarYears } =
  proxyActivities<Activities>({
    startToCloseTimeout: '3 minutes',
    retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes', nonRetryableErrorTypes: ['UnknownRecipient', 'NoRecipient', 'SmtpRejected'] },
  });

const BATCH = 20;

/** One activity per user, a batch at a time; how many emails went out. */
async function fanOut(users: string[], send: (userId: string) => Promise<{ sent: boolean }>): Promise<number> {
  let sent = 0;
  for (let i = 0; i < users.length; i += BATCH) sent += (await Promise.all(users.slice(i, i + BATCH).map(send))).filter((r) => r.sent).length;
  return sent;
}

/**
 * Started every hour by a Temporal Schedule: users whose working day starts this hour get their
 * follow-up digest, finance users the receivables digest, and admins an email about each
 * holiday-calendar year that is missing (once per admin and year). `sent` counts the digests.
 */
export async function morningDigestWorkflow(at?: number): Promise<{ sent: number }> {
  const when = at ?? workflowInfo().runStartTime.getTime();
  const followUps = await fanOut(await morningDigestRecipients({ at: when }), (userId) => sendMorningDigest({ userId, at: when }));
  const receivables = await fanOut(await receivablesDigestRecipients({ at: when }), (userId) => sendReceivablesDigest({ userId, at: when }));
  // Runs started before admins were told of missing calendar years did not tell them.
  if (patched('calendar-missing-mail')) await warnOfMissingCalendarYears({ at: when });
  return { sent: followUps + receivables };
}
