import { useDraggable } from '@dnd-kit/core';
import { DownOutlined, HolderOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Space, Tag, Typography } from 'antd';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../format/money';
import { daysSince } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { boardWords } from './messages';
import { MUTED } from './muted';
import type { BoardCard, OpenStage } from './queries';

interface Props {
  card: BoardCard;
  stages: { key: OpenStage; label: string }[];
  onMove: (to: OpenStage) => void;
  /** The copy that follows the pointer while dragging. */
  overlay?: boolean;
}

/** A deal on the board: drag it to another column, or move it from its menu. */
export function DealCard({ card, stages, onMove, overlay }: Props) {
  const t = useMessages(boardWords);
  const { locale } = useLocale();
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: overlay });
  const pending = card.pendingApproval;
  const moves = stages.filter((s) => s.key !== card.stage).map((s) => ({ key: s.key, label: s.label }));
  return (
    <div
      ref={setNodeRef}
      data-deal-id={overlay ? undefined : card.id}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none' }}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <Card size="small" style={{ boxShadow: overlay ? '0 6px 16px rgba(0,0,0,.18)' : undefined }}>
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
            <Link to={`/deals/${card.id}`} draggable={false} style={{ fontWeight: 600 }}>
              {card.title}
            </Link>
            <Button
              type="text"
              size="small"
              icon={<HolderOutlined />}
              aria-label={t.moveCard(card.title)}
              {...attributes}
              onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            />
          </Space>
          <Typography.Text style={MUTED}>{card.accountName}</Typography.Text>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Text strong>{formatMoney(card.amount, card.currency, locale)}</Typography.Text>
            <Typography.Text style={MUTED}>{card.ownerName}</Typography.Text>
          </Space>
          <Typography.Text style={{ ...MUTED, fontSize: 12 }}>{t.daysInStage(daysSince(card.stageEnteredAt))}</Typography.Text>
          {(card.overdueFollowUps > 0 || pending || card.stalled) && (
            <Space size={[4, 4]} wrap>
              {card.overdueFollowUps > 0 && <Tag color="red">{t.overdue(card.overdueFollowUps)}</Tag>}
              {pending && <Tag color="gold">{pending.holderName ? t.awaiting(pending.holderName) : t.awaitingSomeone}</Tag>}
              {card.stalled && <Tag color="orange">{t.stalled}</Tag>}
            </Space>
          )}
          {!overlay && (
            <Dropdown trigger={['click']} menu={{ items: moves, onClick: ({ key }) => onMove(key as OpenStage) }}>
              <Button size="small" block>
                {t.moveTo} <DownOutlined />
              </Button>
            </Dropdown>
          )}
        </Space>
      </Card>
    </div>
  );
}
