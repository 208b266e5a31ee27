import type { FollowUpTiming, ProcessDefinition } from '../../process';
import type { DealState } from '../../state/deal';

export { dueAfter, landInWorkingHours } from '../../process';

export const timingOf = (state: DealState, def: ProcessDefinition): FollowUpTiming => ({ ...def.followUps, ...state.timing });
