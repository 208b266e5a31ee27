import type { Client } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import { workflowFailure } from '../deals/gateway';

/** The API's way into one kind of workflow by its entity id: commands are Updates, a read is a Query. */
export class WorkflowGateway<View> {
  constructor(
    private readonly client: Client,
    private readonly spec: { workflowId: (id: string) => string; query: QueryDefinition<View>; subject: (id: string) => string },
    private readonly queryTimeoutMs = 5_000,
  ) {}

  private handle(id: string) {
    return this.client.workflow.getHandle(this.spec.workflowId(id));
  }

  async view(id: string): Promise<View> {
    return this.answer(id, () => this.client.withDeadline(Date.now() + this.queryTimeoutMs, () => this.handle(id).query(this.spec.query)));
  }

  async command<A>(id: string, update: UpdateDefinition<View, [A]>, arg: A): Promise<View> {
    return this.answer(id, () => this.handle(id).executeUpdate(update, { args: [arg] }));
  }

  /** An update without arguments that answers once the workflow has reached some point. */
  async waitFor(id: string, update: UpdateDefinition<View, []>): Promise<View> {
    return this.answer(id, () => this.handle(id).executeUpdate(update));
  }

  private async answer(id: string, call: () => Promise<View>): Promise<View> {
    try {
      return await call();
    } catch (err) {
      workflowFailure(err, this.spec.subject(id));
    }
  }
}
