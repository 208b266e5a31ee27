import { Navigate, useParams, useSearchParams } from 'react-router';
import { PageError, PageLoading } from '../../components/PageState';
import { useContract } from './contract/queries';

/** /contracts/<id>, as emails link it: the contract lives on its deal's contract tab (or the tab `?tab=` names, such as its service). */
export function ContractRedirect() {
  const { id = '' } = useParams();
  const tab = useSearchParams()[0].get('tab') ?? 'contract';
  const contract = useContract(id);
  if (contract.isLoading) return <PageLoading />;
  if (!contract.data) return <PageError error={contract.error} onRetry={() => void contract.refetch()} />;
  return <Navigate replace to={`/deals/${contract.data.dealId}?tab=${encodeURIComponent(tab)}`} />;
}
