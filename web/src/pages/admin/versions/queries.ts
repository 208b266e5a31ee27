import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export type ProcessVersion = Schemas['ProcessVersion'];
export type ProcessDocument = Schemas['ProcessDocument'];
export type ProcessDiff = Schemas['ProcessDiff'];
export type DealImpact = Schemas['ProcessDealImpact'];

export const versionKeys = {
  all: ['process-versions'] as const,
  one: (v: number) => ['process-versions', v] as const,
  diff: (v: number) => ['process-versions', v, 'diff'] as const,
  dryRun: (v: number) => ['process-versions', v, 'dry-run'] as const,
};

const path = (v: number) => ({ params: { path: { v } } });

export const useVersions = () => useQuery({ queryKey: versionKeys.all, queryFn: () => unwrap(api.GET('/api/v1/process/versions')) });
export const useVersion = (v: number) => useQuery({ queryKey: versionKeys.one(v), queryFn: () => unwrap(api.GET('/api/v1/process/versions/{v}', path(v))) });
export const useDiff = (v: number) => useQuery({ queryKey: versionKeys.diff(v), queryFn: () => unwrap(api.GET('/api/v1/process/versions/{v}/diff', path(v))) });

/** The dry run, a page at a time; it is asked for only when the admin runs it. */
export const useDryRun = (v: number, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: versionKeys.dryRun(v),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.POST('/api/v1/process/versions/{v}/dry-run', { params: { path: { v }, query: { limit: 50, ...(pageParam && { cursor: pageParam }) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** After a version changed: it, its diff and dry run, the list, and the process view are read again. */
function useVersionChanged() {
  const client = useQueryClient();
  return (saved: ProcessVersion) => {
    client.setQueryData(versionKeys.one(saved.version), saved);
    void client.invalidateQueries({ queryKey: versionKeys.all });
    void client.invalidateQueries({ queryKey: ['process'] });
  };
}

export function useNewDraft() {
  const changed = useVersionChanged();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/process/versions', { body: {} })), onSuccess: changed });
}

export function useSaveDraft(v: number) {
  const changed = useVersionChanged();
  return useMutation({
    mutationFn: (document: ProcessDocument) => unwrap(api.PUT('/api/v1/process/versions/{v}', { ...path(v), body: { document } })),
    onSuccess: changed,
  });
}

export function usePublish(v: number) {
  const changed = useVersionChanged();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/process/versions/{v}/publish', path(v))), onSuccess: changed });
}
