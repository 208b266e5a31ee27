/** MailDev as a child process: an SMTP server that keeps every message, plus its web UI and REST API. */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnManaged } from './child-process';
import type { Log } from './log';

export interface MailCatcher {
  smtpUrl: string;
  /** Web UI; GET `${webUrl}/api/email` lists the caught messages as JSON. */
  webUrl: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 5_000;

/** maildev's CLI script. Its "exports" only allow `import`, so look for the package the way Node does. */
async function maildevBin(): Promise<string> {
  for (const dir of createRequire(import.meta.url).resolve.paths('maildev') ?? []) {
    const bin = join(dir, 'maildev', 'dist', 'bin', 'maildev.js');
    if (
      await access(bin).then(
        () => true,
        () => false,
      )
    )
      return bin;
  }
  throw new Error('the maildev package is not installed (run npm install)');
}

export async function startMailCatcher(options: { smtpPort: number; webPort: number; log: Log }): Promise<MailCatcher> {
  const { smtpPort, webPort, log } = options;
  const smtpUrl = `smtp://${HOST}:${smtpPort}`;
  const webUrl = `http://${HOST}:${webPort}`;
  const started = Date.now();
  // MailDev writes every message to disk; a private folder keeps runs apart and goes away on stop.
  const mailDirectory = await mkdtemp(join(tmpdir(), 'dealflow-mail-'));
  const args = [await maildevBin(), '-s', String(smtpPort), '-w', String(webPort), '--ip', HOST, '--web-ip', HOST];
  args.push('--mail-directory', mailDirectory);
  const maildev = spawnManaged({ name: 'maildev', command: process.execPath, args, log, forwardStderr: true, stopGraceMs: STOP_GRACE_MS });
  try {
    // MailDev opens its web server after the SMTP server, so an answering API means both are up.
    await maildev.waitUntilReady(async () => {
      const response = await fetch(`${webUrl}/api/email`, { signal: AbortSignal.timeout(1_000) });
      if (!response.ok) throw new Error(`GET /api/email answered ${response.status}`);
    }, START_TIMEOUT_MS);
  } catch (err) {
    await rm(mailDirectory, { recursive: true, force: true });
    throw err;
  }
  log(`mail: MailDev catching ${smtpUrl}, inbox at ${webUrl} (started in ${Date.now() - started} ms)`);

  return {
    smtpUrl,
    webUrl,
    async stop() {
      await maildev.stop();
      await rm(mailDirectory, { recursive: true, force: true });
      log(`mail: MailDev on ${smtpUrl} stopped`);
    },
  };
}
