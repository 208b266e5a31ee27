import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  DefaultLogger,
  NativeConnection,
  Worker,
  type WorkerOptions as SdkWorkerOptions,
  bundleWorkflowCode,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { type Activities, type ActivityDeps, createActivities } from '../activities';
import type { Db } from '../runtime/db';
import { adoptPinned, buildIdOf, makeCurrent } from './deployment';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * Loaded once per V8 context and shared, frozen, by every workflow in it, instead of once per
 * workflow: the process definitions (pure data and functions, with their zod schemas and the
 * holiday table), zod and the workflow API. Evaluated per workflow they cost about 1.2 MiB of
 * worker memory and a few milliseconds of CPU for every deal the worker holds or replays.
 */
const preloadModules = ['zod', '@temporalio/workflow', fileURLToPath(new URL('../process/index.ts', import.meta.url))];

/** Bundle once and hand the bundle to every worker a process starts (tests restart workers). */
export const bundleWorkflows = (): Promise<WorkflowBundleWithSourceMap> =>
  bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('ERROR'), preloadModules });

/** The same, bundled by a short-lived child process: webpack would otherwise keep about 140 MiB of a long-running worker's memory. */
export const bundleWorkflowsApart = (): Promise<WorkflowBundleWithSourceMap> =>
  new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./bundle-process.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (bundle) => resolve(bundle as WorkflowBundleWithSourceMap));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`bundling the workflows failed (exit ${code})`)));
  });

export interface WorkerOptions {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  db: Db;
  mail: ActivityDeps['mail'];
  workflowBundle?: WorkflowBundleWithSourceMap;
  tuning?: WorkerTuning;
  /** The activities as run; a test may slow one down to stage a race. */
  activities?: (real: Activities) => Activities;
  /** The Worker Deployment the worker polls as (WORKER_DEPLOYMENT_NAME); the build id defaults to the bundle's hash. */
  deployment: { name: string; buildId?: string; rollout?: 'current' | 'manual' };
}

/** What a deployment (WORKER_MAX_CACHED_WORKFLOWS) or the bench may tune. */
export type WorkerTuning = Partial<
  Pick<SdkWorkerOptions, 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentActivityTaskExecutions'>
>;

/**
 * A versioned worker. Deals, services and the other long workflows are pinned to the build they
 * started on and move to the current one when they continue as new; the short ones auto-upgrade
 * (each workflow declares its behavior; README, Upgrading the code).
 */
export async function createWorker(opts: WorkerOptions) {
  const connection = await NativeConnection.connect({ address: opts.temporalAddress });
  const workflowBundle = opts.workflowBundle ?? (await bundleWorkflows());
  const version = { deploymentName: opts.deployment.name, buildId: opts.deployment.buildId ?? buildIdOf(workflowBundle) };
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle,
    workerDeploymentOptions: { version, useWorkerVersioning: true, defaultVersioningBehavior: 'AUTO_UPGRADE' },
    activities: (opts.activities ?? ((real) => real))(createActivities({ db: opts.db, mail: opts.mail })),
    // A timer that fires while this worker's sticky queue is unreachable (a server restart) moves
    // to the shared queue after this long, instead of the default 10 s.
    stickyQueueScheduleToStartTimeout: '2 seconds',
    ...opts.tuning,
  });
  /**
   * Polls until shutdown (`running`). `current` settles once this build is the deployment's current
   * version and the workflows pinned to the builds it replaces move to it at their next task (at once
   * with a manual rollout): the server dispatches no task to a version before that.
   */
  const start = () => {
    const running = worker.run();
    const current =
      opts.deployment.rollout === 'manual'
        ? Promise.resolve()
        : makeCurrent(connection, opts.namespace, opts.taskQueue, version)
            .then(() => adoptPinned(connection, opts.namespace, version))
            .catch((err: unknown) => {
              if (worker.getState() === 'RUNNING') worker.shutdown();
              throw err;
            });
    return { running, current };
  };
  return { worker, connection, version, start };
}
