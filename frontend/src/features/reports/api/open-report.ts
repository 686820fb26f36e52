import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function useOpenReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { form: string; unitId: string; period: string }) => unwrap(await api.POST('/api/v1/reports', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
