import type { UpdateDefinition } from '@temporalio/common';
import type { Request } from 'express';
import type { Db } from '../../runtime/db';
import type { DealView } from '../../state/deal';
import type { AuthedUser } from '../auth/authenticate';
import { assertCanChange, canChange } from '../auth/policy';
import { localeOf } from '../i18n/locale';
import { Refused } from '../http/workflow-gateway';
import { refusalProblem } from '../http/refusal-problem';
import type { DealGateway } from './gateway';
import { dealHeader } from './header';
import { presentDeal } from './present';
import { definitionOf } from '../../runtime/process-versions';

/** The deal in the caller's language, with whether they may change it. */
export const presentFor = async (db: Db, view: DealView, req: Request, user: AuthedUser) =>
  presentDeal(await definitionOf(db, view.processVersion), view, localeOf(req, user.locale), await canChange(db, user, view.ownerId));

/** The deal, once the caller is known to be allowed to change it: check this before looking at the request's details. */
export async function changeableDeal(db: Db, gateway: DealGateway, user: AuthedUser, dealId: string) {
  const deal = await dealHeader(db, gateway, dealId);
  await assertCanChange(db, user, deal.ownerId);
  return deal;
}

/** The person a follow-up is assigned to may act on it, even on a deal they could not otherwise change. */
const ownsFollowUp = async (db: Db, user: AuthedUser, dealId: string, followUpId: string) =>
  (await db.followUp.count({ where: { id: followUpId, dealId, ownerId: user.id } })) > 0;

/** Sends commands to a deal the caller may change, and answers the workflow's refusals as problems. */
export function dealCommands(db: Db, gateway: DealGateway) {
  /** The deal as the command left it. */
  async function send<A>(
    dealId: string,
    req: Request,
    user: AuthedUser,
    update: UpdateDefinition<DealView, [A]>,
    arg: A,
    followUpId?: string,
  ): Promise<DealView> {
    const deal =
      followUpId && (await ownsFollowUp(db, user, dealId, followUpId))
        ? await dealHeader(db, gateway, dealId)
        : await changeableDeal(db, gateway, user, dealId);
    try {
      return await gateway.command(dealId, update, arg);
    } catch (err) {
      if (err instanceof Refused) throw refusalProblem(err, localeOf(req, user.locale), await definitionOf(db, deal.processVersion));
      throw err;
    }
  }
  /** The deal as the command left it, presented to the caller. */
  async function command<A>(...args: Parameters<typeof send<A>>) {
    return { body: await presentFor(db, await send(...args), args[1], args[2]) };
  }
  return { send, command };
}
