import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Popconfirm, Typography } from 'antd';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { snoozeChoices } from './day';
import { myDayMessages } from './messages';
import { MY_DAY } from './useMyDay';
import { Row } from './Section';

type FollowUp = Schemas['FollowUpRow'];

/** A follow-up or call-back: its deal, what to do, when, and done / snooze. */
export function FollowUpRow({ followUp }: { followUp: FollowUp }) {
  const t = useMessages(myDayMessages);
  const { timezone } = useUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const path = { id: followUp.dealId, followUpId: followUp.id };
  const settle = (toast: string) => ({
    onSuccess: () => {
      void message.success(toast);
      void client.invalidateQueries({ queryKey: MY_DAY });
    },
    onError: (err: Error) => void message.error(err.message),
  });
  const done = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/deals/{id}/followups/{followUpId}/done', { params: { path }, body: {} })),
    ...settle(t.doneToast),
  });
  const snooze = useMutation({
    mutationFn: (until: string) => unwrap(api.POST('/api/v1/deals/{id}/followups/{followUpId}/snooze', { params: { path }, body: { until } })),
    ...settle(t.snoozeToast),
  });
  const choices = snoozeChoices(timezone);
  const what = followUp.action && followUp.action !== followUp.kindLabel ? `${followUp.kindLabel}: ${followUp.action}` : followUp.kindLabel;

  return (
    <Row
      actions={
        <>
          <Popconfirm title={t.doneConfirm} onConfirm={() => done.mutate()} okText={t.done}>
            <Button size="small" type="primary" loading={done.isPending}>
              {t.done}
            </Button>
          </Popconfirm>
          <Dropdown
            trigger={['click']}
            menu={{
              'aria-label': t.snoozeLabel,
              items: (['oneHour', 'tomorrow', 'nextWeek'] as const).map((key) => ({ key, label: t[key] })),
              onClick: ({ key }) => snooze.mutate(choices[key as keyof typeof choices]),
            }}
          >
            <Button size="small" loading={snooze.isPending}>
              {t.snooze}
            </Button>
          </Dropdown>
        </>
      }
    >
      <Link to={`/deals/${followUp.dealId}`}>{followUp.dealTitle}</Link>
      <div>{what}</div>
      <Typography.Text type="secondary">
        {t.due} <time dateTime={followUp.dueAt}>{formatDateTime(followUp.dueAt, timezone)}</time> · {fromNow(followUp.dueAt)}
      </Typography.Text>
    </Row>
  );
}
