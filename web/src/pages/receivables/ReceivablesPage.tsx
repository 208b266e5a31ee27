import { Card, Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { AgeingChart } from './AgeingChart';
import { receivablesWords } from './messages';
import { type Bucket, useAgeing, useReceivables } from './queries';
import { ReceivablesTable } from './ReceivablesTable';

const BUCKETS: readonly string[] = ['upcoming', '0-30', '31-60', '61-90', '90+'];

/** Finance's receivables: the ageing, and the open installments to chase, filtered by age. */
export function ReceivablesPage() {
  const t = useMessages(receivablesWords);
  const [params, setParams] = useSearchParams();
  const asked = params.get('bucket');
  const bucket = asked && BUCKETS.includes(asked) ? (asked as Bucket) : undefined;
  const setBucket = (b: Bucket | undefined) => setParams(b ? { bucket: b } : {}, { replace: true });
  const ageing = useAgeing();
  const list = useReceivables(bucket);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      {ageing.isPending ? (
        <PageLoading />
      ) : ageing.isError ? (
        <PageError error={ageing.error} onRetry={() => void ageing.refetch()} />
      ) : (
        <AgeingChart ageing={ageing.data} bucket={bucket} onBucket={setBucket} />
      )}
      <Card>
        <PagedList list={list} empty={t.empty}>
          {(rows) => <ReceivablesTable rows={rows} />}
        </PagedList>
      </Card>
    </Flex>
  );
}
