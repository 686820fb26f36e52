import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csvBody } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import type { NumberFormat } from '@/lib/vn-number';

/** POST /values/import: a CSV file's text, checked only (`dryRun`) or written — all of it or none. */
export function useImportValues() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ csv, dryRun, numberFormat }: { csv: string; dryRun: boolean; numberFormat?: NumberFormat }) =>
      unwrap(
        await api.POST('/api/v1/values/import', {
          params: { query: { dryRun, numberFormat } },
          ...csvBody(csv),
        }),
      ),
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : client.invalidateQueries({ queryKey: ['values'] })),
  });
}
