import { type UpdateDefinition, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { createDeal, dealQuery, dealWorkflowId, ownerCalendarSignal } from '../../workflows/deal/messages';
import type { DealCreation, DealView, OwnerCalendar } from '../../state/deal';
import type { ProcessDocument } from '../../process/document';
import type { DealWorkflowInput, dealWorkflow } from '../../workflows/deal/workflow';
import { conflict } from '../http/problem';
import { workflowFailure } from '../http/workflow-gateway';
import { executeUpdate, resendingDropped } from '../http/resent-update';

function translate(err: unknown, dealId: string): never {
  if (err instanceof WorkflowExecutionAlreadyStartedError)
    throw conflict('deal-ended', `deal ${dealId} existed and has ended; use a new Idempotency-Key for a new deal`);
  workflowFailure(err, `deal ${dealId}`);
}

/** The API's only way into a deal's workflow: every command is an Update, every read of one deal a Query. */
export class DealGateway {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    /** How long a read of one deal waits for its workflow to answer. */
    private readonly queryTimeoutMs = 5_000,
  ) {}

  /** Starts the deal on `processDocument`, the published version it pins, or on a built-in version when none is given. */
  async create(creation: DealCreation, processDocument?: ProcessDocument): Promise<DealView> {
    const input: DealWorkflowInput = { creation, ...(processDocument && { processDocument }) };
    const start = () =>
      new WithStartWorkflowOperation<typeof dealWorkflow>('dealWorkflow', {
        workflowId: dealWorkflowId(creation.dealId),
        taskQueue: this.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        // A deal's id is never reused, not even after its workflow has ended.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    try {
      return await resendingDropped((updateId) =>
        this.client.workflow.executeUpdateWithStart(createDeal, { updateId, args: [{ fingerprint: creation.fingerprint }], startWorkflowOperation: start() }),
      );
    } catch (err) {
      translate(err, creation.dealId);
    }
  }

  async view(dealId: string): Promise<DealView> {
    try {
      const handle = this.client.workflow.getHandle(dealWorkflowId(dealId));
      return await this.client.withDeadline(Date.now() + this.queryTimeoutMs, () => handle.query(dealQuery));
    } catch (err) {
      translate(err, dealId);
    }
  }

  async tellOwnerCalendar(dealId: string, owner: OwnerCalendar): Promise<void> {
    await this.client.workflow.getHandle(dealWorkflowId(dealId)).signal(ownerCalendarSignal, owner);
  }

  async command<A>(dealId: string, update: UpdateDefinition<DealView, [A]>, arg: A): Promise<DealView> {
    try {
      return await executeUpdate(this.client.workflow.getHandle(dealWorkflowId(dealId)), update, arg);
    } catch (err) {
      translate(err, dealId);
    }
  }
}
