import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Transporter } from 'nodemailer';
import { missingYearsWarning } from '../../process';
import { calendarCoverageAt } from '../../runtime/calendar-years';
import type { Db } from '../../runtime/db';

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

async function check(name: string, probe: () => Promise<unknown>) {
  const started = Date.now();
  try {
    await within(3000, probe());
    return { name, ok: true, ms: Date.now() - started };
  } catch (err) {
    return { name, ok: false, ms: Date.now() - started, error: (err as Error).message };
  }
}

/**
 * /healthz: the process is alive. /readyz: Temporal, the database and SMTP all answer; a holiday
 * calendar missing a year it needs (next year from 1 November) is a warning, not a failure.
 */
async function calendarWarnings(db: Db): Promise<string[]> {
  const { missing } = await calendarCoverageAt(db, Date.now());
  return missing.length ? [missingYearsWarning(missing).en] : [];
}

export function healthRouter(deps: { db: Db; temporal: Client; mailer: Transporter }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = await Promise.all([
      check('temporal', () => deps.temporal.workflowService.getSystemInfo({})),
      check('database', () => deps.db.$queryRaw`SELECT 1`),
      check('smtp', () => deps.mailer.verify()),
    ]);
    const ready = checks.every((c) => c.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks, warnings: ready ? await calendarWarnings(deps.db) : [] });
  });
  return router;
}
