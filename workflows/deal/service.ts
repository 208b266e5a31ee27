import { ParentClosePolicy, patched, startChild, workflowInfo } from '@temporalio/workflow';
import type { ProcessDefinition } from '../../process';
import type { ServiceStart } from '../../state/service';
import type { DealState, OwnerCalendar, TimelineType } from '../../state/deal';
import type { ServiceNews } from '../service/messages';
import { serviceWorkflowId } from '../service/messages';
import { serviceWorkflow } from '../service/workflow';
import { touch } from './timeline';

/** Deals signed before after-sales existed did not start a service. */
const SERVICE_WORKFLOW = 'service-workflow';

/** The implementation lead and their calendar run the contract's service (售后); it outlives the sale too, and answers by signal. */
export async function startService(state: DealState, def: ProcessDefinition, lead: { id: string; calendar?: OwnerCalendar }) {
  if (!patched(SERVICE_WORKFLOW)) return;
  const contract = state.contract!;
  const timing = { ...def.service, ...state.serviceTiming };
  const start: ServiceStart = {
    contractId: contract.id,
    reference: contract.reference,
    processVersion: def.version,
    processDocument: def.document,
    deal: { dealId: state.dealId, workflowId: workflowInfo().workflowId, title: state.title, ownerId: state.ownerId, accountId: state.accountId },
    signedAt: contract.signedAt!,
    engineerId: lead.id,
    hours: lead.calendar?.hours ?? state.owner.hours,
    supervisorId: lead.calendar ? lead.calendar.supervisorId : state.owner.supervisorId,
    region: contract.region ?? 'default',
    warrantyMonths: contract.warrantyMonths ?? timing.warrantyMonths,
    timing,
    support: state.supportTiming,
    timezone: def.timezone,
    holidays: state.holidays,
  };
  await startChild(serviceWorkflow, { workflowId: serviceWorkflowId(contract.id), args: [start], parentClosePolicy: ParentClosePolicy.ABANDON });
}

/** After-sales steps land on the deal's timeline. */
export function hearService(state: DealState, news: ServiceNews) {
  for (const s of news.steps)
    touch(state, `service_${s.type}` as TimelineType, s.actorId ? { id: s.actorId } : null, s.at, { contractId: news.contractId, ...s.data });
}
