/**
 * The bench's SMTP catcher, in a child process of its own so that the load generator's busy event
 * loop never delays a timestamp. It keeps nothing: for each message it reports the Message-ID and
 * the instant the DATA phase ended (the receipt) to the parent over IPC.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 1_000,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 32_768) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const at = Date.now();
      const id = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1] ?? null;
      process.send!({ type: 'mail', id, at });
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'listening', port: (server.server.address() as AddressInfo).port });
});
process.on('message', (m) => {
  if (m === 'stop') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
