import { minorFromYuan } from '../../process';
import type { ApprovalRequest } from '../../state/approval';

/** A request made before amounts were minor units asked in float yuan; the unit travels with it (`amountsIn`). */
export const requestInMinorUnits = (r: ApprovalRequest): ApprovalRequest =>
  r.amountsIn === 'minor' ? r : { ...r, amount: minorFromYuan(r.amount), amountsIn: 'minor' };
