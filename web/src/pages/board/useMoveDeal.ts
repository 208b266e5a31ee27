import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { boardWords } from './messages';
import { type BoardCard, type BoardFilter, type OpenStage, boardKeys, useUsers } from './queries';

type CardPages = InfiniteData<{ items: BoardCard[]; nextCursor: string | null }, string | undefined>;
export type MissingFact = { key: string; label: string; problem: 'missing' | 'unmet'; stage: string; requirement?: string };
export interface Move {
  card: BoardCard;
  to: OpenStage;
}

// The read model follows the workflow by a moment; refetching at once could show the card where it was.
const PROJECTION_LAG_MS = 1000;

const withoutCard = (pages: CardPages | undefined, id: string): CardPages | undefined =>
  pages && { ...pages, pages: pages.pages.map((p) => ({ ...p, items: p.items.filter((c) => c.id !== id) })) };
const withCardFirst = (pages: CardPages | undefined, card: BoardCard): CardPages | undefined =>
  pages && { ...pages, pages: pages.pages.map((p, i) => (i === 0 ? { ...p, items: [card, ...p.items] } : p)) };
const withCardChanged = (pages: CardPages | undefined, id: string, change: Partial<BoardCard>): CardPages | undefined =>
  pages && { ...pages, pages: pages.pages.map((p) => ({ ...p, items: p.items.map((c) => (c.id === id ? { ...c, ...change } : c)) })) };

/**
 * Moves a card at once and asks the server; the server decides. A refusal puts the card back and
 * says why; missing facts go to `onMissing`; a gated stage leaves the card where it was, awaiting.
 */
export function useMoveDeal(filter: BoardFilter, stageLabel: (stage: string) => string, onMissing: (move: Move, missing: MissingFact[]) => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const t = useMessages(boardWords);
  const users = useUsers();
  const nameOf = (id: string | undefined) => users.data?.items.find((u) => u.id === id)?.name;

  return useMutation({
    mutationFn: async ({ card, to }: Move) => {
      const { data, response, error } = await api.POST('/api/v1/deals/{id}/transitions', { params: { path: { id: card.id } }, body: { to } });
      if (response.status === 202) return { awaiting: data as unknown as Schemas['ApprovalPending'] };
      return { moved: await unwrap(Promise.resolve({ data, error, response })) };
    },
    onMutate: async ({ card, to }) => {
      const from = boardKeys.cards(filter, card.stage);
      const into = boardKeys.cards(filter, to);
      await Promise.all([client.cancelQueries({ queryKey: from }), client.cancelQueries({ queryKey: into })]);
      const before = { from: client.getQueryData<CardPages>(from), into: client.getQueryData<CardPages>(into) };
      client.setQueryData<CardPages>(from, (pages) => withoutCard(pages, card.id));
      client.setQueryData<CardPages>(into, (pages) => withCardFirst(pages, { ...card, stage: to, stageEnteredAt: new Date().toISOString() }));
      return { before, from, into };
    },
    onSuccess: (result, move, context) => {
      if (result.moved) return void message.success(t.moved(stageLabel(move.to)));
      const holderName = nameOf(result.awaiting.holder?.assigneeId) ?? null;
      client.setQueryData<CardPages>(context.into, context.before.into);
      client.setQueryData<CardPages>(context.from, (pages) =>
        withCardChanged(withCardFirst(withoutCard(pages, move.card.id), move.card), move.card.id, {
          pendingApproval: { approvalId: result.awaiting.approvalId, holderName, stageRequested: move.to },
        }),
      );
      void message.info(holderName ? t.askedApproval(holderName) : t.awaitingSomeone);
    },
    onError: (error, move, context) => {
      if (context) {
        client.setQueryData<CardPages>(context.from, context.before.from);
        client.setQueryData<CardPages>(context.into, context.before.into);
      }
      const missing = error instanceof ApiProblem ? (error.problem as { missing?: MissingFact[] }).missing : undefined;
      if (missing?.length) onMissing(move, missing);
      else void message.error(error.message);
    },
    onSettled: () => {
      setTimeout(() => void client.invalidateQueries({ queryKey: boardKeys.all }), PROJECTION_LAG_MS);
    },
  });
}
