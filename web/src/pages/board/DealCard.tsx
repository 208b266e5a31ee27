import { useDraggable } from '@dnd-kit/core';
import { DownOutlined, HolderOutlined } from '@ant-design/icons';
import { Dropdown } from 'antd';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../format/money';
import { daysSince } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import css from './DealCard.module.css';
import { boardWords } from './messages';
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
      <article className={overlay ? `${css.card} ${css.lifted}` : css.card}>
        <div className={css.head}>
          <Link to={`/deals/${card.id}`} draggable={false} className={css.title}>
            {card.title}
          </Link>
          <button
            type="button"
            className={css.handle}
            aria-label={t.moveCard(card.title)}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
          >
            <HolderOutlined />
          </button>
        </div>
        <span className={css.muted}>{card.accountName}</span>
        <div className={css.line}>
          <strong>{formatMoney(card.amount, card.currency, locale)}</strong>
          <span className={css.muted}>{card.ownerName}</span>
        </div>
        <span className={`${css.muted} ${css.small}`}>{t.daysInStage(daysSince(card.stageEnteredAt))}</span>
        {(card.overdueFollowUps > 0 || pending || card.stalled) && (
          <div className={css.tags}>
            {card.overdueFollowUps > 0 && <span className={`${css.tag} ${css.red}`}>{t.overdue(card.overdueFollowUps)}</span>}
            {pending && <span className={`${css.tag} ${css.gold}`}>{pending.holderName ? t.awaiting(pending.holderName) : t.awaitingSomeone}</span>}
            {card.stalled && <span className={`${css.tag} ${css.orange}`}>{t.stalled}</span>}
          </div>
        )}
        {!overlay && (
          <Dropdown trigger={['click']} menu={{ items: moves, onClick: ({ key }) => onMove(key as OpenStage) }}>
            <button type="button" className={css.move}>
              {t.moveTo} <DownOutlined />
            </button>
          </Dropdown>
        )}
      </article>
    </div>
  );
}
