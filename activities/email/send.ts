import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../runtime/db';
import { whileBeating } from '../heartbeat';
import { type Person, findRecipients } from './recipients';
import { type TemplateName, type TemplateVars, renderEmail } from './templates';

export type { TemplateName, TemplateVars } from './templates';

export interface EmailRequestFor<N extends TemplateName> {
  /** One email per key, ever: derive it from the workflow id and the reminder or approval id. */
  key: string;
  dealId?: string;
  template: N;
  /** Contact ids: customers, who come first in "to". */
  toContacts?: string[];
  /** User ids. The first recipient's language and time zone shape the email: the first contact's, if any. */
  to: string[];
  /** User ids. */
  cc?: string[];
  vars: TemplateVars[N];
}

export type EmailRequest = { [N in TemplateName]: EmailRequestFor<N> }[TemplateName];

export interface EmailResult {
  messageId: string;
  /** True when an earlier attempt had sent it; nothing was sent this time. */
  alreadySent: boolean;
}

export interface EmailDeps {
  db: Db;
  transport: Transporter;
  /** The From header, e.g. "Dealflow <dealflow@example.com>"; its domain also ends each Message-ID. */
  from: string;
  /** Linked from every email's footer. */
  publicUrl?: string;
}

/**
 * A send holds its outbox row locked until the row says 'sent', so a concurrent send of the same key
 * waits and then finds it sent. Longer than the transport's own timeouts, or a slow send rolls back
 * and the retry sends again (with the same Message-ID).
 */
const SEND_HOLD_MS = 120_000;

/** The same key always gives the same Message-ID, so receivers can drop a resend after a crash between SMTP and the database. */
function messageIdFor(key: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'dealflow.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}

const mailbox = (p: Person) => ({ name: p.name, address: p.email });

/** A permanent SMTP refusal (5xx): sending again will not help. */
const rejectedForGood = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

export function emailActivities({ db, transport, from, publicUrl }: EmailDeps) {
  async function send<N extends TemplateName>(request: EmailRequestFor<N>): Promise<EmailResult> {
    const { key } = request;
    const people = await findRecipients(db, key, { toContacts: request.toContacts ?? [], to: request.to, cc: request.cc ?? [] });
    const [reader] = people.to;
    const email = renderEmail(request.template, request.vars, reader, publicUrl);
    const messageId = messageIdFor(key, from);

    const outcome = await db.$transaction(
      async (tx) => {
        await tx.emailOutbox.createMany({
          data: {
            key,
            dealId: request.dealId,
            to: people.to.map((p) => p.email),
            cc: people.cc.map((p) => p.email),
            subject: email.subject,
            template: request.template,
            locale: reader.locale,
            status: 'pending',
          },
          skipDuplicates: true,
        });
        const [row] = await tx.$queryRaw<Array<{ status: string; messageId: string | null }>>`
          SELECT "status", "messageId" FROM "EmailOutbox" WHERE "key" = ${key} FOR UPDATE`;
        if (row.status === 'sent') return { messageId: row.messageId ?? messageId, alreadySent: true };
        try {
          await transport.sendMail({ from, to: people.to.map(mailbox), cc: people.cc.map(mailbox), messageId, ...email });
        } catch (error) {
          // Commit the counted attempt, then fail so that Temporal retries.
          await tx.emailOutbox.update({ where: { key }, data: { attempts: { increment: 1 } } });
          return {
            error: rejectedForGood(error) ? ApplicationFailure.nonRetryable(`SMTP refused email ${key}: ${(error as Error).message}`, 'SmtpRejected') : error,
          };
        }
        await tx.emailOutbox.update({ where: { key }, data: { status: 'sent', messageId, sentAt: new Date(), attempts: { increment: 1 } } });
        return { messageId, alreadySent: false };
      },
      { maxWait: SEND_HOLD_MS, timeout: SEND_HOLD_MS },
    );
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  return {
    /** Sends the email once per key. Throws on SMTP failure (retried); unknown users or contacts, and contacts without an address, fail non-retryably. */
    async sendEmail<N extends TemplateName>(request: EmailRequestFor<N>): Promise<EmailResult> {
      return whileBeating(() => send(request));
    },
  };
}
