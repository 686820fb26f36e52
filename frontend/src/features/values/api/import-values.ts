import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csvBody } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

/** POST /values/import: a CSV file's text, checked only (`dryRun`) or written — all of it or none. */
export function useImportValues() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ csv, dryRun }: { csv: string; dryRun: boolean }) => unwrap(await api.POST('/api/v1/values/import', {
      params: { query: { dryRun } }, ...csvBody(csv),
    })),
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : client.invalidateQueries({ queryKey: ['values'] })),
  });
}
