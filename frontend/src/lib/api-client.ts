import createClient from 'openapi-fetch';
import type { paths } from '@/api/schema';
import i18n from '@/lib/i18n';

/**
 * The one client for the API; its types come from ../openapi.yaml (npm run generate). The session is an
 * HttpOnly cookie the browser sends by itself; every request carries apiHeaders() (set below), among them
 * X-Requested-With, which the API requires of cookie-authenticated changes (a cross-site form cannot set it).
 */
export const api = createClient<paths>({ baseUrl: '' });

/** Headers of every request: the CSRF marker, and problem messages in the language chosen in the SPA (not the browser's). */
export function apiHeaders(): Record<string, string> {
  return { 'X-Requested-With': 'vwu-spa', 'Accept-Language': i18n.language === 'en' ? 'en' : 'vi' };
}

/** Options that send a CSV file's text as it is (openapi-fetch would serialise the body as JSON). */
export function csvBody(csv: string) {
  return { body: csv, bodySerializer: (text: string) => text, headers: { 'Content-Type': 'text/csv; charset=utf-8' } };
}

const signedOutListeners = new Set<() => void>();

/** Called when any request answers 401: the session has ended (idle, signed out elsewhere, password changed). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

api.use({
  onRequest({ request }) {
    Object.entries(apiHeaders()).forEach(([name, value]) => request.headers.set(name, value));
    return request;
  },
  onResponse({ response, request }) {
    // The session's own requests answer 401 as a matter of course (not signed in, wrong password).
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/v1/session')) {
      signedOutListeners.forEach((l) => l());
    }
    return response;
  },
});
