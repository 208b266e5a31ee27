import type { Db } from '../../runtime/db';
import type { SignInSettings } from './settings';
import { resetAccountKey, resetAddressKey, withinAllowance } from './throttle';

/**
 * Counts a forgot-password request against the client's address and, while the address is within
 * its allowance, against the email asked for (known or not, so the count tells nothing either).
 * True when a reset email may go: nobody can flood an inbox, or the mail server, from here.
 */
export async function withinResetAllowance(
  db: Db,
  policy: SignInSettings['resetThrottle'],
  email: string,
  address: string,
  now = new Date(),
): Promise<boolean> {
  if (!(await withinAllowance(db, resetAddressKey(address), now, policy.perAddress))) return false;
  return withinAllowance(db, resetAccountKey(email), now, policy.perAccount);
}
