import { describe, expect, it } from 'vitest';
import { type Stage, STAGES, judgeMove, minor, processDefinition, stageApproval, unmetFacts } from '../../process';
import { BUILTIN_V1, type ProcessDocument, ProcessDocumentSchema, compileProcess, dealImpact, diffProcess } from '../../process/document';

const PROCESS_V1 = processDefinition(1);
const compiled = compileProcess(1, BUILTIN_V1);
const NOW = Date.parse('2026-11-22T03:00:00Z');
const CONTACT = '7b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11';

/** Values for every fact of v1: some well-formed, some not; some meeting the gate, some short of it. */
const SAMPLES: Record<string, unknown[]> = {
  industry: ['Manufacturing', '', '  ', 3],
  companySize: ['200-999', '7', null],
  itBaseline: [{ software: 'ERP' }, {}, { hardware: 'x', extra: 1 }],
  needSummary: ['Replace paper', ''],
  contactIds: [[CONTACT], [], ['not-a-uuid']],
  interestConfirmed: [true, false, 'yes'],
  sponsor: ['CFO Wang'],
  requirements: ['Quotes'],
  budget: [800000, '680000.00', 0, -1, '1.234'],
  selectionTeam: [['Wang'], []],
  decisionTimeline: ['2027-01-15', '2027-02-30', '15.01.2027'],
  competitors: [[], ['Acme']],
  projectTeam: [[CONTACT], []],
  solutionAccepted: [true, false],
  shortlisted: [true, false],
  preliminaryQuote: [
    { software: 500000, implementation: 200000, service: 100000, discountPercent: 10 },
    { software: 0, implementation: 0, service: 0 },
    { software: 1, implementation: 1 },
    { software: 1, implementation: 1, service: 1, discountPercent: 120 },
    { software: '90000000000000', implementation: '90000000000000', service: 0 },
  ],
  expectedSignDate: ['2026-12-20', '2027-06-01', '2026-11-01'],
  winProbability: [60, 40, 50.5, 101],
  candidateVendorConfirmed: [true, false],
  negotiationSchedule: [{ bidAt: '2026-12-01', signingAt: '2027-01-10' }, { signingAt: '2027-01-10' }],
  contractSigned: [true],
  firstPaymentConfirmed: [true],
};

const answers = (def: typeof PROCESS_V1, facts: Record<string, unknown>) =>
  STAGES.map((stage: Stage) => unmetFacts(def, stage, facts, NOW).map((u) => `${u.key}:${u.problem}`));

describe('BUILTIN_V1, the built-in first document', () => {
  it('compiles to the stages, entry facts and timings of version 1', () => {
    expect(compiled.funnel).toEqual(PROCESS_V1.funnel);
    expect(compiled.lost).toEqual(PROCESS_V1.lost);
    expect([...compiled.facts.keys()]).toEqual([...PROCESS_V1.facts.keys()]);
    for (const [key, f] of PROCESS_V1.facts) {
      const c = compiled.facts.get(key)!;
      expect([c.label, c.requirement?.label, !!c.system, c.references, c.money]).toEqual([f.label, f.requirement?.label, !!f.system, f.references, f.money]);
    }
    expect(compiled.lostReasons).toEqual(PROCESS_V1.lostReasons);
    const { gates: _a, ...approvals } = compiled.approvals;
    const { gates: _b, ...v1Approvals } = PROCESS_V1.approvals;
    expect(approvals).toEqual(v1Approvals);
    for (const k of ['followUps', 'collection', 'tenders', 'support', 'service', 'paymentSchedule', 'contracts', 'reopenLimit', 'timezone'] as const)
      expect(compiled[k], k).toEqual(PROCESS_V1[k]);
  });

  it('accepts and refuses the same fact values as version 1', () => {
    for (const [key, values] of Object.entries(SAMPLES))
      for (const value of values) {
        const v1 = PROCESS_V1.facts.get(key)!.schema.safeParse(value);
        const doc = compiled.facts.get(key)!.schema.safeParse(value);
        expect(doc.success, `${key} = ${JSON.stringify(value)}`).toBe(v1.success);
        if (v1.success && doc.success) expect(doc.data).toEqual(v1.data);
      }
  });

  it('gives the same gate answers as version 1 for a set of deals', () => {
    const parsed = (pick: number) =>
      Object.fromEntries(
        Object.entries(SAMPLES).flatMap(([key, values]) => {
          const r = PROCESS_V1.facts.get(key)!.schema.safeParse(values[pick % values.length]);
          return r.success ? [[key, r.data]] : [];
        }),
      );
    const deals = [{}, parsed(0), parsed(1), parsed(2), { ...parsed(0), winProbability: 40 }, { industry: 'x', contactIds: [] }];
    for (const facts of deals) {
      expect(answers(compiled, facts)).toEqual(answers(PROCESS_V1, facts));
      for (const stage of STAGES) {
        const a = stageApproval(compiled.approvals, stage, facts);
        const b = stageApproval(PROCESS_V1.approvals, stage, facts);
        expect(a?.kind).toBe(b?.kind);
        if (a && b) expect(a.amount({ amount: minor(100), facts })).toBe(b.amount({ amount: minor(100), facts }));
      }
      const pos = { stage: 'LEAD' as const, status: 'open' as const, facts, reopenCount: 0 };
      // The verdict carries the gate's approval, whose functions differ by identity: compare its kind.
      const verdict = (def: typeof PROCESS_V1, to: Stage) => JSON.stringify(judgeMove(def, pos, to, NOW));
      for (const to of STAGES) expect(verdict(compiled, to)).toEqual(verdict(PROCESS_V1, to));
    }
  });
});

