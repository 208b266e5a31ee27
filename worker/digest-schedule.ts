import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

export const digestScheduleId = (taskQueue: string) => `morning-digest-${taskQueue}`;

/** Every hour on the hour, the morning digest goes to those whose working day starts then. Created once. */
export async function ensureDigestSchedule(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: digestScheduleId(taskQueue),
      spec: { cronExpressions: ['0 * * * *'] },
      action: { type: 'startWorkflow', workflowType: 'morningDigestWorkflow', taskQueue, workflowId: digestScheduleId(taskQueue) },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
