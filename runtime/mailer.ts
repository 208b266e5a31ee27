import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';

/**
 * Pooled SMTP from a URL such as smtp://user:pass@host:587 (its query may set more nodemailer
 * options): a few connections kept open and reused instead of a handshake per email. The timeouts
 * stay well inside the email activity's hold on its outbox row, so a stalled send fails rather
 * than doubles.
 */
export const createMailer = (smtpUrl: string): Transporter =>
  nodemailer.createTransport({
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    maxConnections: 4,
  });
