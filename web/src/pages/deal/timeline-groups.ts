/** The groups the timeline filter offers, and which entry types each holds. */
export const TIMELINE_GROUPS = ['moves', 'facts', 'activities', 'followUps', 'approvals', 'money', 'tender', 'service', 'system'] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export function groupOf(type: string): TimelineGroup {
  if (['created', 'stage_changed', 'lost', 'reopened'].includes(type)) return 'moves';
  if (type === 'facts_recorded') return 'facts';
  if (type === 'activity_logged') return 'activities';
  if (type.startsWith('followup_')) return 'followUps';
  if (type.startsWith('approval_')) return 'approvals';
  if (type.startsWith('contract_') || type.startsWith('collection_')) return 'money';
  if (type.startsWith('tender_')) return 'tender';
  if (type.startsWith('service_')) return 'service';
  return 'system';
}
