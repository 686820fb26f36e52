import { test, expect } from '../support/fixtures';
import { credentials } from '../support/env';

test('sign out ends the session on the server', async ({ page }) => {
  // A session of its own, so that signing out does not end the one the other journeys use.
  await page.context().clearCookies();
  const own = await page.request.post('/api/v1/session', { data: credentials });
  expect(own.status()).toBe(200);
  await page.goto('/');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  expect((await page.request.get('/api/v1/session')).status(), 'the old cookie no longer works').toBe(401);
});
