import { Navigate, useParams } from 'react-router';
import { PageError, PageLoading } from '../../components/PageState';
import { useTender } from '../deal/tender/queries';

/** /tenders/<id>, as emails link it: the tender lives on its deal's tender tab. */
export function TenderRedirect() {
  const { id = '' } = useParams();
  const tender = useTender(id);
  if (tender.isLoading) return <PageLoading />;
  if (!tender.data) return <PageError error={tender.error} onRetry={() => void tender.refetch()} />;
  return <Navigate replace to={`/deals/${tender.data.dealId}?tab=tender`} />;
}
