import type { components } from '@/api/schema';

export type Term = components['schemas']['Term'];

/** A catalogue code in the reader's language (units of measure, category options); the code only if it has no name. */
export function termName(term: Term | undefined, lng: string): string {
  if (!term) return '';
  return (lng === 'en' ? term.nameEn : term.name) ?? term.code ?? '';
}
