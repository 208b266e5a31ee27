import { createServer } from 'node:net';

const HOST = '127.0.0.1';

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: HOST, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Ports handed out by freePort come from below Linux's ephemeral range (32768–60999). Ports the
 * kernel assigns on its own (outgoing connections, a server's internal listeners bound to port 0,
 * as the Temporal dev server does for its history and matching services) come from that range, so
 * they never race ours between our check and the child process's bind.
 */
const TEST_PORTS = { first: 20_000, last: 32_000 };
const handedOut = new Set<number>();

/** A port on 127.0.0.1 that was free a moment ago and not handed out before by this process (for tests). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = TEST_PORTS.first + Math.floor(Math.random() * (TEST_PORTS.last - TEST_PORTS.first));
    if (handedOut.has(port)) continue;
    const bound = await listenOnce(port).catch(() => undefined);
    if (bound === undefined) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port on ${HOST} between ${TEST_PORTS.first} and ${TEST_PORTS.last}`);
}

/**
 * Fails with a readable message when `port` cannot be bound on 127.0.0.1, e.g.
 * "port 7233 is in use: another Temporal? set TEMPORAL_ADDRESS to use it, or stop it".
 */
export async function assertPortFree(port: number, hint: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} is in use: ${hint}`);
    throw new Error(`cannot listen on ${HOST}:${port} (${code ?? String(err)}): ${hint}`);
  }
}
