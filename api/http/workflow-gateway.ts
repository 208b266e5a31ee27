import { ApplicationFailure, type QueryDefinition, type UpdateDefinition, WorkflowNotFoundError } from '@temporalio/common';
import { type Client, ServiceError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { RefusalDetail } from '../../workflows/shared/refusals';
import { Problem, notFound } from './problem';
import { executeUpdate } from './resent-update';

/** A command a workflow refused before it entered history; `refusalProblem` says what the client hears. */
export class Refused extends Error {
  constructor(
    readonly detail: RefusalDetail,
    message: string,
  ) {
    super(message);
  }
}

/** A workflow's answer as the API gives it: a refusal, 404 for an unknown id, 503 when no worker answers in time. */
export function workflowFailure(err: unknown, subject: string): never {
  if (err instanceof WorkflowNotFoundError || (err as { code?: number })?.code === 5) throw notFound(subject);
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.details?.length)
    throw new Refused(err.cause.details[0] as RefusalDetail, err.cause.message);
  const grpcCode = (err as { code?: number; cause?: { code?: number } })?.code ?? (err as { cause?: { code?: number } })?.cause?.code;
  if (err instanceof ServiceError || grpcCode === 9 || grpcCode === 14)
    throw new Problem(503, 'workflow-unavailable', 'Service unavailable', `${subject} did not answer in time: is a worker running? Try again shortly`, {
      retryAfterSeconds: 5,
    });
  throw err;
}

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
    return this.answer(id, () => executeUpdate(this.handle(id), update, arg));
  }

  /** An update without arguments that answers once the workflow has reached some point. */
  async waitFor(id: string, update: UpdateDefinition<View, []>): Promise<View> {
    return this.answer(id, () => executeUpdate(this.handle(id), update));
  }

  private async answer(id: string, call: () => Promise<View>): Promise<View> {
    try {
      return await call();
    } catch (err) {
      workflowFailure(err, this.spec.subject(id));
    }
  }
}
