import { type Locale, type ProcessDefinition, type Stage as StageKey, stageDefinition } from '../../process';
import { type FieldError, Problem, conflict, forbidden, unprocessable } from '../http/problem';
import { say } from '../i18n/locale';
import { MESSAGES, t } from '../i18n/messages';
import type { DealRefusal } from './gateway';
import { presentUnmet } from './present';

/** What a workflow's refusal answers, for the routes that send it commands; a route may say more precisely. */
export const REFUSALS = {
  409: { description: 'Refused in this state; the problem says why, and what is allowed' },
  422: { description: 'Refused as given; `errors` names each field' },
} as const;

/** Refusals that need no process definition to explain: the approval workflow's, and a few of the deal's. */
export function commandRefusalProblem(refusal: DealRefusal): Problem {
  const d = refusal.detail;
  switch (d.refusal) {
    case 'invalid_input':
      return unprocessable('invalid-input', 'Invalid input', refusal.message, d.errors);
    case 'conflict':
      return conflict('conflict', refusal.message);
    case 'approval_pending':
      return conflict('approval-pending', refusal.message, { approvalId: d.approvalId, approvalUrl: `/api/v1/approvals/${d.approvalId}` });
    case 'approval_rejected':
      return conflict('approval-rejected', refusal.message, { approvalId: d.approvalId, approvalUrl: `/api/v1/approvals/${d.approvalId}` });
    case 'already_decided':
      return conflict('already-decided', refusal.message, { approvalStatus: d.status, decidedBy: d.decidedBy, at: d.at && new Date(d.at).toISOString() });
    case 'stale_link':
      return conflict('request-moved-on', refusal.message, { reason: d.reason, holderId: d.holderId });
    case 'forbidden':
      return forbidden(refusal.message);
    case 'not_found':
      return new Problem(404, 'not-found', 'Not found', refusal.message);
    default:
      return conflict('refused', refusal.message);
  }
}

/** Turns a refusal from the workflow into the answer the client gets: 409 for a wrong state, 422 for the rest. */
export function refusalProblem(refusal: DealRefusal, def: ProcessDefinition, locale: Locale): Problem {
  const d = refusal.detail;
  switch (d.refusal) {
    case 'not_allowed':
      return conflict('move-not-allowed', refusal.message, {
        stage: d.from,
        allowedMoves: d.allowed.map((m) => ({ ...m, label: say(stageDefinition(def, m.to).label, locale) })),
      });
    case 'gate_not_met': {
      const stageLabel = (s: StageKey) => say(stageDefinition(def, s).label, locale);
      const missing = presentUnmet(def, d.unmet, locale);
      const errors: FieldError[] = missing.map((m) => ({
        field: `facts.${m.key}`,
        message:
          m.problem === 'missing'
            ? t(MESSAGES.factMissing, locale, { fact: m.label, stage: stageLabel(m.stage) })
            : t(MESSAGES.factUnmet, locale, { fact: m.label, requirement: m.requirement ?? '' }),
      }));
      const target = d.unmet[d.unmet.length - 1].stage;
      return unprocessable('gate-not-met', 'Entry criteria not met', t(MESSAGES.gateNotMet, locale, { stage: stageLabel(target) }), errors, { missing });
    }
    case 'note_required':
      return unprocessable('note-required', 'A note is required', refusal.message, [{ field: 'body.note', message: t(MESSAGES.noteRequired, locale) }]);
    case 'invalid_facts':
      return unprocessable('invalid-facts', 'Invalid facts', refusal.message, d.errors.map((e) => ({ field: `body.${e.key}`, message: e.message })));
    case 'unknown_followup':
      return new Problem(404, 'not-found', 'Not found', refusal.message);
    default:
      return commandRefusalProblem(refusal);
    case 'idempotency_conflict':
      return unprocessable('idempotency-key-reused', 'Idempotency-Key reused', refusal.message, [
        { field: 'header.idempotency-key', message: 'already used for a request with a different body' },
      ]);
  }
}
