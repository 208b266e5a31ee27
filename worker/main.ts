import { loadConfig } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { runWorker } from './run';

/** The worker on its own, as docker-compose runs it. The SDK shuts it down on SIGINT and SIGTERM. */
const config = loadConfig();
const worker = await runWorker(config, createLogger('worker', config.LOG_LEVEL));
await worker.running;
await worker.stop();
