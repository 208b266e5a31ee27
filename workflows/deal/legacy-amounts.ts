import { type ProcessDefinition, mapMoneyFacts, minorFromYuan } from '../../process';
import type { DealCreation, DealState } from '../../state/deal';

// Deals recorded before amounts were minor units hold float yuan: their creation input, and the state
// a run carried over to the next. The unit travels with the data (`amountsIn`), so a run reads its
// input right whichever code recorded it: a replay of an old history, or old state continued into a new run.

/** The creation in minor units. Its facts stay in request form: their schemas read yuan, old or new. */
export const creationInMinorUnits = (c: DealCreation): DealCreation =>
  c.amountsIn === 'minor' ? c : { ...c, amount: minorFromYuan(c.amount), amountsIn: 'minor' };

/** Carried state in minor units: the amount, the money facts, and the facts a rejection saw. */
export function stateInMinorUnits(state: DealState, def: ProcessDefinition): DealState {
  if (state.amountsIn === 'minor') return state;
  const facts = (f: Record<string, unknown>) => mapMoneyFacts(def, f, minorFromYuan);
  const rejection = state.lastRejection;
  return {
    ...state,
    amount: minorFromYuan(state.amount),
    amountsIn: 'minor',
    facts: facts(state.facts),
    ...(rejection ? { lastRejection: { ...rejection, facts: JSON.stringify(facts(JSON.parse(rejection.facts))) } } : {}),
  };
}
