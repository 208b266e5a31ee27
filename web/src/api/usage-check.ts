import type { DealflowClient, Schemas } from './client';

/**
 * Compiled by `npm run typecheck`, never run: the calls the web app will make, so that a change to
 * the document that breaks them fails the build.
 */
export async function usageCheck(api: DealflowClient) {
  const { data: deals } = await api.GET('/api/v1/deals', { params: { query: { limit: 20, stage: 'INTENT' } } });
  const first: Schemas['DealListItem'] | undefined = deals?.items[0];
  const cursor: string | null | undefined = deals?.nextCursor;

  const created = await api.POST('/api/v1/deals', { body: { title: 'Quoting', accountId: first?.accountId ?? '', amount: 1000, facts: {} } });
  const deal: Schemas['Deal'] | undefined = created.data;
  const status: 'open' | 'won' | 'lost' | undefined = deal?.status;

  const moved = await api.POST('/api/v1/deals/{id}/transitions', { params: { path: { id: deal?.id ?? '' } }, body: { to: 'PROJECT_INITIATED' } });
  if (moved.response.status === 202) {
    const pending = moved.data as Schemas['ApprovalPending'];
    const holder: string | undefined = pending.holder?.assigneeId;
    await api.POST('/api/v1/approvals/{id}/decision', { params: { path: { id: pending.approvalId } }, body: { decision: 'approve' } });
    void holder;
  }
  if (moved.error) {
    const problem: Schemas['Problem'] = moved.error;
    void problem.errors?.map((e) => e.field);
  }

  const { data: callback } = await api.POST('/api/v1/deals/{id}/callbacks', {
    params: { path: { id: deal?.id ?? '' } },
    body: { at: new Date().toISOString(), contactId: '' },
  });
  const dueAt: string | undefined = callback?.dueAt;

  const { data: contract } = await api.GET('/api/v1/contracts/{id}', { params: { path: { id: '' } } });
  const outstanding: string[] | undefined = contract?.installments.map((i) => i.outstanding);

  const { data: tender } = await api.GET('/api/v1/tenders/{id}', { params: { path: { id: '' } } });
  const checklist: boolean[] | undefined = tender?.checklist.map((i) => i.done);

  const { data: inbox } = await api.GET('/api/v1/approvals', { params: { query: { assignee: 'me', status: 'pending' } } });
  return { cursor, status, dueAt, outstanding, checklist, inbox: inbox?.items.map((r) => r.id) };
}
