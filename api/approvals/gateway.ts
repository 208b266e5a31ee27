import type { Client } from '@temporalio/client';
import { type ApprovalView, type DecisionInput, approvalQuery, approvalWorkflowId, decideUpdate, withdrawUpdate } from '../../workflows/approval/messages';
import type { Actor } from '../../workflows/deal/state';
import { workflowFailure } from '../deals/gateway';

/** The API's way into an approval's workflow: decisions and withdrawals are Updates, a read is a Query. */
export class ApprovalGateway {
  constructor(
    private readonly client: Client,
    private readonly queryTimeoutMs = 5_000,
  ) {}

  private handle(approvalId: string) {
    return this.client.workflow.getHandle(approvalWorkflowId(approvalId));
  }

  async view(approvalId: string): Promise<ApprovalView> {
    try {
      return await this.client.withDeadline(Date.now() + this.queryTimeoutMs, () => this.handle(approvalId).query(approvalQuery));
    } catch (err) {
      workflowFailure(err, `approval request ${approvalId}`);
    }
  }

  async decide(approvalId: string, input: DecisionInput): Promise<ApprovalView> {
    try {
      return await this.handle(approvalId).executeUpdate(decideUpdate, { args: [input] });
    } catch (err) {
      workflowFailure(err, `approval request ${approvalId}`);
    }
  }

  async withdraw(approvalId: string, actor: Actor, reason?: string): Promise<ApprovalView> {
    try {
      return await this.handle(approvalId).executeUpdate(withdrawUpdate, { args: [{ actor, reason }] });
    } catch (err) {
      workflowFailure(err, `approval request ${approvalId}`);
    }
  }
}
