import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/messages';
import { PageEmpty, PageError, PageLoading } from './PageState';

/** A list read page by page: loading, its error with a retry, empty, or its rows with "load more" while the server has more. */
export function PagedList<T>({
  list,
  empty,
  children,
}: {
  list: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  empty: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  const words = useMessages(common);
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <PageEmpty>{empty}</PageEmpty>;
  return (
    <>
      {children(rows)}
      {list.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {words.loadMore}
          </Button>
        </div>
      )}
    </>
  );
}
