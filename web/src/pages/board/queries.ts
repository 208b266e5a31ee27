import { type QueryClient, infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';

export type BoardCard = Schemas['BoardCard'];
export type OpenStage = BoardCard['stage'];
export type ProcessStage = Schemas['ProcessDefinition']['stages'][number];
export type EntryFact = ProcessStage['entryFacts'][number];

export interface BoardFilter {
  ownerId?: string;
  teamOf?: string;
  accountId?: string;
  q?: string;
}

export const CARDS_PAGE = 20;
export const boardKeys = {
  all: ['board'] as const,
  summary: (f: BoardFilter) => ['board', 'summary', f] as const,
  cards: (f: BoardFilter, stage: OpenStage) => ['board', 'cards', f, stage] as const,
};

export const useProcess = () => useQuery({ queryKey: ['process'], queryFn: () => unwrap(api.GET('/api/v1/process')), staleTime: Infinity });

const summaryQuery = (f: BoardFilter) =>
  queryOptions({ queryKey: boardKeys.summary(f), queryFn: () => unwrap(api.GET('/api/v1/board', { params: { query: f } })) });

const cardsQuery = (f: BoardFilter, stage: OpenStage) =>
  infiniteQueryOptions({
    queryKey: boardKeys.cards(f, stage),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/board/cards', { params: { query: { ...f, stage, limit: CARDS_PAGE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useBoardSummary = (f: BoardFilter) => useQuery({ ...summaryQuery(f), placeholderData: keepPreviousData });

export const useColumnCards = (f: BoardFilter, stage: OpenStage) => useInfiniteQuery(cardsQuery(f, stage));

/** The unfiltered board and each column's first cards, fetched before the page has rendered. */
export async function prefetchBoard(client: QueryClient) {
  const summary = await client.fetchQuery(summaryQuery({})).catch(() => undefined);
  for (const column of summary?.columns ?? []) void client.prefetchInfiniteQuery(cardsQuery({}, column.stage));
}

export const useUsers = () =>
  useQuery({ queryKey: ['users', 'newest'], queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100 } } })), staleTime: 60_000 });

export const useAccounts = (q?: string) =>
  useQuery({
    queryKey: ['accounts', q],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: 50, q } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useContacts = (accountId: string) =>
  useQuery({ queryKey: ['contacts', accountId], queryFn: () => unwrap(api.GET('/api/v1/contacts', { params: { query: { accountId, limit: 100 } } })) });
