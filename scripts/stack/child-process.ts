/** A long-running child process (dev server, mail catcher): output tail, readiness wait, graceful stop. */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from './log';

export interface ManagedProcess {
  /**
   * Polls `probe` (which throws while the service is not ready) until it succeeds. On timeout or
   * early exit, stops the process and throws an error that ends with the process output.
   */
  waitUntilReady(probe: () => Promise<unknown>, timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** Lines of output kept for the error message when the process does not come up. */
const OUTPUT_LINES = 40;

export function spawnManaged(options: {
  name: string;
  command: string;
  args: string[];
  log: Log;
  /** Log each stderr line as `<name>: <line>` while running (use with a quiet log level). */
  forwardStderr: boolean;
  stopGraceMs: number;
}): ManagedProcess {
  const { name, command, args, log, forwardStderr, stopGraceMs } = options;
  // stdin stays open and unused: it reaches EOF when this process dies, which a child may watch.
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let ended: string | undefined;
  let stopping = false;
  // If this process exits without stop() (uncaught error, process.exit), take the child along.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    const end = (how: string) => {
      if (ended === undefined && !stopping) log(`${name}: ${how}`);
      ended ??= how;
      process.off('exit', killOnExit);
      resolve();
    };
    child.once('error', (err) => end(`could not be started: ${err.message}`));
    child.once('exit', (code, signal) => end(`exited with ${signal ?? `code ${code}`}`));
  });

  const tail: string[] = [];
  const collect = (forward: boolean) => (chunk: Buffer) => {
    for (const line of chunk
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      tail.push(line);
      if (tail.length > OUTPUT_LINES) tail.shift();
      if (forward && !stopping) log(`${name}: ${line}`);
    }
  };
  child.stdout.on('data', collect(false));
  child.stderr.on('data', collect(forwardStderr));

  const output = () => tail.join('\n') || '(no output)';

  const stop = async (): Promise<void> => {
    stopping = true;
    if (ended !== undefined) return;
    child.kill('SIGTERM');
    const kill = setTimeout(() => {
      log(`${name}: still running ${stopGraceMs} ms after SIGTERM, sending SIGKILL`);
      child.kill('SIGKILL');
    }, stopGraceMs);
    await exited;
    clearTimeout(kill);
  };

  const waitUntilReady = async (probe: () => Promise<unknown>, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let lastError = 'not probed yet';
    while (ended === undefined && Date.now() < deadline) {
      try {
        await probe();
        return;
      } catch (err) {
        const { message, cause } = err as Error & { cause?: Error };
        lastError = cause ? `${message}: ${cause.message}` : message;
        await sleep(100);
      }
    }
    const why = ended ?? `not ready after ${timeoutMs} ms (last probe: ${lastError})`;
    await stop();
    throw new Error(`${name} did not start (${command} ${args.join(' ')}): ${why}\n--- last output ---\n${output()}`);
  };

  return { waitUntilReady, stop };
}
