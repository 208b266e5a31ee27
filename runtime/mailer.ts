import nodemailer, { type Transporter } from 'nodemailer';

/**
 * Pooled SMTP from a URL such as smtp://user:pass@host:587 (its query may set more nodemailer
 * options): a few connections kept open and reused instead of a handshake per email. The timeouts
 * stay well inside the email activity's hold on its outbox row, so a stalled send fails rather
 * than doubles. Keys beside `url` apply where the URL does not set them.
 */
export const createMailer = (smtpUrl: string): Transporter =>
  nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    pool: true,
    maxConnections: 4,
  });
