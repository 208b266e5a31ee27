import type { UpdateDefinition } from '@temporalio/common';
import type { Client } from '@temporalio/client';
import { type CollectionView, collectionQuery, collectionWorkflowId } from '../../workflows/collection/messages';
import { workflowFailure } from '../deals/gateway';

/** The API's way into a contract's CollectionWorkflow: commands are Updates, a read is a Query. */
export class CollectionGateway {
  constructor(
    private readonly client: Client,
    private readonly queryTimeoutMs = 5_000,
  ) {}

  private handle(contractId: string) {
    return this.client.workflow.getHandle(collectionWorkflowId(contractId));
  }

  async view(contractId: string): Promise<CollectionView> {
    try {
      return await this.client.withDeadline(Date.now() + this.queryTimeoutMs, () => this.handle(contractId).query(collectionQuery));
    } catch (err) {
      workflowFailure(err, `the collection of contract ${contractId}`);
    }
  }

  async command<A>(contractId: string, update: UpdateDefinition<CollectionView, [A]>, arg: A): Promise<CollectionView> {
    try {
      return await this.handle(contractId).executeUpdate(update, { args: [arg] });
    } catch (err) {
      workflowFailure(err, `the collection of contract ${contractId}`);
    }
  }
}
