import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { ACTIVITY_TYPES, TICKET_PRIORITIES, missingYearsWarning } from '../../process';
import { calendarCoverageAt } from '../../runtime/calendar-years';
import { currentDefinition, definitionOf } from '../../runtime/process-versions';
import { unprocessable } from '../http/problem';
import type { Db } from '../../runtime/db';
import { route } from '../http/route';
import { localeOf, say } from '../i18n/locale';

const Label = z.string();
const ProcessDefinition = z
  .object({
    version: z.number().int(),
    stages: z.array(
      z.object({
        key: z.string(),
        label: Label,
        probability: z.number(),
        entryFacts: z.array(
          z.object({
            key: z.string(),
            label: Label,
            requirement: Label.optional(),
            system: z.boolean().meta({ description: 'Recorded by the process itself, not by people' }),
            references: z.enum(['contact', 'user']).optional().meta({ description: 'The value lists ids of these records' }),
            schema: z.record(z.string(), z.unknown()).meta({ description: 'The JSON Schema of its value' }),
          }),
        ),
      }),
    ),
    lostReasons: z.array(z.object({ key: z.string(), label: Label })),
    activityTypes: z.array(z.object({ key: z.string(), label: Label })),
    reopenLimit: z.number().int(),
    dunningLadder: z
      .array(z.object({ key: z.string(), label: Label, offsetDays: z.number().int(), cc: z.array(z.string()) }))
      .meta({ description: 'The reminders chasing an installment: days from its due date, and who is copied besides the billing contact' }),
    ticketPriority: z.enum(TICKET_PRIORITIES).meta({ description: 'The priority a new support ticket is offered with' }),
    holidayCalendar: z
      .object({
        version: z.number().int(),
        covered: z.array(z.number().int()),
        missing: z
          .array(z.number().int())
          .meta({ description: 'This year, and next year from 1 November, when the calendar has no holidays for them: their dates count weekends only' }),
        warning: z.string().nullable(),
      })
      .meta({ description: 'The business calendar workflows started now are handed (GET /calendar/years)' }),
  })
  .meta({ id: 'ProcessDefinition' });

/** The sales process as data, so a client can build forms and checklists from it. */
export function processRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();
  route(router, registry, {
    method: 'get',
    path: '/process',
    tag: 'process',
    summary: 'The sales process definition: stages, their entry facts, lost reasons',
    query: z.strictObject({
      version: z.coerce.number().int().positive().optional().meta({ description: 'A published version; absent, the current one, which new deals pin' }),
    }),
    responses: { 200: { description: 'The process definition', schema: ProcessDefinition }, 422: { description: 'The version asked for is not published' } },
    handler: async ({ query, user, req }) => {
      const locale = localeOf(req, user.locale);
      const def =
        query.version === undefined
          ? await currentDefinition(db)
          : await definitionOf(db, query.version).catch(() => {
              throw unprocessable('unknown-version', 'Unknown process version', `process version ${query.version} is not published`, [
                { field: 'query.version', message: 'not a published process version' },
              ]);
            });
      const stage = (s: (typeof def.funnel)[number]) => ({
        key: s.key,
        label: say(s.label, locale),
        probability: s.probability,
        entryFacts: s.entryFacts.map((key) => {
          const f = def.facts.get(key)!;
          return {
            key,
            label: say(f.label, locale),
            requirement: f.requirement && say(f.requirement.label, locale),
            system: !!f.system,
            references: f.references,
            schema: z.toJSONSchema(f.schema, { unrepresentable: 'any', io: 'input' }),
          };
        }),
      });
      const coverage = await calendarCoverageAt(db, Date.now());
      return {
        body: {
          version: def.version,
          stages: [...def.funnel.map(stage), stage(def.lost)],
          lostReasons: Object.entries(def.lostReasons).map(([key, l]) => ({ key, label: say(l, locale) })),
          activityTypes: Object.entries(ACTIVITY_TYPES).map(([key, l]) => ({ key, label: say(l, locale) })),
          reopenLimit: def.reopenLimit,
          dunningLadder: def.collection.ladder.map((r) => ({ key: r.key, label: say(r.label, locale), offsetDays: r.offsetDays, cc: [...r.cc] })),
          ticketPriority: def.support.defaultPriority,
          holidayCalendar: { ...coverage, warning: coverage.missing.length ? say(missingYearsWarning(coverage.missing), locale) : null },
        },
      };
    },
  });
  return router;
}
