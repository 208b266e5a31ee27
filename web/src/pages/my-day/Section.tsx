import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Badge, Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { PagedList } from '../../components/PagedList';

function SectionCard({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <Card
      size="small"
      title={
        <h2 style={{ fontSize: 16, margin: 0 }}>
          {title} {count !== undefined && <Badge count={count} showZero color={count ? '#b42318' : '#595959'} />}
        </h2>
      }
    >
      {children}
    </Card>
  );
}

const Nothing = ({ text }: { text: string }) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

const Rows = ({ children }: { children: ReactNode }) => <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{children}</ul>;

/** One part of My day: a titled card with its count, its rows, or what to say when there are none. */
export function Section({ title, count, empty, children }: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <SectionCard title={title} count={count}>
      {count ? <Rows>{children}</Rows> : <Nothing text={empty} />}
    </SectionCard>
  );
}

/** A part of My day read page by page: its own loading, error and empty states, and the count of the rows loaded. */
export function PagedSection<T>({
  title,
  list,
  empty,
  children,
}: {
  title: string;
  list: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  empty: string;
  children: (rows: T[]) => ReactNode;
}) {
  const loaded = list.data?.pages.reduce((n, p) => n + p.items.length, 0);
  return (
    <SectionCard title={title} count={list.hasNextPage ? undefined : loaded}>
      {loaded === 0 ? (
        <Nothing text={empty} />
      ) : (
        <PagedList list={list} empty={empty}>
          {(rows) => <Rows>{children(rows)}</Rows>}
        </PagedList>
      )}
    </SectionCard>
  );
}

/** A row of a section: what it is on the left, its actions under it on a phone, beside it on a desk. */
export function Row({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <li
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: '8px 0',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ minWidth: 0, flex: '1 1 220px', overflowWrap: 'anywhere' }}>{children}</div>
      {actions && <div style={{ display: 'flex', gap: 8 }}>{actions}</div>}
    </li>
  );
}
