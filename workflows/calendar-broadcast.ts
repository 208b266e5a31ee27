import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { HolidayCalendar } from '../process';

const { tellCalendarPage } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export const calendarBroadcastWorkflowId = (version: number) => `calendar-broadcast-${version}`;

/**
 * Tells every running workflow that computes business time a new holiday calendar version, a page
 * at a time, durably: a worker or server restart resumes at the page it was on. Started by the API
 * once per version it stores; how many workflows it told.
 */
export async function calendarBroadcastWorkflow(holidays: HolidayCalendar): Promise<number> {
  let told = 0;
  let pageToken: string | undefined;
  do {
    const page = await tellCalendarPage({ holidays, pageToken });
    told += page.told;
    pageToken = page.nextPageToken;
  } while (pageToken);
  return told;
}
