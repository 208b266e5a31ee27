import { App, Checkbox, List, Typography } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { formatDateTime } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { problemText } from '../contract/form-errors';
import { tenderWords } from './messages';
import { type Tender, useTenderCommand } from './queries';

/** The bid checklist: each item ticked (or unticked) by whoever prepares it; the server says who may. */
export function TenderChecklist({ tender }: { tender: Tender }) {
  const t = useMessages(tenderWords);
  const { message } = App.useApp();
  const { timezone } = useUser();
  const tick = useTenderCommand(
    tender.dealId,
    (v: { item: string; done: boolean }) =>
      unwrap(api.PATCH('/api/v1/tenders/{id}/checklist/{item}', { params: { path: { id: tender.id, item: v.item } }, body: { done: v.done } })),
    () => void message.success(t.checklistSaved),
  );
  return (
    <List
      size="small"
      dataSource={tender.checklist}
      renderItem={(item) => (
        <List.Item>
          <Checkbox
            checked={item.done}
            disabled={tender.status !== 'open' || tick.isPending}
            onChange={(e) => tick.mutate({ item: item.key, done: e.target.checked }, { onError: (err) => void message.error(problemText(err)) })}
          >
            {item.label}
          </Checkbox>
          {item.doneAt && <Typography.Text type="secondary">{formatDateTime(item.doneAt, timezone)}</Typography.Text>}
        </List.Item>
      )}
    />
  );
}
