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
}

/** What a deployment (WORKER_MAX_CACHED_WORKFLOWS) or the bench may tune. */
export type WorkerTuning = Partial<
  Pick<SdkWorkerOptions, 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentActivityTaskExecutions'>
>;

export async function createWorker(opts: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: opts.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath, bundlerOptions: { preloadModules } }),
    activities: (opts.activities ?? ((real) => real))(createActivities({ db: opts.db, mail: opts.mail })),
    // A timer that fires while this worker's sticky queue is unreachable (a server restart) moves
    // to the shared queue after this long, instead of the default 10 s.
    stickyQueueScheduleToStartTimeout: '2 seconds',
    ...opts.tuning,
  });
  return { worker, connection };
}
