import { createHash } from 'node:crypto';
import type { WorkerDeploymentVersion } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';

/** The same workflow code is the same build: a worker restarted on unchanged code joins its own version again. */
export const buildIdOf = (bundle: WorkflowBundleWithSourceMap) => createHash('sha256').update(bundle.code).digest('hex').slice(0, 16);

/** How long a starting worker keeps asking; the server refuses a version it has not yet seen poll. */
const PROMOTE_TIMEOUT_MS = 60_000;
const PROMOTE_RETRY_MS = 250;

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
  const { versioningInfo } = await connection.workflowService.describeTaskQueue({
    namespace,
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return versioningInfo?.currentDeploymentVersion?.buildId;
}

async function currentBuildId(connection: NativeConnection, namespace: string, deploymentName: string) {
  const { workerDeploymentInfo } = await connection.workflowService.describeWorkerDeployment({ namespace, deploymentName });
  return workerDeploymentInfo?.routingConfig?.currentDeploymentVersion?.buildId;
}
