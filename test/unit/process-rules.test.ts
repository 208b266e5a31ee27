import { describe, expect, it } from 'vitest';
import { CURRENT_PROCESS_VERSION, dutyConflict, processDefinition, requestingSide, roleMay, signingErrors, tenderDateErrors, wonStage } from '../../process';

const def = processDefinition(CURRENT_PROCESS_VERSION);
const now = Date.UTC(2026, 5, 1);

describe('the contract rules of the process definition', () => {
  it('drafts in NEGOTIATION and wins in the funnel’s last stage', () => {
    expect(def.contracts.stage).toBe('NEGOTIATION');
    expect(wonStage(def)).toBe('WON');
  });

  it('wants an active manager at signing, and no signing ahead of the clock', () => {
    const supervisor = { role: 'supervisor', active: true };
    expect(signingErrors(def.contracts, { signedAt: now, witness: supervisor }, now)).toEqual([]);
    expect(signingErrors(def.contracts, { signedAt: now + 30_000, witness: supervisor }, now)).toEqual([]);
    expect(signingErrors(def.contracts, { signedAt: now, witness: { role: 'rep', active: true } }, now).map((e) => e.field)).toEqual(['signedBy']);
    expect(signingErrors(def.contracts, { signedAt: now, witness: { role: 'executive', active: false } }, now).map((e) => e.field)).toEqual(['signedBy']);
    expect(signingErrors(def.contracts, { signedAt: now + 3_600_000, witness: null }, now).map((e) => e.field)).toEqual(['signedBy', 'signedAt']);
  });
});

describe('tender dates', () => {
  it('run issued < deadline ≤ opening, with the deadline ahead', () => {
    const h = 3_600_000;
    expect(tenderDateErrors({ issuedAt: now - h, submissionDeadline: now + h, openingAt: now + h }, now)).toEqual([]);
    expect(tenderDateErrors({ issuedAt: now + 2 * h, submissionDeadline: now + h, openingAt: now }, now).map((e) => e.field)).toEqual([
      'submissionDeadline',
      'openingAt',
    ]);
    expect(tenderDateErrors({ issuedAt: now - 2 * h, submissionDeadline: now - h, openingAt: now }, now).map((e) => e.field)).toEqual(['submissionDeadline']);
  });
});

describe('separation of duties', () => {
  const side = { requesterId: 'r', ownerId: 'o' };
  it('bars the requester and the deal owner from deciding, the requester first', () => {
    expect(requestingSide(side)).toEqual(['r', 'o']);
    expect([dutyConflict(side, 'r'), dutyConflict(side, 'o'), dutyConflict(side, 'x'), dutyConflict({ requesterId: 'r', ownerId: 'r' }, 'r')]).toEqual([
      'requester',
      'owner',
      undefined,
      'requester',
    ]);
  });
});

describe('the permissions table', () => {
  it('lets finance record payments and nobody else by role', () => {
    expect(['finance', 'admin', 'rep', 'supervisor'].map((r) => roleMay('record_payment', r))).toEqual([true, true, false, false]);
    expect(roleMay('report_milestone', 'service')).toBe(true);
    expect(roleMay('work_on_tender', 'finance')).toBe(true);
  });
});
