import type { Client } from '@temporalio/client';
import { type CollectionView, collectionQuery, collectionWorkflowId } from '../../workflows/collection/messages';
import { WorkflowGateway } from '../http/workflow-gateway';

export type CollectionGateway = WorkflowGateway<CollectionView>;

export const collectionGateway = (client: Client, queryTimeoutMs?: number): CollectionGateway =>
  new WorkflowGateway(client, { workflowId: collectionWorkflowId, query: collectionQuery, subject: (id) => `the collection of contract ${id}` }, queryTimeoutMs);
