import createClient from 'openapi-fetch';
import type { paths } from '@/api/schema';

/** The one client for the API; its types come from ../openapi.yaml (npm run generate). */
export const api = createClient<paths>({ baseUrl: '' });
