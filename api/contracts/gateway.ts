import type { Client } from '@temporalio/client';
import { collectionQuery, collectionWorkflowId } from '../../workflows/collection/messages';
import type { CollectionView } from '../../state/collection';
import { WorkflowGateway } from '../http/workflow-gateway';

export type CollectionGateway = WorkflowGateway<CollectionView>;

export const collectionGateway = (client: Client, queryTimeoutMs?: number): CollectionGateway =>
  new WorkflowGateway(
    client,
    { workflowId: collectionWorkflowId, query: collectionQuery, subject: (id) => `the collection of contract ${id}` },
    queryTimeoutMs,
  );
