import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const APPROVALS = ['approvals'] as const;

export const useApproval = (id: string) =>
  useQuery({ queryKey: [...APPROVALS, id], queryFn: () => unwrap(api.GET('/api/v1/approvals/{id}', { params: { path: { id } } })) });

export const useInbox = (query: { assignee?: 'me'; requester?: 'me'; status?: 'pending' }) =>
  useQuery({
    queryKey: [...APPROVALS, 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/approvals', { params: { query: { ...query, limit: 100 } } })),
  });
