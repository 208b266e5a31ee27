import { describe, expect, it } from 'vitest';
import { type Minor, minor } from '../../process';
import { requestInMinorUnits } from '../../workflows/approval/legacy-amounts';
import type { ApprovalRequest } from '../../state/approval';
import { creationInMinorUnits } from '../../workflows/deal/legacy-amounts';
import type { DealCreation } from '../../state/deal';

// Inputs recorded before money was exact carry float yuan and no `amountsIn`.
describe('amounts recorded in float yuan', () => {
  it('are read as fen, once: input already in minor units stays as it is', () => {
    const creation = { amount: 1234.56 as Minor, facts: { budget: 800000 } } as unknown as DealCreation;
    expect(creationInMinorUnits(creation)).toMatchObject({ amount: 123456, amountsIn: 'minor', facts: { budget: 800000 } });
    const current = { ...creation, amount: minor(123456), amountsIn: 'minor' } as const;
    expect(creationInMinorUnits(current)).toBe(current);
  });

  it('in an approval request: its amount in fen, for the inbox, the emails and the link pages', () => {
    const request = { amount: 500000 as Minor, currency: 'CNY' } as unknown as ApprovalRequest;
    expect(requestInMinorUnits(request)).toMatchObject({ amount: 50_000_000, amountsIn: 'minor' });
    expect(requestInMinorUnits({ ...request, amount: minor(7), amountsIn: 'minor' }).amount).toBe(7);
  });
});
