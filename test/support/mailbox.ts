/** Reads the MailDev catcher the test stack runs (GET <webUrl>/api/email). */

export interface CaughtAddress {
  address: string;
  name: string;
}

/** One message as MailDev's REST API lists it (the fields the tests read). */
export interface CaughtEmail {
  id: string;
  time: string;
  subject: string;
  from: CaughtAddress[];
  to: CaughtAddress[];
  cc?: CaughtAddress[];
  text?: string;
  html?: string;
  /** Lower-case names; `message-id` among them. */
  headers: Record<string, string>;
}

/** A predicate: the message is addressed (to or cc) to `address`. */
export const addressedTo =
  (address: string) =>
  (email: CaughtEmail): boolean =>
    [...email.to, ...(email.cc ?? [])].some((a) => a.address.toLowerCase() === address.toLowerCase());

export function mailbox(webUrl: string) {
  const list = async (): Promise<CaughtEmail[]> => {
    const response = await fetch(`${webUrl}/api/email`);
    if (!response.ok) throw new Error(`MailDev: GET /api/email answered ${response.status}`);
    return (await response.json()) as CaughtEmail[];
  };

  return {
    list,
    /** The first caught message that matches, waiting for it up to `timeoutMs`. */
    async waitFor(predicate: (email: CaughtEmail) => boolean, timeoutMs = 5_000): Promise<CaughtEmail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const emails = await list();
        const found = emails.find(predicate);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching email within ${timeoutMs} ms; caught: ${emails.map((e) => JSON.stringify(e.subject)).join(', ') || 'none'}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async countFor(address: string): Promise<number> {
      return (await list()).filter(addressedTo(address)).length;
    },
  };
}

export type Mailbox = ReturnType<typeof mailbox>;
