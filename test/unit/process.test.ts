import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROCESS_VERSION,
  type DealPosition,
  addMonths,
  allowedMoves,
  checkFactPatch,
  judgeLost,
  judgeMove,
  judgeReopen,
  nextGate,
  processDefinition,
} from '../../process';

const def = processDefinition(CURRENT_PROCESS_VERSION);
const NOW = Date.parse('2026-11-22T03:00:00Z');

const intentFacts = {
  industry: 'Manufacturing',
  companySize: '200-999',
  itBaseline: { software: 'ERP from 2012' },
  needSummary: 'Replace paper-based quoting',
  contactIds: ['7b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11'],
  interestConfirmed: true,
  sponsor: 'CFO Wang',
};
const initiatedFacts = {
  requirements: 'Quotes, contracts, payment tracking',
  budget: 800000,
  selectionTeam: ['CFO Wang', 'IT lead Li'],
  decisionTimeline: '2027-03-01',
  competitors: [],
  projectTeam: ['1b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11'],
};
const at = (stage: DealPosition['stage'], facts: Record<string, unknown> = {}): DealPosition => ({ stage, status: 'open', facts, reopenCount: 0 });

describe('funnel definition', () => {
  it('has bilingual labels and rising probabilities', () => {
    for (const s of def.funnel) expect(s.label['zh-CN'] && s.label.en).toBeTruthy();
    const p = def.funnel.map((s) => s.probability);
    expect(p).toEqual([...p].sort((a, b) => a - b));
    expect(def.funnel.map((s) => s.key)).toEqual(['LEAD', 'INTENT', 'PROJECT_INITIATED', 'PRELIMINARY_APPROVAL', 'NEGOTIATION', 'WON']);
  });

  it('knows every fact a gate asks for', () => {
    for (const s of def.funnel) for (const key of s.entryFacts) expect(def.facts.has(key), key).toBe(true);
  });

  it('refuses an unknown version', () => {
    expect(() => processDefinition(99)).toThrow(/unknown process version 99/);
  });
});

describe('recording facts', () => {
  it('accepts well-formed facts and null to clear', () => {
    expect(checkFactPatch(def, { ...intentFacts, budget: null })).toEqual([]);
  });

  it('names each bad key', () => {
    const errors = checkFactPatch(def, { companySize: 'huge', budget: -1, nonsense: 1, contractSigned: true, decisionTimeline: '2026-02-30' });
    expect(errors.map((e) => e.key).sort()).toEqual(['budget', 'companySize', 'contractSigned', 'decisionTimeline', 'nonsense']);
    expect(errors.find((e) => e.key === 'contractSigned')?.message).toMatch(/set by the process/);
  });

  it('checks nested shapes', () => {
    expect(checkFactPatch(def, { itBaseline: {} })[0].message).toMatch(/at least one/);
    expect(checkFactPatch(def, { preliminaryQuote: { software: 1, implementation: 1 } })[0].key).toBe('preliminaryQuote.service');
    expect(checkFactPatch(def, { negotiationSchedule: { signingAt: '2027-01-10' } })[0].message).toMatch(/bid date or a negotiation date/);
  });
});

