import { Navigate, useParams } from 'react-router';
import { PageError, PageLoading } from '../../components/PageState';
import { useContract } from './contract/queries';

/** /contracts/<id>, as emails link it: the contract lives on its deal's contract tab. */
export function ContractRedirect() {
  const { id = '' } = useParams();
  const contract = useContract(id);
  if (contract.isLoading) return <PageLoading />;
  if (!contract.data) return <PageError error={contract.error} onRetry={() => void contract.refetch()} />;
  return <Navigate replace to={`/deals/${contract.data.dealId}?tab=contract`} />;
}
