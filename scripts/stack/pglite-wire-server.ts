/**
 * Serves one PGlite instance to many PostgreSQL clients over TCP.
 *
 * PGlite has a single backend session. Clients share it, one at a time: a connection that
 * sends a message owns the session until PGlite answers ReadyForQuery with status "idle",
 * i.e. until its extended-protocol batch (Parse..Sync) or its transaction (BEGIN..COMMIT) is
 * finished. Other connections wait meanwhile. This replaces @electric-sql/pglite-socket 0.1.6
 * (the last release for PGlite 0.4): it accepts one connection by default, and with
 * maxConnections > 1 it switches connections between single messages, so one client's Bind can
 * hit another client's Parse (electric-sql/pglite#1046).
 *
 * Consequences of the shared session, unlike a real server: session state (SET, named prepared
 * statements, temp tables, advisory locks, LISTEN) is visible to every connection, and a
 * connection that waits for another connection's open transaction deadlocks (it is logged).
 */
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import type { Log } from './log';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = Buffer.concat([Buffer.from([0x51, 0, 0, 0, 13]), Buffer.from('ROLLBACK\0')]);
const SLOW_WAIT_MS = 5_000;

export interface PGliteWireServer {
  port: number;
  close(): Promise<void>;
}

/** True when the last backend message in `reply` is ReadyForQuery with status idle. */
function endsIdle(reply: Uint8Array): boolean {
  const bytes = Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength);
  let last = -1;
  for (let at = 0; at + 5 <= bytes.length; at += 1 + bytes.readInt32BE(at + 1)) last = at;
  return last >= 0 && bytes[last] === READY_FOR_QUERY && bytes[last + 5] === IDLE;
}

/** Grants the single PGlite session to one connection at a time, in arrival order. */
class Session {
  private owner: number | undefined;
  private readonly waiting: Array<{ id: number; wake: () => void }> = [];

  constructor(
    private readonly db: PGlite,
    private readonly log: Log,
  ) {}

  async acquire(id: number): Promise<void> {
    if (this.owner === undefined) this.owner = id;
    if (this.owner === id) return;
    const slow = setTimeout(
      () => this.log(`connection #${id} has waited ${SLOW_WAIT_MS} ms for the session held by #${this.owner} (open transaction?)`),
      SLOW_WAIT_MS,
    );
    await new Promise<void>((wake) => this.waiting.push({ id, wake }));
    clearTimeout(slow);
  }

  /** Hands the session straight to the next waiting connection, so nobody can cut in. */
  release(id: number): void {
    if (this.owner !== id) return;
    const next = this.waiting.shift();
    this.owner = next?.id;
    next?.wake();
  }

  holds(id: number): boolean {
    return this.owner === id;
  }

  exec(message: Uint8Array): Promise<Uint8Array> {
    return this.db.runExclusive(() => this.db.execProtocolRaw(message));
  }
}

function serveConnection(socket: Socket, id: number, session: Session, log: Log): Promise<void> {
  let buffer = Buffer.alloc(0);
  let started = false;
  let running = false;
  let closed = false;
  let idle = true;

  /** Next complete frontend message, answering SSL/GSS requests (no) on the way. */
  const nextMessage = (): Buffer | undefined => {
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return undefined;
        const code = buffer.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          buffer = buffer.subarray(8);
          socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          socket.destroy(); // not supported: PGlite cannot interrupt a running query
          return undefined;
        }
      }
      const length = started ? (buffer.length >= 5 ? 1 + buffer.readInt32BE(1) : Infinity) : buffer.readInt32BE(0);
      if (buffer.length < length) return undefined;
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      started = true;
      return message;
    }
  };

  const handle = async (message: Buffer): Promise<void> => {
    if (message[0] === TERMINATE) {
      socket.end();
      return;
    }
    await session.acquire(id);
    const reply = await session.exec(message);
    if (reply.length > 0 && socket.writable) socket.write(reply);
    idle = endsIdle(reply);
    if (idle) session.release(id);
  };

  /** A client that vanished mid-batch or mid-transaction must not leave the session busy. */
  const cleanUp = async (): Promise<void> => {
    if (!session.holds(id)) return;
    if (!idle && !endsIdle(await session.exec(SYNC))) await session.exec(ROLLBACK);
    session.release(id);
  };

  return new Promise<void>((done) => {
    const pump = async (): Promise<void> => {
      if (running) return;
      running = true;
      try {
        for (let message = nextMessage(); message && !closed; message = nextMessage()) await handle(message);
      } catch (err) {
        log(`connection #${id} failed: ${(err as Error).message}`);
        socket.destroy();
      }
      running = false;
      if (closed) await cleanUp().then(done, done);
    };
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      void pump();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      closed = true;
      void pump();
    });
  });
}

export function servePGlite(options: { db: PGlite; host: string; port: number; log: Log }): Promise<PGliteWireServer> {
  const { db, host, port, log } = options;
  const session = new Session(db, log);
  const sockets = new Set<Socket>();
  const connections = new Set<Promise<void>>();
  let nextId = 1;

  const server = createServer((socket) => {
    sockets.add(socket);
    const connection = serveConnection(socket, nextId++, session, log).finally(() => {
      sockets.delete(socket);
      connections.delete(connection);
    });
    connections.add(connection);
  });

  const close = async (): Promise<void> => {
    const closedServer = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    for (const socket of sockets) socket.destroy();
    await Promise.all([closedServer, ...connections]);
  };

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', rejectStart);
      const address = server.address();
      resolveStart({ port: typeof address === 'object' && address ? address.port : port, close });
    });
  });
}
