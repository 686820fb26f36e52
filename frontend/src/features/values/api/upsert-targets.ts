import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type TargetInput = components['schemas']['TargetInput'];

export function useUpsertTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (targets: TargetInput[]) => unwrap(await api.PUT('/api/v1/targets', { body: { targets } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['targets'] }),
  });
}
