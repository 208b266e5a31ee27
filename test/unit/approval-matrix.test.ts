import { describe, expect, it } from 'vitest';
import { APPROVAL_KINDS, CURRENT_PROCESS_VERSION, type DealPosition, allowedMoves, approvalChain, judgeMove, processDefinition, roleAbove, stageApproval } from '../../process';
import { factsFor } from '../support/fixtures';

const def = processDefinition(CURRENT_PROCESS_VERSION);
const policy = def.approvals;
const NOW = Date.parse('2026-11-22T03:00:00Z');
const at = (stage: DealPosition['stage'], facts: Record<string, unknown> = {}): DealPosition => ({ stage, status: 'open', facts, reopenCount: 0 });
const quote = (discountPercent?: number) => ({ software: 500000, implementation: 200000, service: 100000, ...(discountPercent === undefined ? {} : { discountPercent }) });

describe('the approval matrix', () => {
  it('routes project initiation by amount: the supervisor, and an executive from 500,000', () => {
    expect(approvalChain(policy, 'stage_gate', 0)).toEqual([{ role: 'supervisor' }]);
    expect(approvalChain(policy, 'stage_gate', 499_999.99)).toEqual([{ role: 'supervisor' }]);
    expect(approvalChain(policy, 'stage_gate', 500_000)).toEqual([{ role: 'supervisor' }, { role: 'executive' }]);
    expect(approvalChain(policy, 'contract', 2_000_000)).toEqual([{ role: 'supervisor' }, { role: 'executive' }]);
    expect(approvalChain(policy, 'quote_discount', 10)).toEqual([{ role: 'executive' }]);
  });

  it('covers every kind at every amount, with a bilingual label', () => {
    for (const kind of Object.keys(APPROVAL_KINDS) as Array<keyof typeof APPROVAL_KINDS>) {
      for (const amount of [0, 1, 499_999, 500_000, 1e12]) expect(approvalChain(policy, kind, amount).length).toBeGreaterThan(0);
      expect(APPROVAL_KINDS[kind].en && APPROVAL_KINDS[kind]['zh-CN']).toBeTruthy();
    }
  });

  it('gates PROJECT_INITIATED always, and PRELIMINARY_APPROVAL only for a discount past policy', () => {
    expect(stageApproval(policy, 'PROJECT_INITIATED', {})?.kind).toBe('stage_gate');
    expect(stageApproval(policy, 'INTENT', {})).toBeUndefined();
    expect(stageApproval(policy, 'PRELIMINARY_APPROVAL', { preliminaryQuote: quote(15) })).toBeUndefined();
    const gate = stageApproval(policy, 'PRELIMINARY_APPROVAL', { preliminaryQuote: quote(15.5) });
    expect(gate?.kind).toBe('quote_discount');
    expect(gate?.amount({ amount: 1, facts: { preliminaryQuote: quote(20) } })).toBe(800_000);
  });

  it('climbs supervisor → executive → admin, then stops', () => {
    const { approvals } = processDefinition(CURRENT_PROCESS_VERSION);
    expect([roleAbove(approvals, 'supervisor'), roleAbove(approvals, 'executive'), roleAbove(approvals, 'admin'), roleAbove(approvals, undefined)]).toEqual(['executive', 'admin', undefined, 'executive']);
  });
});

describe('moves into a gated stage', () => {
  const intent = factsFor.INTENT('7b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11');
  const initiated = factsFor.PROJECT_INITIATED('1b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11');

  it('carries what must be approved', () => {
    const verdict = judgeMove(def, at('INTENT', { ...intent, ...initiated }), 'PROJECT_INITIATED', NOW);
    expect(verdict).toMatchObject({ ok: true, kind: 'forward', approval: { kind: 'stage_gate' } });
  });

  it('never skips past a gate, and does not offer to', () => {
    const verdict = judgeMove(def, at('LEAD', { ...intent, ...initiated }), 'PRELIMINARY_APPROVAL', NOW);
    expect(verdict).toMatchObject({ ok: false, refusal: 'not_allowed', reason: expect.stringMatching(/PROJECT_INITIATED needs approval/) });
    expect(allowedMoves(def, at('LEAD')).map((m) => m.to)).toEqual(['INTENT', 'PROJECT_INITIATED', 'LOST']);
    // Without a discount past policy PRELIMINARY_APPROVAL is no gate, so a skip from PROJECT_INITIATED may pass it.
    expect(allowedMoves(def, at('PROJECT_INITIATED', { preliminaryQuote: quote(5) })).map((m) => m.to)).toContain('NEGOTIATION');
    expect(allowedMoves(def, at('PROJECT_INITIATED', { preliminaryQuote: quote(30) })).map((m) => m.to)).not.toContain('NEGOTIATION');
  });

  it('moves back freely, gate or not', () => {
    expect(judgeMove(def, at('PROJECT_INITIATED'), 'INTENT', NOW, 'customer cooled down')).toEqual({ ok: true, kind: 'back' });
  });
});
