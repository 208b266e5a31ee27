import { z } from 'zod';
import { CHECKLIST_ITEMS, TICKET_PRIORITIES, TRAINEE_KINDS, type TraineeKind } from '../../process';
import { Timestamp } from '../http/formats';

const text = (max: number) => z.string().trim().min(1).max(max);
const names = z.array(text(200)).min(1).max(50);

export const ItemParams = z.strictObject({ id: z.uuid(), item: z.enum(CHECKLIST_ITEMS) });

export const ChecklistChange = z
  .strictObject({
    done: z.boolean().meta({ description: 'true completes the item, false reopens it' }),
    note: z.string().trim().max(2000).optional(),
    reason: z.string().trim().max(2000).optional().meta({ description: 'Why a done item reopens; required to reopen' }),
  })
  .meta({ id: 'ChecklistChange' });

export const NewTraining = z
  .strictObject({
    heldAt: Timestamp,
    trainers: names,
    trainees: z
      .array(
        z.strictObject({
          name: text(200),
          kind: z.enum(Object.keys(TRAINEE_KINDS) as [TraineeKind, ...TraineeKind[]]),
          score: z.number().meta({ description: 'The assessment, on the scale of the process (0–100 by default)' }),
        }),
      )
      .min(1)
      .max(200),
    topics: z.array(text(200)).min(1).max(50),
  })
  .meta({ id: 'NewTraining' });

export const NewAcceptance = z
  .strictObject({
    signedBy: text(200).meta({ description: 'The customer’s person who signed the acceptance' }),
    signedAt: Timestamp,
    remarks: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'NewAcceptance' });

const TicketFields = { title: text(200), description: text(8000), priority: z.enum(TICKET_PRIORITIES) };

export const NewTicket = z.strictObject({ contractId: z.uuid(), ...TicketFields, reportedBy: text(200), reportedAt: Timestamp }).meta({ id: 'NewTicket' });

export const NewVisit = z
  .strictObject({ contractId: z.uuid(), dueAt: Timestamp, assigneeId: z.uuid().optional(), purpose: text(2000) })
  .meta({ id: 'NewVisit', description: 'An ad-hoc technical visit (技术性回访)' });

export const VisitRecordBody = z
  .strictObject({
    visitedAt: Timestamp,
    visitors: names,
    customerContacts: names,
    checked: text(8000),
    problems: z.string().trim().max(8000),
    actions: z.string().trim().max(8000),
    satisfaction: z.number().int().min(1).max(5),
    confirmedBy: z.strictObject({ name: text(200), at: Timestamp }),
    ticket: z.strictObject(TicketFields).optional().meta({ description: 'Opens a support ticket for a problem found, in the same step' }),
  })
  .meta({ id: 'VisitRecord', description: 'The written record of a visit (《工程回访记录》)' });

export const VisitQuery = z.strictObject({
  assignee: z.union([z.literal('me'), z.uuid()]).optional(),
  dueBefore: Timestamp.optional(),
  status: z.enum(['planned', 'recorded']).default('planned'),
});
