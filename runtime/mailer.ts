import nodemailer, { type Transporter } from 'nodemailer';

/** SMTP with timeouts well inside the email activity's hold on its outbox row, so a stalled send fails rather than doubles. */
export const createMailer = (smtpUrl: string): Transporter =>
  nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 });
