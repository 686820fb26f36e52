import type { components } from '@/api/schema';

export type Problem = components['schemas']['Problem'];

/** An API error carrying the RFC 9457 problem, so screens can show its detail and put field errors next to fields. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? 'Error');
  }

  /** Field errors as { field: message }, for antd Form.setFields. */
  fieldErrors(): { name: (string | number)[]; errors: string[] }[] {
    return (this.problem.errors ?? []).map((e) => ({
      name: (e.field ?? '')
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [e.message ?? ''],
    }));
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined) {
    const p = result.error as Problem;
    throw new ApiError(typeof p === 'object' && p !== null ? p : { title: String(p) });
  }
  return result.data as T;
}
