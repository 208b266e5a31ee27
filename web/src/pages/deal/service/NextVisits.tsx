import { Card, Empty, Flex, List, Typography } from 'antd';
import { useUser } from '../../../auth/session';
import { formatDate, fromNow } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { serviceWords } from './messages';
import type { Service } from './queries';

/** The return visits to come, soonest first, with who goes. */
export function NextVisits({ service, nameOf }: { service: Service; nameOf: (id: string) => string | undefined }) {
  const t = useMessages(serviceWords);
  const { timezone } = useUser();
  return (
    <Card title={t.nextVisits} data-testid="next-visits">
      {service.nextVisits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noVisits} />
      ) : (
        <List
          size="small"
          dataSource={service.nextVisits}
          renderItem={(v) => (
            <List.Item key={v.id}>
              <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                <span>
                  <span title={fromNow(v.dueAt)}>{formatDate(v.dueAt, timezone)}</span> · {v.label}
                </span>
                <Typography.Text type="secondary">{nameOf(v.assigneeId)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
