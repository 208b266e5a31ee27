import { describe, expect, it } from 'vitest';
import { createMailer } from '../../runtime/mailer';

describe('createMailer', () => {
  it('keeps the URL’s host, port and credentials and applies the pool and timeouts beside it', () => {
    const mailer = createMailer('smtp://user:secret@mail.example.com:2525');
    try {
      const options = (mailer.transporter as unknown as { options: Record<string, unknown> }).options;
      expect(options).toMatchObject({ host: 'mail.example.com', port: 2525, auth: { user: 'user', pass: 'secret' } });
      expect(options).toMatchObject({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000, maxConnections: 4 });
      expect(mailer.transporter.name).toBe('SMTP (pool)');
    } finally {
      mailer.close();
    }
  });

  it('lets the URL override a default', () => {
    const mailer = createMailer('smtp://mail.example.com:25?socketTimeout=5000');
    try {
      expect((mailer.transporter as unknown as { options: { socketTimeout: number } }).options.socketTimeout).toBe(5000);
    } finally {
      mailer.close();
    }
  });
});
