import { type StageApproval, stageApproval } from './approvals';
import { type ProcessDefinition, funnelIndex, stageDefinition } from './definition';
import { type Facts, type UnmetFact, unmetFacts } from './gate';
import { type DealStatus, type OpenStage, type Stage, isOpenStage } from './stage';

export interface DealPosition {
  stage: Stage;
  status: DealStatus;
  facts: Facts;
  /** The open stage a lost deal was lost from. */
  lostFrom?: OpenStage;
  reopenCount: number;
}

export type MoveKind = 'forward' | 'back' | 'lost';
export interface AllowedMove {
  to: Stage;
  kind: MoveKind;
}

export type Refusal =
  | { refusal: 'not_allowed'; from: Stage; reason: string; allowed: AllowedMove[] }
  | { refusal: 'gate_not_met'; unmet: UnmetFact[] }
  | { refusal: 'note_required' };

/** A forward move into a stage whose entry needs approval carries what must be approved. */
export type MoveVerdict = { ok: true; kind: 'forward' | 'back'; approval?: StageApproval } | ({ ok: false } & Refusal);

/**
 * Every move the deal may ask for now. Forward includes skips: a skip needs the entry
 * facts of each stage it passes, checked when it is asked for.
 */
export function allowedMoves(def: ProcessDefinition, pos: DealPosition): AllowedMove[] {
  if (pos.status !== 'open') return [];
  const here = funnelIndex(def, pos.stage);
  const gated = gatedStageAhead(def, pos);
  return [
    ...def.funnel.flatMap((s, i): AllowedMove[] =>
      i === here || (gated >= 0 && i > gated) || !reachableByHand(def, s.key, pos.facts) ? [] : [{ to: s.key, kind: i > here ? 'forward' : 'back' }],
    ),
    { to: 'LOST', kind: 'lost' },
  ];
}

/** The funnel index of the first stage ahead whose entry needs approval with these facts; -1 if none. A skip never passes it. */
function gatedStageAhead(def: ProcessDefinition, pos: DealPosition): number {
  const here = funnelIndex(def, pos.stage);
  return def.funnel.findIndex((s, i) => i > here && stageApproval(def.approvals, s.key, pos.facts) !== undefined);
}

/** A stage whose entry needs facts only the process sets (a signed contract) is not a move anyone can ask for until they are set. */
function reachableByHand(def: ProcessDefinition, stage: Stage, facts: DealPosition['facts']): boolean {
  return stageDefinition(def, stage).entryFacts.every((key) => !def.facts.get(key)?.system || facts[key] !== undefined);
}

export function judgeMove(def: ProcessDefinition, pos: DealPosition, to: Stage, now: number, note?: string): MoveVerdict {
  const refuse = (reason: string): MoveVerdict => ({ ok: false, refusal: 'not_allowed', from: pos.stage, reason, allowed: allowedMoves(def, pos) });
  if (pos.status !== 'open') return refuse(`the deal is ${pos.status}; ${pos.status === 'lost' ? 'reopen it first' : 'it is closed'}`);
  if (to === 'LOST') return refuse('a deal is marked lost with its reason, not moved there');
  if (to === pos.stage) return refuse(`the deal is already in ${to}`);
  const here = funnelIndex(def, pos.stage);
  const there = funnelIndex(def, to);
  if (there < 0) return refuse(`${to} is not a stage of process version ${def.version}`);
  if (!reachableByHand(def, to, pos.facts)) return refuse(`${to} is entered by the contract process, not asked for`);
  if (there < here) return note?.trim() ? { ok: true, kind: 'back' } : { ok: false, refusal: 'note_required' };
  const gated = gatedStageAhead(def, pos);
  if (gated >= 0 && there > gated) return refuse(`entering ${def.funnel[gated].key} needs approval: move there first`);
  const unmet = def.funnel.slice(here + 1, there + 1).flatMap((s) => unmetFacts(def, s.key, pos.facts, now));
  if (unmet.length) return { ok: false, refusal: 'gate_not_met', unmet };
  return { ok: true, kind: 'forward', approval: stageApproval(def.approvals, to, pos.facts) };
}

export function judgeLost(def: ProcessDefinition, pos: DealPosition): { ok: true } | ({ ok: false } & Refusal) {
  return pos.status === 'open' && isOpenStage(pos.stage)
    ? { ok: true }
    : { ok: false, refusal: 'not_allowed', from: pos.stage, reason: `the deal is ${pos.status}`, allowed: allowedMoves(def, pos) };
}

export function judgeReopen(def: ProcessDefinition, pos: DealPosition): { ok: true; to: OpenStage } | ({ ok: false } & Refusal) {
  if (pos.status !== 'lost' || !pos.lostFrom)
    return { ok: false, refusal: 'not_allowed', from: pos.stage, reason: 'only a lost deal can be reopened', allowed: allowedMoves(def, pos) };
  if (pos.reopenCount >= def.reopenLimit)
    return { ok: false, refusal: 'not_allowed', from: pos.stage, reason: `a deal may be reopened ${def.reopenLimit} time(s); this one was`, allowed: [] };
  return { ok: true, to: pos.lostFrom };
}

/** The next stage forward and what still keeps the deal out of it; null when closed or at the end. */
export function nextGate(def: ProcessDefinition, pos: DealPosition, now: number) {
  if (pos.status !== 'open') return null;
  const next = def.funnel[funnelIndex(def, pos.stage) + 1];
  return next ? { stage: next.key, unmet: unmetFacts(def, next.key, pos.facts, now) } : null;
}
