import { CURRENT_PROCESS_VERSION, type Locale, type ProcessDefinition, type Stage as StageKey, processDefinition, stageDefinition } from '../../process';
import { presentUnmet } from '../deals/present';
import { say } from '../i18n/locale';
import { MESSAGES, t } from '../i18n/messages';
import { type FieldError, Problem, conflict, forbidden, unprocessable } from './problem';
import type { Refused } from './workflow-gateway';

/** What a workflow's refusal answers, for the routes that send it commands; a route may say more precisely. */
export const REFUSALS = {
  409: { description: 'Refused in this state; the problem says why, and what is allowed' },
  422: { description: 'Refused as given; `errors` names each field' },
} as const;

/**
 * The answer to any workflow's refusal, in the caller's language: 409 for a wrong state, 422 for
 * the rest, 403 and 404 where the workflow says so. Stages and facts are named by the deal's
 * process definition; refusals of other workflows need none.
 */
export function refusalProblem(refusal: Refused, locale: Locale, def: ProcessDefinition = processDefinition(CURRENT_PROCESS_VERSION)): Problem {
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
      return unprocessable(
        'invalid-facts',
        'Invalid facts',
        refusal.message,
        d.errors.map((e) => ({ field: `body.${e.key}`, message: e.message })),
      );
    case 'unknown_followup':
      return new Problem(404, 'not-found', 'Not found', refusal.message);
    case 'idempotency_conflict':
      return unprocessable('idempotency-key-reused', 'Idempotency-Key reused', refusal.message, [
        { field: 'header.idempotency-key', message: 'already used for a request with a different body' },
      ]);
    default:
      return conflict('refused', refusal.message);
  }
}
