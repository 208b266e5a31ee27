import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { morningDigestRecipients, sendMorningDigest } = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes', nonRetryableErrorTypes: ['UnknownRecipient', 'NoRecipient', 'SmtpRejected'] },
});

const BATCH = 20;

/** Started every hour by a Temporal Schedule; users whose working day starts this hour get their digest, one activity each. */
export async function morningDigestWorkflow(at?: number): Promise<{ sent: number }> {
  const when = at ?? workflowInfo().runStartTime.getTime();
  const users = await morningDigestRecipients({ at: when });
  let sent = 0;
  for (let i = 0; i < users.length; i += BATCH) {
    const results = await Promise.all(users.slice(i, i + BATCH).map((userId) => sendMorningDigest({ userId, at: when })));
    sent += results.filter((r) => r.sent).length;
  }
  return { sent };
}
