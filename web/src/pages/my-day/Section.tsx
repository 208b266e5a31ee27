import { Badge, Card, Empty } from 'antd';
import type { ReactNode } from 'react';

/** One part of My day: a titled card with its count, its rows, or what to say when there are none. */
export function Section({ title, count, empty, children }: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      title={
        <h2 style={{ fontSize: 16, margin: 0 }}>
          {title} <Badge count={count} showZero color={count ? '#b42318' : '#595959'} />
        </h2>
      }
    >
      {count ? <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{children}</ul> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
    </Card>
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
