export { dealWorkflow } from './deal/workflow';
export { approvalWorkflow } from './approval/workflow';
export { collectionWorkflow } from './collection/workflow';
export { tenderWorkflow } from './tender/workflow';
export { serviceWorkflow } from './service/workflow';
export { morningDigestWorkflow } from './digest';
export { ticketWorkflow } from './ticket/workflow';
export { calendarBroadcastWorkflow } from './calendar-broadcast';
