import { type Workflow, makeContinueAsNewFunc, workflowInfo } from '@temporalio/workflow';

/** A pinned workflow learns here that another build is now current; it moves to it by continuing as new. */
export const newBuildIsCurrent = () => workflowInfo().targetWorkerDeploymentVersionChanged;

/** Continues as new on the deployment's current build (upgrade on continue-as-new) instead of the pinned one. */
export const continueOnCurrentBuild = <F extends Workflow>(...args: Parameters<F>) =>
  makeContinueAsNewFunc<F>({ initialVersioningBehavior: 'AUTO_UPGRADE' })(...args);
