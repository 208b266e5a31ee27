import { describe, expect, it } from 'vitest';
import {
  APPROVAL_KINDS,
  CURRENT_PROCESS_VERSION,
  type DealPosition,
  MAX_MINOR,
  MoneyInput,
  allowedMoves,
  approvalChain,
  judgeMove,
  minor,
  processDefinition,
  roleAbove,
  stageApproval,
} from '../../process';
import { factsFor } from '../support/fixtures';

const def = processDefinition(CURRENT_PROCESS_VERSION);
const policy = def.approvals;
const NOW = Date.parse('2026-11-22T03:00:00Z');
const at = (stage: DealPosition['stage'], facts: Record<string, unknown> = {}): DealPosition => ({ stage, status: 'open', facts, reopenCount: 0 });
/** As the fact records it: parts in fen. */
const quote = (discountPercent?: number) => ({
  software: minor(500000_00),
  implementation: minor(200000_00),
  service: minor(100000_00),
  ...(discountPercent === undefined ? {} : { discountPercent }),
});

describe('the approval matrix', () => {
  it('routes project initiation by amount in fen: the supervisor, and an executive from 500,000.00', () => {
    expect(approvalChain(policy, 'stage_gate', minor(0))).toEqual([{ role: 'supervisor' }]);
    expect(approvalChain(policy, 'stage_gate', minor(499_999_99))).toEqual([{ role: 'supervisor' }]);
    expect(approvalChain(policy, 'stage_gate', minor(500_000_00))).toEqual([{ role: 'supervisor' }, { role: 'executive' }]);
    expect(approvalChain(policy, 'contract', minor(2_000_000_00))).toEqual([{ role: 'supervisor' }, { role: 'executive' }]);
    expect(approvalChain(policy, 'quote_discount', minor(10))).toEqual([{ role: 'executive' }]);
  });

  it('keeps its thresholds as data in minor units: 500,000 yuan is 50,000,000 fen', () => {
    const thresholds = policy.matrix.flatMap((r) => [r.minAmount, ...(r.maxAmount === undefined ? [] : [r.maxAmount])]);
    expect(new Set(thresholds)).toEqual(new Set([0, 50_000_000]));
    for (const t of thresholds) expect(Number.isSafeInteger(t)).toBe(true);
    // The very amount a request names routes the same as its fen: '499999.99' under the line, '500000' on it.
    expect(approvalChain(policy, 'contract', MoneyInput.parse('499999.99'))).toHaveLength(1);
    expect(approvalChain(policy, 'contract', MoneyInput.parse(500000))).toHaveLength(2);
  });

  it('covers every kind at every amount, with a bilingual label', () => {
    for (const kind of Object.keys(APPROVAL_KINDS) as Array<keyof typeof APPROVAL_KINDS>) {
      for (const amount of [0, 1, 49_999_999, 50_000_000, 1e14, MAX_MINOR].map(minor)) expect(approvalChain(policy, kind, amount).length).toBeGreaterThan(0);
      expect(APPROVAL_KINDS[kind].en && APPROVAL_KINDS[kind]['zh-CN']).toBeTruthy();
    }
  });

  it('gates PROJECT_INITIATED always, and PRELIMINARY_APPROVAL only for a discount past policy', () => {
    expect(stageApproval(policy, 'PROJECT_INITIATED', {})?.kind).toBe('stage_gate');
    expect(stageApproval(policy, 'INTENT', {})).toBeUndefined();
    expect(stageApproval(policy, 'PRELIMINARY_APPROVAL', { preliminaryQuote: quote(15) })).toBeUndefined();
    const gate = stageApproval(policy, 'PRELIMINARY_APPROVAL', { preliminaryQuote: quote(15.5) });
    expect(gate?.kind).toBe('quote_discount');
    expect(gate?.amount({ amount: minor(1), facts: { preliminaryQuote: quote(20) } })).toBe(800_000_00);
  });

  it('climbs supervisor → executive → admin, then stops', () => {
    const { approvals } = processDefinition(CURRENT_PROCESS_VERSION);
    expect([roleAbove(approvals, 'supervisor'), roleAbove(approvals, 'executive'), roleAbove(approvals, 'admin'), roleAbove(approvals, undefined)]).toEqual([
      'executive',
      'admin',
      undefined,
      'executive',
    ]);
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