const draftOf = (change: (d: ProcessDocument) => void): ProcessDocument => {
  const d = structuredClone(BUILTIN_V1);
  change(d);
  return d;
};
const NEW_FACT = { key: 'decisionMaker', label: { zh: '决策人', en: 'Decision maker' }, value: { type: 'text' as const } };

describe('a process document', () => {
  it('names the fields of an invalid document', () => {
    const bad = draftOf((d) => {
      d.stages[1].entryFacts.push('nowhere');
      d.facts[0].requirement = { kind: 'isTrue', label: { zh: 'x', en: 'x' } };
      d.facts.push({ ...NEW_FACT, value: { type: 'enum', options: [] } });
    });
    const result = ProcessDocumentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['facts.0.requirement.kind', 'facts.22.value.options', 'stages.1.entryFacts.7'].sort(),
    );
  });

  it('diffs a draft against the current version', () => {
    const draft = draftOf((d) => {
      d.facts.push(NEW_FACT);
      d.stages[1].entryFacts.push('decisionMaker');
      d.stages[2].probability = 35;
      d.timings.followUps.stallAfter.INTENT = { days: 7 };
      delete (d.lostReasons as Record<string, unknown>).other;
    });
    const diff = diffProcess(BUILTIN_V1, draft);
    expect(diff.facts).toEqual({ added: ['decisionMaker'], removed: [], changed: [] });
    expect(diff.requirements).toEqual([{ stage: 'INTENT', added: ['decisionMaker'], removed: [] }]);
    expect(diff.stages.changed).toEqual([
      { key: 'INTENT', fields: ['entryFacts'] },
      { key: 'PROJECT_INITIATED', fields: ['probability'] },
    ]);
    expect(diff.timings).toEqual([{ path: 'followUps.stallAfter.INTENT.days', from: 14, to: 7 }]);
    expect(diff.lostReasons.removed).toEqual(['other']);
    expect(diff.settings).toEqual([]);
  });

  it('tells what a draft would do to an open deal', () => {
    const draft = compileProcess(
      2,
      draftOf((d) => {
        d.facts.push(NEW_FACT);
        d.stages[1].entryFacts.push('decisionMaker');
        d.timings.followUps.stallAfter.INTENT = { days: 7 };
        d.timings.approvals.matrix[0].chain.push({ role: 'executive' });
      }),
    );
    const deal = {
      id: 'd1',
      title: 'ERP',
      stage: 'INTENT' as const,
      amount: minor(100_000_00),
      facts: { industry: 'x' },
      openFollowUps: ['material' as const],
    };
    const impact = dealImpact(compiled, draft, deal, NOW);
    expect(impact.newlyMissing).toEqual([{ key: 'decisionMaker', problem: 'missing', stage: 'INTENT' }]);
    expect(impact.approvals).toEqual([
      { stage: 'PROJECT_INITIATED', kind: 'stage_gate', from: [{ role: 'supervisor' }], to: [{ role: 'supervisor' }, { role: 'executive' }] },
    ]);
    expect(impact.timers).toEqual([{ timer: 'stall', from: { days: 14 }, to: { days: 7 } }]);
    expect(dealImpact(compiled, compiled, deal, NOW)).toMatchObject({ newlyMissing: [], approvals: [], timers: [] });
  });
});
