export { dealWorkflow } from './deal/workflow';
export { approvalWorkflow } from './approval/workflow';
export { collectionWorkflow } from './collection/workflow';
export { morningDigestWorkflow } from './digest';
