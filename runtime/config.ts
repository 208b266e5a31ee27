import { z } from 'zod';

/** Good enough on a laptop; production must set its own (loadConfig refuses these there). */
const DEV_LINK_SECRET = 'dealflow-development-link-secret-not-for-production';
const DEV_PASSWORD_LINK_SECRET = 'dealflow-development-password-link-secret-not-for-production';
/** What `npm start` makes the admin's password when DEALFLOW_ADMIN_PASSWORD is not set. */
export const DEV_ADMIN_PASSWORD = 'dealflow-dev-admin';
/** The token docker-compose has defaulted to; refused in production like the other development values. */
const DEV_ADMIN_TOKEN = 'dft_dev_admin_token_change_me';

/** The environment the worker and the API run with. Read once; a bad value stops start-up with a readable message. */
/** Keeps a 10,000-deal worker under 1 GiB (README, Reliability and performance). */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 2000;

/** An optional variable set to the empty string (as compose's `${X:-}` does) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('dealflow'),
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Dealflow <dealflow@localhost>'),
  /** A personal API token of the first admin, for scripts that start with no one signed in. */
  DEALFLOW_ADMIN_TOKEN: optional(z.string().min(16, 'DEALFLOW_ADMIN_TOKEN must be at least 16 characters')),
  DEALFLOW_ADMIN_EMAIL: z.email().default('admin@dealflow.local'),
  /** The first admin's password, set while the admin has none (a password they chose survives restarts). */
  DEALFLOW_ADMIN_PASSWORD: optional(z.string().min(10, 'DEALFLOW_ADMIN_PASSWORD must be at least 10 characters')),
  /** Signs the links in invitation and password-reset emails. */
  PASSWORD_LINK_SECRET: z.string().min(32, 'PASSWORD_LINK_SECRET must be at least 32 characters').default(DEV_PASSWORD_LINK_SECRET),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(12 * 60),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Failed sign-ins per account or per address before a lockout, and how long the window and the lockout last. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Password-reset emails per account, and forgot-password requests per client address, within the window (minutes). */
  PASSWORD_RESET_MAX_EMAILS: z.coerce.number().int().min(1).default(3),
  PASSWORD_RESET_MAX_REQUESTS: z.coerce.number().int().min(1).default(20),
  PASSWORD_RESET_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /** Express's `trust proxy`: set it (e.g. `loopback` or `1`) behind a reverse proxy, so throttling sees clients' addresses. */
  TRUST_PROXY: optional(z.string()),
  /** Signs the approve and reject links in approval emails; the API and the worker must share it. */
  APPROVAL_LINK_SECRET: z.string().min(32, 'APPROVAL_LINK_SECRET must be at least 32 characters').default(DEV_LINK_SECRET),
  NODE_ENV: z.string().optional(),
  /** Deals the worker keeps in memory between their events; the others are replayed from history when they wake. About 120 KiB each. */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(DEFAULT_MAX_CACHED_WORKFLOWS),
  /** The Worker Deployment the workers poll as; each build of the workflow code is a version of it. */
  WORKER_DEPLOYMENT_NAME: z.string().min(1).default('dealflow'),
  /** The worker's build id; unset, a hash of the workflow bundle (the same code is the same build). */
  WORKER_BUILD_ID: optional(z.string().min(1).max(255)),
  /** `current`: a starting worker makes its build the current version. `manual`: an operator ramps it (README, Upgrading the code). */
  WORKER_VERSION_ROLLOUT: z.enum(['current', 'manual']).default('current'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema> & { PUBLIC_URL: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}\nsee .env.example for every variable`);
  }
  if (parsed.data.NODE_ENV === 'production') {
    const devDefaults = [
      parsed.data.APPROVAL_LINK_SECRET === DEV_LINK_SECRET && '  APPROVAL_LINK_SECRET: set a secret of your own in production (e.g. openssl rand -hex 32)',
      parsed.data.PASSWORD_LINK_SECRET === DEV_PASSWORD_LINK_SECRET &&
        '  PASSWORD_LINK_SECRET: set a secret of your own in production (e.g. openssl rand -hex 32)',
      parsed.data.DEALFLOW_ADMIN_PASSWORD === DEV_ADMIN_PASSWORD && '  DEALFLOW_ADMIN_PASSWORD: the development password is refused in production',
      parsed.data.DEALFLOW_ADMIN_TOKEN === DEV_ADMIN_TOKEN && '  DEALFLOW_ADMIN_TOKEN: the development token is refused in production',
    ].filter(Boolean);
    if (devDefaults.length) throw new Error(`invalid configuration:\n${devDefaults.join('\n')}`);
  }
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
}
