import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const MY_DAY = ['my-day'] as const;

/** The user's pending follow-ups due within the week, open tenders due within it (for those who see tenders), and the approvals waiting on them. */
export function useMyDay(inAWeek: number, seesTenders: boolean) {
  const until = new Date(inAWeek).toISOString();
  const followUps = useQuery({
    queryKey: [...MY_DAY, 'followups', until],
    queryFn: () => unwrap(api.GET('/api/v1/followups', { params: { query: { assignee: 'me', state: 'pending', dueBefore: until, limit: 100 } } })),
  });
  const tenders = useQuery({
    queryKey: [...MY_DAY, 'tenders', until],
    enabled: seesTenders,
    queryFn: () => unwrap(api.GET('/api/v1/tenders', { params: { query: { state: 'open', dueBefore: until, limit: 100 } } })),
  });
  const approvals = useQuery({
    queryKey: [...MY_DAY, 'approvals'],
    queryFn: () => unwrap(api.GET('/api/v1/approvals', { params: { query: { status: 'pending', assignee: 'me', limit: 100 } } })),
  });
  return { followUps, tenders, approvals };
}
