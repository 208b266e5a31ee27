import { Context, activityInfo } from '@temporalio/activity';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { HolidayCalendar } from '../process';
import { holidayCalendarSignal } from '../workflows/shared/holiday-calendar';
import { whileBeating } from './heartbeat';

/** The workflows that compute business time, by the names the worker registers them under. */
export const BUSINESS_TIME_WORKFLOWS = ['dealWorkflow', 'approvalWorkflow', 'collectionWorkflow', 'tenderWorkflow', 'serviceWorkflow', 'ticketWorkflow'];

const PAGE_SIZE = 100;
const BATCH = 20;

/** Running business-time workflows on this worker's task queue (each test file, each deployment has its own). */
export const runningOn = (taskQueue: string) =>
  `ExecutionStatus = "Running" AND TaskQueue = "${taskQueue}" AND WorkflowType IN (${BUSINESS_TIME_WORKFLOWS.map((t) => `"${t}"`).join(', ')})`;

export function calendarBroadcastActivities() {
  return {
    /**
     * Tells one page of running workflows the calendar, on the worker's own Temporal client, and
     * says where the next page starts. A retry tells the page again: workflows ignore a version
     * they already have. One that closed meanwhile needs nothing.
     */
    async tellCalendarPage({ holidays, pageToken }: { holidays: HolidayCalendar; pageToken?: string }): Promise<{ told: number; nextPageToken?: string }> {
      const { client } = Context.current();
      const { taskQueue, workflowNamespace } = activityInfo();
      return whileBeating(async () => {
        const page = await client.workflowService.listWorkflowExecutions({
          namespace: workflowNamespace,
          query: runningOn(taskQueue),
          pageSize: PAGE_SIZE,
          nextPageToken: pageToken ? Buffer.from(pageToken, 'base64') : undefined,
        });
        const ids = (page.executions ?? []).map((e) => e.execution!.workflowId!);
        for (let i = 0; i < ids.length; i += BATCH)
          await Promise.all(
            ids.slice(i, i + BATCH).map((id) =>
              client.workflow
                .getHandle(id)
                .signal(holidayCalendarSignal, holidays)
                .catch((err: unknown) => {
                  if (!(err instanceof WorkflowNotFoundError)) throw err;
                }),
            ),
          );
        const next = page.nextPageToken?.length ? Buffer.from(page.nextPageToken).toString('base64') : undefined;
        return { told: ids.length, nextPageToken: next };
      });
    },
  };
}
