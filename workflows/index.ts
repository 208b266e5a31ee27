export { dealWorkflow } from './deal/workflow';
export { morningDigestWorkflow } from './digest';
