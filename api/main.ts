import { loadConfig } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { serveApi } from './serve';

/** The API on its own, as docker-compose runs it. `npm start` runs it in-process with the worker. */
const config = loadConfig();
const api = await serveApi(config, createLogger('api', config.LOG_LEVEL));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void api.stop());