describe('moves', () => {
  it('goes forward one stage when its facts are on record', () => {
    expect(judgeMove(def, at('LEAD', intentFacts), 'INTENT', NOW)).toEqual({ ok: true, kind: 'forward' });
  });

  it('names every missing fact of the next stage', () => {
    const verdict = judgeMove(def, at('LEAD', { industry: 'x' }), 'INTENT', NOW);
    expect(verdict.ok).toBe(false);
    if (verdict.ok || verdict.refusal !== 'gate_not_met') throw new Error('expected gate_not_met');
    expect(verdict.unmet.map((u) => u.key)).toEqual(['companySize', 'itBaseline', 'needSummary', 'contactIds', 'interestConfirmed', 'sponsor']);
  });

  it('tells an unmet requirement from a missing fact', () => {
    const verdict = judgeMove(def, at('INTENT', { ...initiatedFacts, budget: 0 }), 'PROJECT_INITIATED', NOW);
    if (verdict.ok || verdict.refusal !== 'gate_not_met') throw new Error('expected gate_not_met');
    expect(verdict.unmet).toEqual([{ key: 'budget', problem: 'unmet', stage: 'PROJECT_INITIATED' }]);
  });

  it('skips only with the facts of every skipped stage', () => {
    expect(judgeMove(def, at('LEAD', initiatedFacts), 'PROJECT_INITIATED', NOW)).toMatchObject({ ok: false, refusal: 'gate_not_met' });
    expect(judgeMove(def, at('LEAD', { ...intentFacts, ...initiatedFacts }), 'PROJECT_INITIATED', NOW)).toMatchObject({
      ok: true,
      kind: 'forward',
      approval: { kind: 'stage_gate' },
    });
  });

  it('checks the expected signing date against the moment of the move', () => {
    const facts = { solutionAccepted: true, shortlisted: true, preliminaryQuote: { software: 1, implementation: 0, service: 0 }, winProbability: 60 };
    const move = (expectedSignDate: string, now = NOW) => judgeMove(def, at('PROJECT_INITIATED', { ...facts, expectedSignDate }), 'PRELIMINARY_APPROVAL', now);
    expect(move('2027-02-22')).toEqual({ ok: true, kind: 'forward' });
    expect(move('2027-02-23')).toMatchObject({ ok: false, refusal: 'gate_not_met' });
    expect(move('2026-11-21')).toMatchObject({ ok: false, refusal: 'gate_not_met' });
    // 01:00 on 23 Nov in Shanghai is still 22 Nov in UTC: "today" is the company's day.
    expect(move('2027-02-23', Date.parse('2026-11-22T17:00:00Z'))).toEqual({ ok: true, kind: 'forward' });
  });

  it('needs a note to move back', () => {
    expect(judgeMove(def, at('PROJECT_INITIATED'), 'INTENT', NOW)).toEqual({ ok: false, refusal: 'note_required' });
    expect(judgeMove(def, at('PROJECT_INITIATED'), 'LEAD', NOW, 'budget frozen')).toEqual({ ok: true, kind: 'back' });
  });

  it('refuses moves that make no sense, naming what is allowed', () => {
    const same = judgeMove(def, at('INTENT'), 'INTENT', NOW);
    expect(same).toMatchObject({ ok: false, refusal: 'not_allowed' });
    if (same.ok || same.refusal !== 'not_allowed') throw new Error();
    expect(same.allowed.map((m) => `${m.kind}:${m.to}`)).toEqual(['back:LEAD', 'forward:PROJECT_INITIATED', 'lost:LOST']);
    expect(judgeMove(def, at('INTENT'), 'NOWHERE' as never, NOW, 'a note')).toMatchObject({
      refusal: 'not_allowed',
      reason: expect.stringMatching(/not a stage/),
    });
    expect(judgeMove(def, at('INTENT'), 'LOST', NOW)).toMatchObject({ refusal: 'not_allowed' });
    expect(judgeMove(def, { ...at('LEAD'), status: 'lost', stage: 'LOST' }, 'INTENT', NOW)).toMatchObject({ refusal: 'not_allowed' });
  });

  it('keeps WON out of the moves anyone can ask for until the contract process sets its facts', () => {
    expect(judgeMove(def, at('NEGOTIATION'), 'WON', NOW)).toMatchObject({
      ok: false,
      refusal: 'not_allowed',
      reason: expect.stringMatching(/contract process/),
    });
    expect(allowedMoves(def, at('NEGOTIATION')).map((m) => m.to)).not.toContain('WON');
    expect(judgeMove(def, at('NEGOTIATION', { contractSigned: true }), 'WON', NOW)).toMatchObject({ refusal: 'not_allowed' });
    expect(judgeMove(def, at('NEGOTIATION', { contractSigned: true, firstPaymentConfirmed: true }), 'WON', NOW)).toEqual({ ok: true, kind: 'forward' });
  });
});

describe('lost and reopen', () => {
  it('loses from any open stage, reopens once into that stage', () => {
    expect(judgeLost(def, at('NEGOTIATION'))).toEqual({ ok: true });
    const lost: DealPosition = { stage: 'LOST', status: 'lost', facts: {}, lostFrom: 'NEGOTIATION', reopenCount: 0 };
    expect(judgeLost(def, lost)).toMatchObject({ ok: false, refusal: 'not_allowed' });
    expect(judgeReopen(def, lost)).toEqual({ ok: true, to: 'NEGOTIATION' });
    expect(judgeReopen(def, { ...lost, reopenCount: 1 })).toMatchObject({ ok: false, refusal: 'not_allowed' });
    expect(judgeReopen(def, at('INTENT'))).toMatchObject({ ok: false, refusal: 'not_allowed' });
    expect(allowedMoves(def, lost)).toEqual([]);
  });
});

describe('next gate', () => {
  it('shows the next stage and what it still needs', () => {
    expect(nextGate(def, at('LEAD', intentFacts), NOW)).toEqual({ stage: 'INTENT', unmet: [] });
    expect(nextGate(def, at('NEGOTIATION'), NOW)?.stage).toBe('WON');
    expect(nextGate(def, { ...at('LEAD'), status: 'lost', stage: 'LOST' }, NOW)).toBeNull();
  });
});

describe('dates', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});
