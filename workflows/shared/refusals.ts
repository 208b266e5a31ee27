import { ApplicationFailure } from '@temporalio/workflow';
import type { FactError, Refusal, Stage } from '../../process';

/**
 * Why a command was refused before it entered history. The failure `type` is the
 * contract with the API, which answers 404 for an unknown follow-up, 403 for the wrong person, 409 for a wrong state and 422 for the rest.
 */
export type RefusalDetail =
  | Refusal
  | { refusal: 'invalid_facts'; errors: FactError[] }
  | { refusal: 'idempotency_conflict' }
  | { refusal: 'invalid_input'; errors: { field: string; message: string }[] }
  | { refusal: 'unknown_followup'; followUpId: string }
  | { refusal: 'conflict'; reason: string }
  | { refusal: 'approval_pending'; approvalId: string; stage?: Stage }
  | { refusal: 'approval_rejected'; approvalId: string; stage?: Stage }
  | { refusal: 'already_decided'; status: string; decidedBy?: string; at?: number }
  | { refusal: 'stale_link'; reason: 'escalated' | 'moved_on'; holderId?: string }
  | { refusal: 'forbidden'; reason: string }
  | { refusal: 'not_found'; what: string };

export function refuse(detail: RefusalDetail, message: string): never {
  throw ApplicationFailure.create({ type: detail.refusal, message, details: [detail], nonRetryable: true });
}
