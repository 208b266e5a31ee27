import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const APPROVALS = ['approvals'] as const;

export const useApproval = (id: string) =>
  useQuery({ queryKey: [...APPROVALS, id], queryFn: () => unwrap(api.GET('/api/v1/approvals/{id}', { params: { path: { id } } })) });

/**
 * After a decision or a withdrawal: the request is what the server answered (a decided request's
 * workflow has ended, and its read model follows a moment later), and every list is asked again.
 */
export function useApprovalSettled() {
  const client = useQueryClient();
  return (approval: Schemas['Approval']) => {
    client.setQueryData([...APPROVALS, approval.id], approval);
    void client.invalidateQueries({ queryKey: APPROVALS, predicate: (q) => q.queryKey[1] !== approval.id });
    void client.invalidateQueries({ queryKey: ['my-day'] });
  };
}

export const useInbox = (query: { assignee?: 'me'; requester?: 'me'; status?: 'pending' }) =>
  useQuery({
    queryKey: [...APPROVALS, 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/approvals', { params: { query: { ...query, limit: 100 } } })),
  });
