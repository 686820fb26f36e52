import createClient from 'openapi-fetch';
import type { paths } from '@/api/schema';

/**
 * The one client for the API; its types come from ../openapi.yaml (npm run generate). The session is an
 * HttpOnly cookie the browser sends by itself; writes carry X-Requested-With, which the API requires of
 * cookie-authenticated changes (a cross-site form cannot set it).
 */
export const api = createClient<paths>({ baseUrl: '', headers: { 'X-Requested-With': 'vwu-spa' } });

const signedOutListeners = new Set<() => void>();

/** Called when any request answers 401: the session has ended (idle, signed out elsewhere, password changed). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

api.use({
  onResponse({ response, request }) {
    // The session's own requests answer 401 as a matter of course (not signed in, wrong password).
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/v1/session')) {
      signedOutListeners.forEach((l) => l());
    }
    return response;
  },
});
