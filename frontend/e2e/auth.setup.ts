import { test as setup, expect } from '@playwright/test';
import { adminSession, credentials } from './support/env';

// Signs the administrator in once, through the API; every journey starts from this session (storageState).
// The sign-in screen itself is a journey of its own (journeys/sign-in.spec.ts).
setup('the administrator signs in', async ({ request }) => {
  const answer = await request.post('/api/v1/session', { data: credentials });
  expect(answer.status(), await answer.text()).toBe(200);
  await request.storageState({ path: adminSession });
});
