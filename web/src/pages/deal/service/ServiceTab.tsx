import { Col, Row, Space } from 'antd';
import { useUser } from '../../../auth/session';
import { PageError, PageLoading } from '../../../components/PageState';
import { AcceptanceCard } from './AcceptanceCard';
import { ChecklistCard } from './ChecklistCard';
import { NextVisits } from './NextVisits';
import { useService } from './queries';
import { ServiceTickets } from './ServiceTickets';
import { TrainingsCard } from './TrainingsCard';
import { WarrantyCard } from './WarrantyCard';

const WORKERS = ['service', 'admin'];

/** The deal's after-sales: the service works it, everyone else on the deal reads it. */
export function ServiceTab({ contractId, nameOf }: { contractId: string; nameOf: (id: string) => string | undefined }) {
  const { role } = useUser();
  const query = useService(contractId);
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const service = query.data;
  const canWork = WORKERS.includes(role);
  return (
    <Row gutter={[16, 16]} data-testid="service-tab">
      <Col span={24}>
        <ChecklistCard service={service} canWork={canWork} nameOf={nameOf} />
      </Col>
      <Col xs={24} xl={15}>
        <TrainingsCard service={service} canWork={canWork} />
      </Col>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <AcceptanceCard service={service} canWork={canWork} />
          <WarrantyCard service={service} />
          <NextVisits service={service} nameOf={nameOf} />
          <ServiceTickets service={service} canOpen={canWork} />
        </Space>
      </Col>
    </Row>
  );
}
