/** The two people on the asking side of a request: who made it, and who owns the deal. */
export interface RequestingSide {
  requesterId: string;
  ownerId: string;
}

/** Why a person may not decide a request (职责分离): they are on its asking side. */
export const DUTY_CONFLICTS = {
  requester: 'the approver made the request',
  owner: 'the approver owns the deal',
} as const;
export type DutyConflict = keyof typeof DUTY_CONFLICTS;

/** Who may withdraw a request, and who never decides it. */
export const requestingSide = (side: RequestingSide): string[] => [side.requesterId, side.ownerId];

export function dutyConflict(side: RequestingSide, userId: string): DutyConflict | undefined {
  if (userId === side.requesterId) return 'requester';
  if (userId === side.ownerId) return 'owner';
  return undefined;
}
