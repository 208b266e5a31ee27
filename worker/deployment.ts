import { createHash } from 'node:crypto';
import type { WorkerDeploymentVersion } from '@temporalio/common';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { isGrpcServiceError } from '@temporalio/client';

/** The same workflow code is the same build: a worker restarted on unchanged code joins its own version again. */
export const buildIdOf = (bundle: WorkflowBundleWithSourceMap) => createHash('sha256').update(bundle.code).digest('hex').slice(0, 16);

/** How long a starting worker keeps asking; the server refuses a version it has not yet seen poll. */
const PROMOTE_TIMEOUT_MS = 60_000;
const PROMOTE_RETRY_MS = 250;
/** gRPC status 6: the build's batch was started already. */
const GRPC_ALREADY_EXISTS = 6;

/**
 * Makes `version` the current version of its deployment once the server has seen it poll, so new
 * workflows and auto-upgrading ones run on it, and pinned ones continue onto it; returns once the
 * task queue routes to it. Idempotent: workers of one build starting together (compose's --scale)
 * all ask, and the first one's answer stands.
 */
export async function makeCurrent(connection: NativeConnection, namespace: string, taskQueue: string, version: WorkerDeploymentVersion): Promise<void> {
  const deadline = Date.now() + PROMOTE_TIMEOUT_MS;
  for (;;) {
    try {
      if ((await currentBuildId(connection, namespace, version.deploymentName)) !== version.buildId)
        await connection.workflowService.setWorkerDeploymentCurrentVersion({ namespace, deploymentName: version.deploymentName, buildId: version.buildId });
      // The deployment's routing reaches its task queues a moment later.
      if ((await routedBuildId(connection, namespace, taskQueue)) === version.buildId) return;
      throw new Error(`task queue ${taskQueue} does not route to build ${version.buildId} yet`);
    } catch (err) {
      // Not found or refused until the version's first poll reaches the server.
      if (Date.now() > deadline) throw new Error(`could not make build ${version.buildId} current in deployment ${version.deploymentName}`, { cause: err });
      await new Promise((resolve) => setTimeout(resolve, PROMOTE_RETRY_MS));
    }
  }
}

async function routedBuildId(connection: NativeConnection, namespace: string, taskQueue: string) {
  // The workflow task queue: the type the server assumes when none is given.
  const { versioningInfo } = await connection.workflowService.describeTaskQueue({ namespace, taskQueue: { name: taskQueue } });
  return versioningInfo?.currentDeploymentVersion?.buildId;
}

async function currentBuildId(connection: NativeConnection, namespace: string, deploymentName: string) {
  const { workerDeploymentInfo } = await connection.workflowService.describeWorkerDeployment({ namespace, deploymentName });
  return workerDeploymentInfo?.routingConfig?.currentDeploymentVersion?.buildId;
}

/**
 * Moves the workflows pinned to the deployment's other builds onto `version` at their next task.
 * For a rollout that replaces every worker at once (`npm start`, `docker compose up`): no worker of
 * their build is left to run them. Their new code replays their history, which the patched() rule
 * keeps safe. One batch per build, whichever of its workers asks first.
 */
export async function adoptPinned(connection: NativeConnection, namespace: string, version: WorkerDeploymentVersion): Promise<void> {
  const { deploymentName, buildId } = version;
  const { workerDeploymentInfo } = await connection.workflowService.describeWorkerDeployment({ namespace, deploymentName });
  if (!workerDeploymentInfo?.versionSummaries?.some((v) => v.deploymentVersion?.buildId !== buildId)) return;
  try {
    await connection.workflowService.startBatchOperation({
      namespace,
      jobId: `adopt-pinned-${deploymentName}-${buildId}`,
      reason: `build ${buildId} replaced the workers of deployment ${deploymentName}`,
      visibilityQuery: [
        `TemporalWorkerDeployment = '${deploymentName}'`,
        `TemporalWorkflowVersioningBehavior = 'Pinned'`,
        `TemporalWorkerDeploymentVersion != '${deploymentName}:${buildId}'`,
        `ExecutionStatus = 'Running'`,
      ].join(' AND '),
      updateWorkflowOptionsOperation: {
        workflowExecutionOptions: { versioningOverride: { oneTime: { targetDeploymentVersion: version } } },
        updateMask: { paths: ['versioning_override'] },
      },
    });
  } catch (err) {
    if (!(isGrpcServiceError(err) && err.code === GRPC_ALREADY_EXISTS)) throw err;
  }
}
