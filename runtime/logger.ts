import pino from 'pino';

export type Logger = pino.Logger;

export const createLogger = (name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger => pino({ name, level });
