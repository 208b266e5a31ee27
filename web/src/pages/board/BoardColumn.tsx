import { useDroppable } from '@dnd-kit/core';
import { Button, Space, Spin, Typography } from 'antd';
import { PageError } from '../../components/PageState';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { DealCard } from './DealCard';
import { MoneySums } from './MoneySums';
import { boardWords } from './messages';
import { MUTED } from './muted';
import { type BoardFilter, type OpenStage, useColumnCards } from './queries';
import type { Schemas } from '../../api/client';

interface Props {
  column: Schemas['Board']['columns'][number];
  label: string;
  filter: BoardFilter;
  stages: { key: OpenStage; label: string }[];
  onMove: (card: Schemas['BoardCard'], to: OpenStage) => void;
}

/** One open stage: its count and sums, and its cards a page at a time. */
export function BoardColumn({ column, label, filter, stages, onMove }: Props) {
  const t = useMessages(boardWords);
  const c = useMessages(common);
  const cards = useColumnCards(filter, column.stage);
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const items = cards.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-stage={column.stage}
      style={{
        flex: '1 1 0',
        minWidth: 188,
        background: isOver ? '#e6efff' : '#f4f5f7',
        borderRadius: 8,
        padding: 8,
        minHeight: 320,
        outline: isOver ? '2px dashed #1f5fbf' : undefined,
      }}
    >
      <header style={{ padding: '4px 4px 8px' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {label}
          </Typography.Title>
          <Typography.Text style={MUTED}>{t.count(column.count)}</Typography.Text>
        </Space>
        <MoneySums sums={column.sums} />
      </header>
      {cards.isPending ? (
        <Spin style={{ display: 'block', margin: 24 }} />
      ) : cards.isError ? (
        <PageError error={cards.error} onRetry={() => void cards.refetch()} />
      ) : items.length === 0 ? (
        <Typography.Paragraph style={{ ...MUTED, textAlign: 'center', padding: 24 }}>{t.columnEmpty}</Typography.Paragraph>
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {items.map((card) => (
            <DealCard key={card.id} card={card} stages={stages} onMove={(to) => onMove(card, to)} />
          ))}
          {cards.hasNextPage && (
            <Button block type="dashed" loading={cards.isFetchingNextPage} onClick={() => void cards.fetchNextPage()}>
              {c.loadMore}
            </Button>
          )}
        </Space>
      )}
    </section>
  );
}
