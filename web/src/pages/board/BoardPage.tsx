import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { DealCard } from './DealCard';
import { FactsDrawer } from './FactsDrawer';
import { MoneySums } from './MoneySums';
import { NewDealModal } from './NewDealModal';
import { boardWords } from './messages';
import { type BoardCard, type BoardFilter, type EntryFact, type OpenStage, useBoardSummary, useProcess } from './queries';
import { type MissingFact, type Move, useMoveDeal } from './useMoveDeal';

// The pointer decides where a card lands; the keyboard sensor has no pointer, so the card's rectangle does.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/** 销售漏斗: one column per open stage, cards paged from the server, moved by drag or by menu. */
export function BoardPage() {
  const t = useMessages(boardWords);
  const [filter, setFilter] = useState<BoardFilter>({});
  const process = useProcess();
  const summary = useBoardSummary(filter);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const [facts, setFacts] = useState<{ move: Move; missing: MissingFact[] } | null>(null);
  const [creating, setCreating] = useState(false);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const labels = useMemo(() => new Map(process.data?.stages.map((s) => [s.key, s.label])), [process.data]);
  const catalogue = useMemo(() => new Map<string, EntryFact>(process.data?.stages.flatMap((s) => s.entryFacts.map((f) => [f.key, f]))), [process.data]);
  const stageLabel = useCallback((stage: string) => labels.get(stage) ?? stage, [labels]);
  const move = useMoveDeal(filter, stageLabel, (m, missing) => setFacts({ move: m, missing }));
  const ask = (card: BoardCard, to: OpenStage) => {
    if (card.stage !== to) move.mutate({ card, to });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = active.data.current?.card as BoardCard | undefined;
    if (card && over) ask(card, over.id as OpenStage);
  };

  if (process.isPending || summary.isPending) return <PageLoading />;
  if (process.isError || summary.isError) return <PageError error={process.error ?? summary.error} onRetry={() => void summary.refetch()} />;
  const stages = summary.data.columns.map((c) => ({ key: c.stage, label: stageLabel(c.stage) }));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t.title}
          </Typography.Title>
          <Typography.Text>{t.totals(summary.data.totals.count)}</Typography.Text>
          <MoneySums sums={summary.data.totals.sums} />
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.newDeal}
        </Button>
      </Space>
      <BoardFilters value={filter} onChange={setFilter} />
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={({ active }) => setDragged((active.data.current?.card as BoardCard) ?? null)}
        onDragCancel={() => setDragged(null)}
        onDragEnd={onDragEnd}
      >
        <div style={{ display: 'flex', gap: 12, overflowX: 'auto', alignItems: 'flex-start', paddingBottom: 8 }}>
          {summary.data.columns.map((column) => (
            <BoardColumn key={column.stage} column={column} label={stageLabel(column.stage)} filter={filter} stages={stages} onMove={ask} />
          ))}
        </div>
        <DragOverlay>{dragged && <DealCard card={dragged} stages={stages} onMove={() => undefined} overlay />}</DragOverlay>
      </DndContext>
      {facts && (
        <FactsDrawer
          move={facts.move}
          missing={facts.missing}
          catalogue={catalogue}
          stageLabel={stageLabel(facts.move.to)}
          onClose={() => setFacts(null)}
          onSaved={() => {
            setFacts(null);
            move.mutate(facts.move);
          }}
        />
      )}
      {creating && <NewDealModal onClose={() => setCreating(false)} />}
    </Space>
  );
}
