import type { ApproverRole, ApproverRule, WorkingHours } from '../../process';
import type { Db } from '../../runtime/db';

export interface ApproverQuery {
  approvalId: string;
  rule: ApproverRule;
  requesterId: string;
  /**
   * Who must not hold the request: the requester and the deal owner, and on escalation whoever holds
   * it now. A level's own rule may still name one of them (the workflow then skips the level, and
   * records why); a delegate, a fallback pick or an escalation never does.
   */
  exclude: string[];
  /** Escalation climbs past excluded people instead of naming them. */
  escalation: boolean;
  at: number;
}

export type ApproverFound =
  { found: true; approverId: string; assigneeId: string; onBehalfOf?: string; role?: ApproverRole; hours: WorkingHours } | { found: false; reason: string };

const MAX_REPORTING_LINE = 20;

interface Person {
  id: string;
  role: string;
  active: boolean;
  supervisorId: string | null;
  timezone: string;
  workdayStart: string;
  workdayEnd: string;
}
const PERSON = { id: true, role: true, active: true, supervisorId: true, timezone: true, workdayStart: true, workdayEnd: true } as const;

/** Finds who decides one level of a request right now: by role up the reporting line, by name, or by role anywhere; then their delegate. */
export function approverActivities(db: Db) {
  const person = (id: string) => db.user.findUnique({ where: { id }, select: PERSON });

  /** The first active user with `role` from `fromId` up the reporting line, the start included. */
  async function upTheLine(fromId: string, role: ApproverRole, passOver: string[]): Promise<Person | undefined> {
    let next: string | null = fromId;
    for (let hops = 0; next && hops < MAX_REPORTING_LINE; hops++) {
      const p: Person | null = await person(next);
      if (!p) return undefined;
      if (p.active && p.role === role && !passOver.includes(p.id)) return p;
      next = p.supervisorId;
    }
    return undefined;
  }

  /** Anyone active with the role, the one with the fewest pending requests first. */
  async function anyone(role: ApproverRole, exclude: string[]): Promise<Person | undefined> {
    const candidates = await db.user.findMany({
      where: { role, active: true, id: { notIn: exclude } },
      select: PERSON,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 50,
    });
    if (candidates.length <= 1) return candidates[0];
    const load = await db.approval.groupBy({ by: ['approverId'], where: { status: 'pending', approverId: { in: candidates.map((c) => c.id) } }, _count: true });
    const pending = new Map(load.map((l) => [l.approverId, l._count]));
    return candidates.reduce((best, c) => ((pending.get(c.id) ?? 0) < (pending.get(best.id) ?? 0) ? c : best));
  }

  async function delegateOf(approver: Person, at: number, exclude: string[]): Promise<Person | undefined> {
    const d = await db.delegation.findUnique({ where: { userId: approver.id } });
    if (!d || d.from.getTime() > at || d.until.getTime() <= at || exclude.includes(d.delegateId)) return undefined;
    const delegate = await person(d.delegateId);
    return delegate?.active ? delegate : undefined;
  }

  return {
    async resolveApprover(q: ApproverQuery): Promise<ApproverFound> {
      let approver: Person | undefined;
      let role: ApproverRole | undefined;
      if ('userId' in q.rule) {
        const named = await person(q.rule.userId);
        if (!named?.active) return { found: false, reason: `the named approver ${q.rule.userId} is not an active user` };
        approver = named;
      } else {
        role = q.rule.role;
        approver = (await upTheLine(q.requesterId, role, q.escalation ? q.exclude : [])) ?? (await anyone(role, q.exclude));
        if (!approver) return { found: false, reason: `no active user has the role ${role}` };
      }
      const delegate = await delegateOf(approver, q.at, q.exclude);
      const holder = delegate ?? approver;
      return {
        found: true,
        approverId: approver.id,
        assigneeId: holder.id,
        onBehalfOf: delegate ? approver.id : undefined,
        role,
        hours: { timezone: holder.timezone, start: holder.workdayStart, end: holder.workdayEnd },
      };
    },
  };
}
