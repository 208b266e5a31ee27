import type { Client } from '@temporalio/client';
import { calendarBroadcastWorkflowId } from '../../workflows/calendar-broadcast';
import { calendarForWorkflows } from '../../runtime/calendar-years';
import type { Db } from '../../runtime/db';

/**
 * Starts telling every running business-time workflow the calendar now stored. One broadcast per
 * version: a second start of the same version joins the first.
 */
export async function broadcastCalendar(db: Db, temporal: Client, taskQueue: string): Promise<void> {
  const holidays = await calendarForWorkflows(db, new Date());
  await temporal.workflow.start('calendarBroadcastWorkflow', {
    workflowId: calendarBroadcastWorkflowId(holidays.version),
    taskQueue,
    args: [holidays],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
