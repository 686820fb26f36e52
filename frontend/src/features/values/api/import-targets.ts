import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csvBody } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import type { NumberFormat } from '@/lib/vn-number';

/** POST /targets/import: targets in the values' CSV format, checked only (`dryRun`) or written — all of it or none. */
export function useImportTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ csv, dryRun, numberFormat }: { csv: string; dryRun: boolean; numberFormat?: NumberFormat }) =>
      unwrap(
        await api.POST('/api/v1/targets/import', {
          params: { query: { dryRun, numberFormat } },
          ...csvBody(csv),
        }),
      ),
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : client.invalidateQueries({ queryKey: ['targets'] })),
  });
}
