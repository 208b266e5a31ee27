import { setWorkflowOptions } from '@temporalio/workflow';
import { dealWorkflow } from './deal/workflow';
import { approvalWorkflow } from './approval/workflow';
import { collectionWorkflow } from './collection/workflow';
import { tenderWorkflow } from './tender/workflow';
import { serviceWorkflow } from './service/workflow';
import { morningDigestWorkflow } from './digest';
import { ticketWorkflow } from './ticket/workflow';
import { calendarBroadcastWorkflow } from './calendar-broadcast';

export {
  dealWorkflow,
  approvalWorkflow,
  collectionWorkflow,
  tenderWorkflow,
  serviceWorkflow,
  morningDigestWorkflow,
  ticketWorkflow,
  calendarBroadcastWorkflow,
};

// Worker Versioning (README, Upgrading the code). A pinned workflow runs on the build it started on
// and moves to the current build where it continues as new, so a new build needs no patch for it.
// The others have no continue-as-new point: pinned, they would hold an old build up until they end
// (a collection runs for months), so they move to each new build at their next task, and a change
// that alters their commands goes behind patched().
setWorkflowOptions({ versioningBehavior: 'PINNED' }, dealWorkflow);
setWorkflowOptions({ versioningBehavior: 'PINNED' }, serviceWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, collectionWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, tenderWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, approvalWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, ticketWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, morningDigestWorkflow);
setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, calendarBroadcastWorkflow);
