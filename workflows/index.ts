export { dealWorkflow } from './deal/workflow';
export { approvalWorkflow } from './approval/workflow';
export { morningDigestWorkflow } from './digest';
